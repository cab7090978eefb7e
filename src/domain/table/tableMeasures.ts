import { keepText, type DraftTouchpoint } from '../import/assemble';
import type { ImportWarning } from '../import/importResult';
import { LIMITS } from '../limits';
import type { NumberStyle } from '../kpi';
import { KPI_FIELDS } from '../fields';
import { mayBeFraction } from '../kpi';
import { personaNameOf, type ColumnMapping, type TableField } from './columns';
import { detectEmotionScale, invalidEmotionCode, parseEmotionCell, type EmotionScale } from './emotionScale';
import { cellText, currencyOfHeader, readEvidenceCell, readKpiCell } from './measureCells';

/** How the app names an unnamed persona in either language ("Persona 3", panels.personas.unnamed). */
const UNNAMED_PERSONA = /^persona\s+\d+$/iu;

/** A table's persona emotion columns as personas: index into the draft's personas (1.. ; 0 is the main one). */
interface PersonaColumn {
  column: number;
  persona: number;
  name: string;
  scale: EmotionScale;
}

/** The scale a header names, as the app's CSV does ("Experiencia entregada (-2 a 2)"), or null. */
function scaleNamedBy(header: string): EmotionScale | null {
  if (/-\s*2\s*(?:a|to|-|–|\.\.)\s*\+?\s*2/u.test(header)) return 'signed';
  if (/\b1\s*(?:a|to|-|–|\.\.)\s*5\b/u.test(header)) return 'five';
  return null;
}

/** How a table's measures are read, decided once from the whole table (scales, personas, currency). */
export interface MeasureReading {
  deliveredScale: EmotionScale;
  personaColumns: PersonaColumn[];
  /** The personas the journey gets: the main one (unnamed), then one per persona column kept. */
  personas: string[];
  currency: string | null;
  numberLocale: NumberStyle;
}

/**
 * Looks at the whole table once: the scale of the delivered and persona columns (as for emotions: -2..2 or
 * 1..5), the personas (named by their headers, "Emoción de Ana" -> "Ana"; beyond LIMITS.personas they are
 * dropped with a warning), the cost's currency named in its header ("Coste por contacto (EUR)"), and a
 * CSAT or FCR column that looks written as fractions (all from 0 to 1: `percent-as-fraction`; bare fractions
 * beside values written with "%": `fraction-beside-percent`; read as is either way).
 * `headerRow`: the header's 1-based row in the sheet, where a persona's name cut to fit is reported.
 */
export function planMeasures(
  rows: readonly (readonly string[])[],
  body: readonly (readonly string[])[],
  mapping: ColumnMapping,
  numberLocale: NumberStyle,
  emotionScale: { scale: EmotionScale; ambiguous: boolean },
  warnings: ImportWarning[],
  headerRow = 1,
): MeasureReading {
  const header = mapping.hasHeader ? (rows[0] ?? []) : [];
  // A column of only 1s and 2s says nothing of its scale: the emotion column's numbers, if they say, decide,
  // as one sheet writes its emotions on one scale (the app's own CSV writes -2..2 throughout).
  const scaleOf = (column: number | null): EmotionScale => {
    if (column === null) return 'signed';
    const named = scaleNamedBy(header[column] ?? '');
    if (named) return named;
    const { scale, ambiguous } = detectEmotionScale(body.map((cells) => cellText(cells, column)));
    if (!ambiguous) return scale;
    if (!emotionScale.ambiguous && mapping.columns.emotion !== null) return emotionScale.scale;
    warnings.push({ code: 'emotion-scale-ambiguous', value: header[column] ?? '' });
    return scale;
  };
  const personaColumns: PersonaColumn[] = [];
  for (const column of mapping.personaColumns) {
    const title = (header[column] ?? '').trim();
    const named = personaNameOf(title) ?? title;
    // "Persona 3" is how the app heads an unnamed persona's column (personaLabel): it comes back unnamed.
    const name = UNNAMED_PERSONA.test(named) ? '' : named;
    if (personaColumns.length >= LIMITS.personas - 1) {
      warnings.push({ code: 'too-many-personas', value: name });
      continue;
    }
    const kept = keepText(name, LIMITS.personaName, { row: headerRow, field: 'personaName' }, warnings);
    personaColumns.push({ column, persona: personaColumns.length + 1, name: kept, scale: scaleOf(column) });
  }
  for (const field of ['kpiCsat', 'kpiFcr'] as const) {
    const column = mapping.columns[field];
    if (column === null) continue;
    const cells = body.map((cells) => cellText(cells, column)).filter((text) => text !== '');
    const values = cells.map((text) => readKpiCell(field, text, numberLocale));
    const numbers = values.map((v) => ('value' in v ? v.value : null));
    const fraction = numbers.findIndex((n) => mayBeFraction(field, n));
    if (fraction >= 0 && numbers.every((n) => n === null || n <= 1)) {
      warnings.push({ code: 'percent-as-fraction', field, value: cells[fraction] });
      continue;
    }
    // A sheet that writes some values with their sign ("85 %", or an .xlsx cell formatted as a percentage)
    // and others as bare fractions (0.9) means them as fractions: a plain 0.5 beside a plain 64 says nothing.
    if (!cells.some((text) => text.includes('%'))) continue;
    const bare = cells.filter((text, index) => !text.includes('%') && mayBeFraction(field, numbers[index]));
    if (bare.length > 0) warnings.push({ code: 'fraction-beside-percent', field, value: bare[0], count: bare.length });
  }
  const cost = mapping.columns.kpiCost;
  return {
    deliveredScale: scaleOf(mapping.columns.delivered),
    personaColumns,
    personas: ['', ...personaColumns.map((p) => p.name)],
    currency: cost === null ? null : currencyOfHeader(header[cost] ?? ''),
    numberLocale,
  };
}

