import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { touchpointsCsv } from '../../export/csv';
import { blankPersona } from '../blank';
import { journeyOrder } from '../emotionCurve';
import type { Journey } from '../journey';
import { LIMITS } from '../limits';
import { LOCALES } from '../locale';
import { KPI_FIELDS } from '../fields';
import { instantiateTemplate } from '../templates';
import { meUno } from '../templates/meUno';
import { guessColumnMapping } from './columns';
import { numberLocaleOf } from './measureCells';
import { readTable } from './readTable';
import { journeyFromTable } from './tableJourney';

const NOW = new Date('2025-05-06T07:08:09.000Z');
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));

/** The measures of each touchpoint in journey order, persona emotions by persona name (ids differ). */
function measures(journey: Journey) {
  const names = new Map(journey.personas.map((p) => [p.id, p.name]));
  return {
    currency: journey.currency,
    otherPersonas: journey.personas.slice(1).map((p) => p.name),
    touchpoints: journeyOrder(journey).map((t) => ({
      title: t.title,
      emotion: t.emotion,
      delivered: t.delivered,
      evidence: t.evidence,
      backstage: t.backstage,
      support: t.support,
      ...Object.fromEntries(KPI_FIELDS.map((field) => [field, t[field]])),
      personaEmotions: Object.fromEntries(Object.entries(t.personaEmotions).map(([id, e]) => [names.get(id), e])),
    })),
  };
}

function importTable(bytes: Uint8Array, fallback: 'es' | 'en' = 'es') {
  const table = readTable({ bytes });
  if (!table.ok) throw new Error(table.refusal.code);
  const numberLocale = numberLocaleOf(table.delimiter, fallback);
  const result = journeyFromTable(table.rows, table.guess.mapping, { name: 'x', numberLocale, now: NOW });
  if (!result.ok) throw new Error(result.refusal.code);
  return { table, result };
}

/** A template with every measure set on some touchpoints, decimals included, and two more personas. */
function measuredJourney(locale: 'es' | 'en'): Journey {
  const journey = instantiateTemplate(meUno, locale, NOW);
  journey.currency = 'MXN';
  const ana = blankPersona({ name: 'Ana; autónoma, "pyme"' });
  const luis = blankPersona({ name: 'Luis' });
  journey.personas = [{ ...journey.personas[0] }, ana, luis];
  const ordered = journeyOrder(journey);
  const set = (index: number, fields: Partial<Journey['touchpoints'][number]>) => {
    const id = ordered[index].id;
    journey.touchpoints = journey.touchpoints.map((t) => (t.id === id ? { ...t, ...fields } : t));
  };
  set(0, {
    delivered: -1,
    evidence: 'measured',
    kpiNps: -12,
    kpiCsat: 71.5,
    kpiCes: 3.5,
    kpiFcr: 64,
    kpiVolume: 12000,
    kpiCost: 4.75,
    backstage: 'Revisión en el CRM; cola "B"',
    support: '=Facturación',
    personaEmotions: { [ana.id]: -2, [luis.id]: 1 },
  });
  set(1, { delivered: 2, evidence: 'observed', kpiNps: 100, kpiVolume: 1000, personaEmotions: { [luis.id]: 2 } });
  set(2, { kpiCes: 7, kpiCsat: 0, kpiCost: 1000000, personaEmotions: { [ana.id]: 0 } });
  return journey;
}

describe.each(LOCALES)("measures through the app's own CSV in %s", (locale) => {
  it('come back the same: KPIs, delivered, evidence, backstage, support and every persona emotion', () => {
    const original = measuredJourney(locale);
    const { table, result } = importTable(new TextEncoder().encode(touchpointsCsv(original, locale)));
    expect(table.guess.isOwnExport).toBe(true);
    expect(measures(result.journey)).toEqual(measures(original));
    expect(result.warnings).toEqual([]);
    expect(result.repairs).toEqual([]);
  });

  it('heads an unnamed persona "Persona 2" and brings it back unnamed, with its emotions', () => {
    const original = measuredJourney(locale);
    original.personas[1] = { ...original.personas[1], name: '' };
    const csv = touchpointsCsv(original, locale);
    expect(csv.split('\r\n')[0]).toContain('Persona 2');
    const { result } = importTable(new TextEncoder().encode(csv));
    expect(result.journey.personas.map((p) => p.name)).toEqual(['', '', 'Luis']);
    expect(measures(result.journey)).toEqual(measures(original));
  });
});

