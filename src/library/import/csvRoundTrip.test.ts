import { describe, expect, it } from 'vitest';
import { blankPersona, blankTouchpoint } from '../../domain/blank';
import { journeyOrder } from '../../domain/emotionCurve';
import { EVIDENCE_LEVELS } from '../../domain/fields';
import { EMOTIONS, type Journey, type Touchpoint } from '../../domain/journey';
import { LOCALES, type Locale } from '../../domain/locale';
import { TABLE_FIELDS, type TableField } from '../../domain/table';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { channelsOf, findEntry, functionsOf } from '../../domain/vocabulary';
import { csvBlob } from '../../export/csv';
import { fileNameFor } from '../../export/fileName';
import { readImportFile } from './readImport';

const NOW = new Date('2025-05-06T07:08:09.000Z');

/**
 * Text a spreadsheet round trip must keep as typed: accents and other scripts, the delimiters of both
 * languages, quotes, line breaks, cells a spreadsheet would run as formulas (which the export defuses with
 * a leading quote and the import reads back without it), and text that already starts with such a quote.
 */
const AWKWARD = [
  'Ñandú, “pingüino” y 日本語; عربي 🐧',
  'Dijo "no" y colgó',
  'línea uno\nlínea dos, con coma; y punto y coma',
  '=HYPERLINK("http://x";"clic")',
  '+34 600 000 000',
  '-no me llaman',
  '@soporte responde',
  "'=ya llevaba comilla",
  "'+34 escrito a mano",
  '-12',
];
/** An awkward text on its own, so that it starts and ends the cell. */
const leading = (i: number) => AWKWARD[i % AWKWARD.length];
/** An awkward text tagged with its field and touchpoint, so that no two cells are alike. */
const text = (field: string, i: number) => `${leading(i)} (${field} ${i})`;

/**
 * The "Me uno" template (18 touchpoints) with every field a CSV row holds set on most touchpoints and
 * empty on some, three personas (the main one unnamed, as the CSV never names it), a custom channel and
 * function, and costs in another currency.
 */
function fullJourney(locale: Locale): Journey {
  const journey = instantiateTemplate(meUno, locale, NOW);
  journey.currency = 'MXN';
  journey.personas = [
    { ...journey.personas[0], name: '' },
    blankPersona({ name: 'Ana, autónoma' }),
    blankPersona({ name: 'Luis "el de siempre"' }),
  ];
  journey.customChannels = [{ id: 'wa', label: 'WhatsApp', icon: 'messages', color: '#15803d', backstage: false }];
  journey.customFunctions = [{ id: 'fact', label: 'Facturación', icon: 'folder', color: '#0369a1', backstage: true }];
  const [, ana, luis] = journey.personas;
  journey.touchpoints = journeyOrder(journey).map((t, i): Touchpoint =>
    blankTouchpoint({
      ...t,
      title: leading(i),
      description: i % 3 === 2 ? '' : text('descripción', i + 3),
      channelId: i % 4 === 0 ? 'wa' : i % 4 === 1 ? null : t.channelId,
      functionId: i % 5 === 0 ? 'fact' : i % 5 === 1 ? null : t.functionId,
      emotion: i % 6 === 5 ? null : EMOTIONS[i % 5],
      momentOfTruth: i % 2 === 0,
      painPoint: i % 3 === 0,
      painNote: text('qué duele', i + 1),
      notes: text('notas', i + 2),
      delivered: i % 6 === 4 ? null : EMOTIONS[(i + 2) % 5],
      evidence: EVIDENCE_LEVELS[i % 3],
      backstage: text('backstage', i + 4),
      support: leading(i + 5),
      kpiNps: i % 4 === 3 ? null : -12 + (i % 10) * 7.5,
      kpiCsat: 71.5 - (i % 10),
      kpiCes: i % 4 === 2 ? null : 1 + (i % 7) * 0.875,
      kpiFcr: (i % 20) * 5,
      kpiVolume: 1200 * (i + 1) + 7,
      kpiCost: i % 4 === 1 ? null : 1234.567 + i,
      personaEmotions: {
        ...(i % 4 === 3 ? {} : { [ana.id]: EMOTIONS[(i + 1) % 5] }),
        ...(i % 3 === 1 ? {} : { [luis.id]: EMOTIONS[(i + 3) % 5] }),
      },
    }),
  );
  return journey;
}

/**
 * Reads each field the table import can fill (every TableField, plus the persona columns) from a journey's
 * touchpoint, by name where ids are the journey's own (stages, custom vocabulary, personas).
 */
