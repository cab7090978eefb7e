import type { TFunction } from 'i18next';
import type { Repair } from '../domain/restore';
import { COMPARED_FIELD_KEYS } from './comparedFields';
import { cutText } from '../domain/limits';

/** `table[key]` when it is the table's own entry: a file's field named `constructor` or `__proto__` is not. */
const own = (table: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** The inspector's word for a touchpoint field (COMPARED_FIELD_KEYS), if it names it (not position, ids). */
const fieldKey = (field: string): string | undefined => own(COMPARED_FIELD_KEYS, field);

/** Journey lists a repair's path may name, and the word for one of their elements ("Touchpoint 4"). */
const ELEMENT_WORDS: Record<string, string> = {
  stages: 'import.repair.stage',
  touchpoints: 'import.repair.touchpoint',
  connections: 'import.repair.connection',
  personas: 'import.repair.persona',
  opportunities: 'import.repair.opportunity',
  customChannels: 'import.repair.channel',
  customFunctions: 'import.repair.function',
};

/** The words for a journey's own fields a repair may name (a list element's `name` is its name). */
const JOURNEY_FIELD_WORDS: Record<string, string> = {
  name: 'import.field.journeyName',
  description: 'import.field.journeyDescription',
};

/** Characters of an element's name a message quotes: a title cut at 1,000 is named by its start. */
const NAME_SHOWN = 40;

const shortName = (name: string) => (name.length > NAME_SHOWN ? `${cutText(name, NAME_SHOWN - 1)}…` : name);

/**
 * Where a repair is, from its path ("journey.touchpoints.3.title"): "Touchpoint 4, Title", "The journey";
 * with the element's `name`, the element by it: "“Llamo al banco”, Title".
 */
function repairPlace(t: TFunction, path: string, name: string): string {
  const [, list, index, field] = /^journey(?:\.(\w+))?(?:\.(\d+))?(?:\.(\w+))?/.exec(path) ?? [];
  if (list === undefined) return t('import.repair.journey');
  if (index === undefined) {
    const word = own(JOURNEY_FIELD_WORDS, list);
    return word ? t(word) : t('import.repair.journey');
  }
  const elementWord = own(ELEMENT_WORDS, list);
  const element = !elementWord
    ? t('import.repair.journey')
    : name.trim() !== ''
      ? t('quoted', { text: shortName(name.trim()) })
      : t(elementWord, { n: Number(index) + 1 });
  if (field === undefined) return element;
  // The cost's label names the journey's currency, which a repair's message does not know: the import's word.
  const key = list !== 'touchpoints' ? undefined : field === 'kpiCost' ? 'import.map.kpiCost' : fieldKey(field);
  if (key) return t('import.repair.fieldOf', { element, field: t(key) });
  if (field === 'name' || field === 'title') return t('import.repair.nameOf', { element });
  return element;
}

/** A refused value as the message quotes it: a text in the language's quotes, anything else as written. */
function shownValue(t: TFunction, value: string): string {
  if (!/^".*"$/.test(value)) return value;
  try {
    return t('quoted', { text: JSON.parse(value) as string });
  } catch {
    return value;
  }
}

/** What was done, naming the unknown field (the path's last part) or the refused value when known. */
function repairWhat(t: TFunction, repair: Repair): string {
  if (repair.code === 'unknown-field')
    return t('import.repair.unknownFieldNamed', { field: repair.path.split('.').at(-1) });
  if (repair.code === 'invalid-value' && repair.value !== undefined)
    return t('import.repair.invalidValueShown', { value: shownValue(t, repair.value) });
  return t(`import.repair.what.${repair.code}`, { limit: repair.limit });
}

/**
 * What restore repaired in a journey file, as a sentence in the UI language: where (a touchpoint by its
 * place, and the field when it is one the inspector names) and what was done ("Touchpoint 4, Title: the
 * text was longer than 1,000 characters; only the first 1,000 were kept."; "Touchpoint 1, “Emotion”: the
 * value 9 was not valid and was replaced by the default."). `name`: what the element is called, when the
 * caller knows (a repair in the open journey); the place is then named by it rather than by its index.
 */
export function repairMessage(t: TFunction, repair: Repair, name = ''): string {
  return t('import.repair.sentence', { place: repairPlace(t, repair.path, name), what: repairWhat(t, repair) });
}