describe('table import of measures', () => {
  it('reads Spanish headers, decimal commas, thousands, % and € signs, and persona columns', () => {
    const { result } = importTable(fixture('measures-es.csv'));
    const { journey } = result;
    expect(journey.currency).toBe('MXN');
    expect(journey.personas.map((p) => p.name)).toEqual(['', 'Ana', 'Luis']);
    const [ad, shop, sign] = measures(journey).touchpoints;
    expect(ad).toMatchObject({
      kpiNps: -12,
      kpiCsat: 71.5,
      kpiCes: 3.5,
      kpiFcr: 64,
      kpiVolume: 12000,
      kpiCost: 4.75,
      delivered: -1,
      evidence: 'measured',
      backstage: 'Segmentación en el CRM',
      support: 'Plataforma de anuncios',
      personaEmotions: { Ana: 2, Luis: -1 },
    });
    expect(shop).toMatchObject({ kpiNps: null, kpiCsat: 85, kpiCes: 3, kpiFcr: null, kpiVolume: 1200, kpiCost: 12.5 });
    expect(shop).toMatchObject({ delivered: 2, evidence: 'observed', personaEmotions: { Luis: 0 } });
    expect(sign).toMatchObject({
      kpiNps: 40,
      kpiCsat: null,
      kpiCes: null,
      kpiFcr: null,
      kpiVolume: null,
      delivered: null,
      evidence: 'assumed',
      personaEmotions: {},
    });
    expect(journeyOrder(journey)[2].notes).toBe('rumor del pasillo');
  });

  it('reports each value it could not keep with its row, and never clamps it', () => {
    const { result } = importTable(fixture('measures-es.csv'));
    expect(result.warnings).toEqual([
      { code: 'measure-out-of-range', row: 3, field: 'kpiNps', value: '150' },
      { code: 'emotion-off-signed-scale', row: 4, field: 'delivered', value: '7' },
      { code: 'invalid-evidence', row: 4, field: 'evidence', value: 'rumor del pasillo' },
      { code: 'measure-out-of-range', row: 4, field: 'kpiCsat', value: '101' },
      { code: 'measure-out-of-range', row: 4, field: 'kpiCes', value: '9' },
      { code: 'measure-out-of-range', row: 4, field: 'kpiFcr', value: '-5' },
      { code: 'invalid-measure', row: 4, field: 'kpiVolume', value: 'abc' },
      { code: 'invalid-persona-emotion', row: 4, persona: 'Ana', value: '-3' },
    ]);
  });

  it('reads "1.200,75" from a comma-separated file Google Sheets wrote in Spanish, as it reads "85,5"', () => {
    const csv = new TextEncoder().encode(
      'Punto de contacto,CSAT (%),CES (1-7),Contactos al mes,Coste por contacto (EUR)\n' +
        'Llamo,"85,5","3,5","1.234.567","1.200,75"\n' +
        'Escribo,,,,"12,50 €"\n',
    );
    const { table, result } = importTable(csv);
    expect(table.delimiter).toBe(',');
    expect(result.warnings).toEqual([]);
    expect(measures(result.journey).touchpoints).toEqual([
      expect.objectContaining({ kpiCsat: 85.5, kpiCes: 3.5, kpiVolume: 1234567, kpiCost: 1200.75 }),
      expect.objectContaining({ kpiCsat: null, kpiCost: 12.5 }),
    ]);
  });

  it('says so when CSAT or FCR looks written as fractions, and keeps the values as written', () => {
    const csv = (rows: string) => new TextEncoder().encode(`Touchpoint,CSAT,FCR\n${rows}`);
    const fractions = importTable(csv('Calls,0.85,1\nChats,0.9,0\nWeb,,\n'), 'en').result;
    expect(fractions.warnings).toEqual([{ code: 'percent-as-fraction', field: 'kpiCsat', value: '0.85' }]);
    expect(journeyOrder(fractions.journey).map((t) => t.kpiCsat)).toEqual([0.85, 0.9, null]);
    // Whole 0s and 1s, or a fraction beside per cents above 1, are per cents as written: nothing to say.
    expect(importTable(csv('Calls,64,0\nChats,0.5,1\n'), 'en').result.warnings).toEqual([]);
  });

  it('says so when CSAT or FCR writes some values with "%" and others as bare fractions, kept as written', () => {
    const csv = new TextEncoder().encode('Touchpoint,CSAT,FCR\nCalls,85 %,0.5\nChats,0.9,70\nWeb,0.75,\nApp,12,\n');
    const { result } = importTable(csv, 'en');
    expect(result.warnings).toEqual([{ code: 'fraction-beside-percent', field: 'kpiCsat', value: '0.9', count: 2 }]);
    expect(journeyOrder(result.journey).map((t) => t.kpiCsat)).toEqual([85, 0.9, 0.75, 12]);
  });

  it('reads English headers and numbers, 1..5 delivered and persona scales, and "Ana\'s emotion"', () => {
    const { table, result } = importTable(fixture('measures-en.tsv'), 'en');
    expect(table.delimiter).toBe('\t');
    expect(result.journey.currency).toBe('USD');
    expect(result.journey.personas.map((p) => p.name)).toEqual(['', 'Ana']);
    const [ad, sign] = measures(result.journey).touchpoints;
    expect(ad).toMatchObject({
      kpiNps: 30,
      kpiCsat: 80,
      kpiCes: 2.5,
      kpiFcr: 70,
      kpiVolume: 1000,
      kpiCost: 3.2,
      delivered: 1,
      evidence: 'measured',
      backstage: 'CRM targeting',
      support: 'Ad platform',
      personaEmotions: { Ana: 2 },
    });
    // The ends of each range are kept as they are.
    expect(sign).toMatchObject({ kpiNps: -100, kpiCsat: 0, kpiCes: 7, kpiFcr: 100, kpiVolume: 0, kpiCost: 0 });
    expect(sign).toMatchObject({ delivered: -2, personaEmotions: { Ana: -2 } });
    expect(result.warnings).toEqual([]);
  });

  it('guesses the measure columns from their headers, persona columns apart, "Emoción (1-5)" still the emotion', () => {
    const guess = guessColumnMapping([
      'Tarea',
      'Emoción (1-5)',
      'Emoción de Ana',
      'Emotion: Bob',
      'NPS score',
      'Evidencia',
    ]);
    expect(guess.mapping.columns).toMatchObject({ title: 0, emotion: 1, kpiNps: 4, evidence: 5, notes: null });
    expect(guess.mapping.personaColumns).toEqual([2, 3]);
  });

  it('reads a delivered column on the scale its header names, even when its numbers alone cannot tell', () => {
    const rows = [
      ['Punto de contacto', 'Emoción', 'Experiencia entregada (-2 a 2)', 'Delivered (1 to 5)'],
      ['Veo un anuncio', '1', '2', '2'],
      ['Llamo', '2', '1', '1'],
    ];
    const { mapping } = guessColumnMapping(rows[0]);
    expect(mapping.columns.delivered).toBe(2);
    const result = journeyFromTable(rows, mapping, { name: 'x' });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(journeyOrder(result.journey).map((t) => t.delivered)).toEqual([2, 1]);
    // Only the emotion column, whose header names no scale, is ambiguous.
    expect(result.warnings).toEqual([{ code: 'emotion-scale-ambiguous' }]);
    const fiveMapping = { ...mapping, columns: { ...mapping.columns, delivered: 3 } };
    const five = journeyFromTable(rows, fiveMapping, { name: 'x' });
    expect(five.ok && journeyOrder(five.journey).map((t) => t.delivered)).toEqual([-1, -2]);
  });

  it('keeps at most the journey limit of personas and reports the rest', () => {
    const names = Array.from({ length: LIMITS.personas + 1 }, (_, i) => `Emoción de P${i + 1}`);
    const rows = [
      ['Punto de contacto', ...names],
      ['Veo un anuncio', ...names.map(() => '1')],
    ];
    const result = journeyFromTable(rows, guessColumnMapping(rows[0]).mapping, { name: 'x' });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.journey.personas).toHaveLength(LIMITS.personas);
    expect(result.warnings.filter((w) => w.code === 'too-many-personas').map((w) => w.value)).toEqual(['P8', 'P9']);
  });
});