function csvFields(journey: Journey) {
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const channels = channelsOf(journey, 'en');
  const functions = functionsOf(journey, 'en');
  const vocabulary = (id: string | null, entries: typeof channels) => ({
    label: findEntry(entries, id)?.label ?? null,
    builtIn: id !== null && !journey.customChannels.concat(journey.customFunctions).some((e) => e.id === id),
  });
  // Typed over TableField: a field the importer learns to read fails to compile here until it is compared.
  const read: Record<TableField, (t: Touchpoint) => unknown> = {
    stage: (t) => stageName.get(t.stageId),
    title: (t) => t.title,
    description: (t) => t.description,
    channel: (t) => vocabulary(t.channelId, channels),
    function: (t) => vocabulary(t.functionId, functions),
    emotion: (t) => t.emotion,
    momentOfTruth: (t) => t.momentOfTruth,
    painPoint: (t) => t.painPoint,
    painNote: (t) => t.painNote,
    notes: (t) => t.notes,
    delivered: (t) => t.delivered,
    evidence: (t) => t.evidence,
    kpiNps: (t) => t.kpiNps,
    kpiCsat: (t) => t.kpiCsat,
    kpiCes: (t) => t.kpiCes,
    kpiFcr: (t) => t.kpiFcr,
    kpiVolume: (t) => t.kpiVolume,
    kpiCost: (t) => t.kpiCost,
    backstage: (t) => t.backstage,
    support: (t) => t.support,
  };
  const personaName = new Map(journey.personas.map((p) => [p.id, p.name]));
  return journeyOrder(journey).map((t) => ({
    ...Object.fromEntries(TABLE_FIELDS.map((field) => [field, read[field](t)])),
    personaEmotions: Object.fromEntries(
      Object.entries(t.personaEmotions).map(([id, emotion]) => [personaName.get(id), emotion]),
    ),
  }));
}

/** What the library does with a file the user chooses: readImportFile, the same words useImportFlow passes. */
async function importCsvFile(journey: Journey, locale: Locale) {
  const file = new File([csvBlob(journey, locale)], fileNameFor(journey.name, 'csv'), { type: 'text/csv' });
  const words = { fallbackName: 'Importado', actorsLabel: 'Actores', untitledStage: 'Etapa', locale };
  const step = await readImportFile(file, words);
  // The app's own CSV comes straight in, with no column to match by hand.
  if (step.kind !== 'built') throw new Error(`expected a built journey, got ${JSON.stringify(step).slice(0, 300)}`);
  return step.imported;
}

describe.each(LOCALES)('a journey exported to CSV and imported back in the library (%s)', (locale) => {
  it('gives back every touchpoint field a CSV row holds, unchanged', async () => {
    const original = fullJourney(locale);
    const imported = await importCsvFile(original, locale);
    // Only what any import of a team's own vocabulary says: nothing guessed, dropped or repaired.
    expect(imported.warnings.map((w) => [w.code, w.value])).toEqual([
      ['custom-channel', 'WhatsApp'],
      ['custom-function', 'Facturación'],
    ]);
    expect(imported.repairs).toEqual([]);
    const back = csvFields(imported.journey);
    const expected = csvFields(original);
    expect(back).toHaveLength(expected.length);
    // Field by field, so each failure names its touchpoint and field, and all of them are listed.
    expected.forEach((fields, i) => {
      for (const [field, value] of Object.entries(fields)) {
        expect.soft({ touchpoint: i, field, value: (back[i] as Record<string, unknown>)[field] }).toEqual({
          touchpoint: i,
          field,
          value,
        });
      }
    });
  });

  it('keeps an unnamed stage’s touchpoints in a stage of their own, named by its place', async () => {
    const original = fullJourney(locale);
    original.stages[1].name = '';
    const { journey } = await importCsvFile(original, locale);
    const unnamed = locale === 'es' ? 'Etapa sin nombre 2' : 'Unnamed stage 2';
    expect(journey.stages.map((s) => s.name)).toEqual(original.stages.map((s, i) => (i === 1 ? unnamed : s.name)));
    const count = (j: Journey, index: number) => j.touchpoints.filter((t) => t.stageId === j.stages[index].id).length;
    expect(original.stages.map((_, i) => count(journey, i))).toEqual(original.stages.map((_, i) => count(original, i)));
  });

  it('gives back the name, stages, personas, currency and the journey’s own vocabulary', async () => {
    const original = fullJourney(locale);
    const { journey } = await importCsvFile(original, locale);
    expect(journey.name).toBe(original.name);
    expect(journey.stages.map((s) => s.name)).toEqual(original.stages.map((s) => s.name));
    expect(journey.personas.map((p) => p.name)).toEqual(original.personas.map((p) => p.name));
    expect(journey.currency).toBe(original.currency);
    expect(journey.customChannels.map((c) => c.label)).toEqual(['WhatsApp']);
    expect(journey.customFunctions.map((c) => c.label)).toEqual(['Facturación']);
  });
});

describe('what a CSV row holds', () => {
  it('is every touchpoint field but its id and its place on the canvas', () => {
    // The table fields under the touchpoint's own names, and the persona columns.
    const carried = new Set<string>([
      ...TABLE_FIELDS.filter((f) => !['stage', 'channel', 'function'].includes(f)),
      'stageId',
      'channelId',
      'functionId',
      'personaEmotions',
    ]);
    const fields = Object.keys(blankTouchpoint({ stageId: 's' }));
    expect(fields.filter((f) => !carried.has(f)).sort()).toEqual(['id', 'position']);
  });
});
