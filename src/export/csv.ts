import { journeyOrder } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import type { Locale } from '../domain/locale';
import { decimalMark } from '../domain/numberRegion';
import { cleanText } from '../domain/look/wrap';
import { stageLabel } from '../domain/stageLabel';
import { channelsOf, EMOTION_LABELS, findEntry, functionsOf } from '../domain/vocabulary';
import { fixedT } from '../i18n/fixedT';
import { EVIDENCE_LEVELS, KPI_FIELDS, type EvidenceLevel } from '../domain/fields';
import { personaName } from '../i18n/personaName';

/** The byte-order mark that makes Excel read a CSV as UTF-8. */
export const CSV_BOM = '\uFEFF';

/**
 * The header row and the yes/no of the marker columns, read through i18next: a column the inspector shows is
 * headed with the inspector's own word for it.
 */
export function csvWords(
  locale: Locale,
  currency = 'EUR',
  otherPersonas: readonly string[] = [],
): { headers: string[]; yes: string; no: string; evidence: Record<EvidenceLevel, string> } {
  const t = fixedT(locale);
  return {
    headers: [
      t('panels.inspector.stage'),
      t('panels.inspector.touchpoint'),
      t('panels.inspector.description'),
      t('panels.inspector.channel'),
      t('panels.inspector.function'),
      t('panels.inspector.emotion'),
      t('exported.csv.emotionValue'),
      t('panels.inspector.momentOfTruth'),
      t('panels.inspector.painPoint'),
      t('panels.inspector.painNote'),
      t('panels.inspector.notes'),
      t('exported.csv.delivered'),
      t('exported.csv.evidence'),
      ...KPI_FIELDS.map((field) => t(`exported.csv.${field}`, { currency })),
      t('panels.measures.backstage'),
      t('panels.measures.support'),
      // Headed as the inspector names a persona's emotion ("Emoción de Ana"), which the table import reads back.
      ...otherPersonas.map((name, index) =>
        t('panels.measures.emotionOf', {
          persona: personaName(t, name, index + 2),
        }),
      ),
    ],
    yes: t('exported.csv.yes'),
    no: t('exported.csv.no'),
    evidence: Object.fromEntries(
      EVIDENCE_LEVELS.map((level) => [level, t(`exported.csv.evidenceLevels.${level}`)]),
    ) as Record<EvidenceLevel, string>,
  };
}

/**
 * Spreadsheets read the delimiter from the computer's regional settings: where the comma is the decimal
 * mark (Spanish in Spain) they expect ";", elsewhere (English, Spanish in Mexico) ",". The UI language as
 * the browser's preferred languages place it (numberRegion) is the best guess we have of those settings.
 */
export function csvDelimiter(locale: Locale): string {
  return decimalMark(locale) === ',' ? ';' : ',';
}

/** One CSV field: line breaks made one, control characters dropped, formulas defused, quoted when needed. */
export function csvCell(value: string | number, delimiter: string): string {
  // One line break inside a cell whatever was typed or imported (CR, LF, CRLF: LF, as spreadsheets write
  // it), and no control characters: the rule the canvas, PNG and PDF follow (domain/look/wrap.ts).
  const text = typeof value === 'string' ? cleanText(value) : String(value);
  // Leading =, +, -, @ would be read as a formula by spreadsheets: quote it as text. Text that already
  // starts with quotes before one of those gets one more, since the table import takes exactly one off
  // (domain/table/measureCells.ts, cellText): "'+34" comes back as typed, not as "+34".
  // A plain negative number (a measure such as NPS -12) is no formula and stays a number.
  const formula = /^'*[=+\-@\t\r]/.test(text) && !/^-\d+([.,]\d+)?$/.test(text);
  const safe = typeof value === 'string' && formula ? `'${text}` : text;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A measure as a spreadsheet of that language and region reads it: with its decimal mark (numberRegion). */
export function csvDecimal(value: number | null, locale: Locale): string {
  if (value === null) return '';
  return String(value).replace('.', decimalMark(locale));
}

/**
 * One row per touchpoint in journey order, UTF-8 with a BOM so Excel and LibreOffice read the accents.
 * Every field of a touchpoint but its id and canvas position has a column, headed so that the table import
 * (src/domain/table/columns.ts) maps each one back without asking: stage, title, description, the map's
 * annotations, then the measures: delivered experience (-2..2), evidence, the six KPIs (cost in the
 * journey's currency, named in its header), backstage actions and support processes, then the emotion
 * (-2..2) of each persona beyond the main one (whose emotion is the map's), headed with its name.
 */
export function touchpointsCsv(journey: Journey, locale: Locale): string {
  const channels = channelsOf(journey, locale);
  const functions = functionsOf(journey, locale);
  // An empty cell means "the stage above" to the table import: an unnamed stage is written by its place.
  const unnamed = fixedT(locale)('stage.unnamed');
  const stageName = new Map(journey.stages.map((s, i) => [s.id, stageLabel(s.name, `${unnamed} ${i + 1}`)]));
  const others = journey.personas.slice(1);
  const { headers, yes, no, evidence } = csvWords(
    locale,
    journey.currency,
    others.map((p) => p.name),
  );
  const rows = journeyOrder(journey).map((t) => [
    stageName.get(t.stageId) ?? '',
    t.title,
    t.description,
    findEntry(channels, t.channelId)?.label ?? '',
    findEntry(functions, t.functionId)?.label ?? '',
    t.emotion === null ? '' : EMOTION_LABELS[t.emotion][locale],
    t.emotion ?? '',
    t.momentOfTruth ? yes : no,
    t.painPoint ? yes : no,
    t.painNote,
    t.notes,
    t.delivered ?? '',
    evidence[t.evidence],
    ...KPI_FIELDS.map((field) => csvDecimal(t[field], locale)),
    t.backstage,
    t.support,
    ...others.map((persona) => t.personaEmotions[persona.id] ?? ''),
  ]);
  return csvText([headers, ...rows], locale);
}

/**
 * Rows as CSV text for a spreadsheet of that language: its delimiter, each cell cleaned and guarded against
 * formulas, CRLF line ends and a BOM so Excel and LibreOffice read the accents.
 */
export function csvText(rows: readonly (readonly (string | number)[])[], locale: Locale): string {
  const delimiter = csvDelimiter(locale);
  return CSV_BOM + rows.map((row) => row.map((v) => csvCell(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** The CSV as a downloadable file. */
export function csvBlob(journey: Journey, locale: Locale): Blob {
  return new Blob([touchpointsCsv(journey, locale)], { type: 'text/csv;charset=utf-8' });
}
