import type { TFunction } from 'i18next';
import type { ImportRefusal, ImportWarning } from '../domain/import/importResult';
import { LIMITS } from '../domain/limits';

/** Table fields the inspector labels in its measures section rather than among the touchpoint's fields. */
const MEASURE_FIELDS = new Set([
  'delivered',
  'evidence',
  'backstage',
  'support',
  'kpiNps',
  'kpiCsat',
  'kpiCes',
  'kpiFcr',
  'kpiVolume',
]);

/** The label of a journey field a table column can hold: the inspector's word for it, one definition. */
export function tableFieldLabel(t: TFunction, field: string): string {
  // The inspector names the cost with the journey's currency, which a table to import has yet to say.
  if (field === 'kpiCost') return t('import.map.kpiCost');
  return t(MEASURE_FIELDS.has(field) ? `panels.measures.${field}` : `panels.inspector.${field}`);
}

/** An importer's refusal as a sentence in the UI language, naming the problem (and its line, if any). */
export function importRefusalMessage(t: TFunction, refusal: ImportRefusal): string {
  const size = t('import.megabytes', { size: Math.round((refusal.limit ?? 0) / (1024 * 1024)) });
  const reason =
    refusal.code === 'not-journey' && refusal.diagramType
      ? t('import.refusalOf.notJourney', { diagramType: refusal.diagramType })
      : t(`import.refusal.${refusal.code}`, { size, touchpoints: refusal.count, limit: refusal.limit });
  return refusal.line === undefined ? reason : `${reason} ${t('import.seeLine', { line: refusal.line })}`;
}

/** Journey fields a warning may name that are no column of a table: the journey's own texts. */
const JOURNEY_FIELDS = new Set(['journeyName', 'journeyDescription', 'personaName', 'connectionLabel']);

/** An importer's warning as a sentence in the UI language, led by the line or row it is about. */
export function importWarningMessage(t: TFunction, warning: ImportWarning): string {
  const { field } = warning;
  const text = t(`import.warning.${warning.code}`, {
    value: warning.value ?? '',
    field: !field ? '' : JOURNEY_FIELDS.has(field) ? t(`import.field.${field}`) : tableFieldLabel(t, field),
    persona: warning.persona || t('import.map.unnamedPersona'),
    // The warning's own count (rows above a table's header, skipped flowchart lines: their _one forms for
    // one), and the most personas a journey holds for the one about personas. Any other code gets none, so
    // i18next picks no plural form by a number that is not the warning's.
    count: warning.code === 'too-many-personas' ? LIMITS.personas : warning.count,
    length: warning.length,
    limit: warning.limit,
    untitled: t('touchpoint.untitled'),
  });
  if (warning.line !== undefined) return `${t('import.atLine', { line: warning.line })}: ${text}`;
  if (warning.row !== undefined) return `${t('import.atRow', { row: warning.row })}: ${text}`;
  return text;
}
