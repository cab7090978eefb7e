import type { TFunction } from 'i18next';

// Slot markers no catalog text contains (a private-use character around the slot number); values are
// put in after the split, so whatever they hold never reads as a marker.
const MARK = /\uE000(\d+)\uE000/;

/**
 * A catalog sentence with {{placeholders}}, translated once and filled many times: `sentence(t, key,
 * ['title', 'channel'])` returns `(values) => string`, equal to `t(key, values)` for plain interpolation
 * (the catalogs use no formatters, and values are not escaped). For text repeated per card on a map of
 * hundreds, where one i18next call per card costs more than drawing it.
 */
export function sentence<Slot extends string>(
  t: TFunction,
  key: string,
  slots: readonly Slot[],
): (values: Record<Slot, string>) => string {
  const marks = Object.fromEntries(slots.map((slot, i) => [slot, `\uE000${i}\uE000`]));
  // split with a capture group: text, slot number, text, slot number, ..., text.
  const parts = String(t(key, marks)).split(MARK);
  return (values) => parts.map((part, i) => (i % 2 ? values[slots[Number(part)]] : part)).join('');
}

/**
 * `t` remembering what it returned for each key asked without values: the cards of a map ask for the
 * same few words (no channel, pain point...) hundreds of times, and each i18next call walks its options.
 * Calls with values go to `t` unchanged. Make one per `t`, so a language switch starts afresh.
 */
export function rememberingT(t: TFunction): TFunction {
  const known = new Map<string, string>();
  const remembering = (key: unknown, ...rest: unknown[]) => {
    if (rest.length > 0 || typeof key !== 'string')
      return (t as unknown as (...args: unknown[]) => unknown)(key, ...rest);
    let text = known.get(key);
    if (text === undefined) {
      text = String(t(key));
      known.set(key, text);
    }
    return text;
  };
  return remembering as unknown as TFunction;
}