/**
 * Reads one row's measures into its draft touchpoint: delivered experience, evidence, the six KPIs,
 * backstage and support text, and each persona's emotion. A value that cannot be kept (a KPI out of range or
 * not a number, an emotion off the scale) is left empty and reported with its row, never clamped; evidence
 * text that names no level stays assumed and the text goes to the notes, reported.
 */
export function readRowMeasures(
  read: (field: TableField) => string,
  cells: readonly string[],
  row: number,
  plan: MeasureReading,
  touchpoint: DraftTouchpoint,
  warnings: ImportWarning[],
): void {
  const delivered = parseEmotionCell(read('delivered'), plan.deliveredScale);
  if ('invalid' in delivered)
    warnings.push({
      code: invalidEmotionCode(delivered, plan.deliveredScale),
      row,
      field: 'delivered',
      value: read('delivered'),
    });
  else {
    touchpoint.delivered = delivered.emotion;
    if (delivered.rounded) warnings.push({ code: 'emotion-rounded', row, value: read('delivered') });
  }
  const evidence = readEvidenceCell(read('evidence'));
  if (evidence === null) {
    warnings.push({ code: 'invalid-evidence', row, field: 'evidence', value: read('evidence') });
    touchpoint.notes = touchpoint.notes ? `${touchpoint.notes}\n${read('evidence')}` : read('evidence');
  } else if (evidence !== '') touchpoint.evidence = evidence;
  touchpoint.backstage = read('backstage');
  touchpoint.support = read('support');
  for (const field of KPI_FIELDS) {
    const kpi = readKpiCell(field, read(field), plan.numberLocale);
    if ('refused' in kpi) {
      const code = kpi.refused === 'out-of-range' ? 'measure-out-of-range' : 'invalid-measure';
      warnings.push({ code, row, field, value: read(field) });
    } else if (kpi.value !== null) touchpoint.kpis = { ...touchpoint.kpis, [field]: kpi.value };
  }
  for (const { column, persona, name, scale } of plan.personaColumns) {
    const text = cellText(cells, column);
    const emotion = parseEmotionCell(text, scale);
    if ('invalid' in emotion) warnings.push({ code: 'invalid-persona-emotion', row, persona: name, value: text });
    else if (emotion.emotion !== null) {
      touchpoint.personaEmotions = { ...touchpoint.personaEmotions, [persona]: emotion.emotion };
      if (emotion.rounded) warnings.push({ code: 'emotion-rounded', row, value: text });
    }
  }
}
