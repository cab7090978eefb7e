import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreJourney } from '../../domain/restore';
import { importCsv, MEASURED_CSV } from '../../test/measuredCsv';
import { legendItems } from './legendPlan';
import { measureTables } from './measureTables';
import { buildPdfModel } from './model';

function measuredJourney() {
  const raw = readFileSync(join(__dirname, '../../domain/fixtures/v2-me-quejo-medido-es.json'), 'utf8');
  const restored = restoreJourney(raw);
  if (!restored.ok) throw new Error(restored.error.code);
  return restored.journey;
}

describe('measureTables', () => {
  const model = buildPdfModel(measuredJourney(), 'es');
  const tables = measureTables(model);
  const byTitle = (title: string) => tables.find((t) => t.title === title)!;
  const cells = (title: string) => byTitle(title).groups.flatMap((g) => g.rows.flat());

  it('prints personas, measures, totals, what is behind the line of visibility and the action plan', () => {
    expect(tables.map((t) => t.title)).toEqual([
      'Personas',
      'Emociones por persona',
      'Medidas por punto de contacto',
      'Medidas por etapa',
      'Medidas por función responsable',
      'Detrás de la línea de visibilidad',
      'Plan de acción',
    ]);
    expect(cells('Personas')).toEqual(expect.arrayContaining(['Teletrabaja', 'Cliente mayor']));
    const waiting = byTitle('Medidas por punto de contacto').groups[0].rows.find((r) => r[0] === 'Espero al teléfono');
    expect(waiting).toEqual([
      'Espero al teléfono',
      'Medida',
      '+1',
      '-48',
      '41 %',
      '5,8',
      '55 %',
      '9500',
      '4,20\u00a0€',
    ]);
    expect(cells('Detrás de la línea de visibilidad')).toContain(
      'El agente consulta el histórico de facturas en el CRM',
    );
  });

  it('ends the stages table with the whole journey, as the Measures dialog does', () => {
    const table = measureTables(buildPdfModel(importCsv(MEASURED_CSV), 'en')).find(
      (t) => t.title === 'Measures by stage',
    )!;
    const rows = table.groups[0].rows;
    // Discover: CSAT (80×1000 + 40×3000) / 4000 = 50, weighted. The whole journey: T3 has no volume, so
    // CSAT (80 + 40 + 60) / 3 = 60 plain; NPS (50 − 20 + 10) / 3 = 13; cost 1000×1 + 3000×5 = 16,000, only
    // in part (T3's cost has no volume).
    expect(rows.map((r) => r[0])).toEqual(['Discover', 'Buy', 'Whole journey']);
    expect(rows[0][5]).toBe('50 %*');
    expect(rows[2]).toEqual(['Whole journey', '4', '4,000', '€16,000.00†', '13 (-20 … 50)', '60 %', '70 %', '4']);
  });

  it("lists each persona's emotions, a column per persona, the main one first", () => {
    const table = byTitle('Emociones por persona');
    expect(table.columns.map((c) => c.header)).toEqual(['Punto de contacto', 'Teletrabaja', 'Cliente mayor']);
    expect(table.groups[0].heading).toBe('-2 Lo odio · -1 No me gusta · 0 Me da igual · +1 Me gusta · +2 ¡Wow!');
    const rows = table.groups[0].rows;
    expect(rows[0]).toEqual(['Recibo la factura del mes', '0', '-1']);
    expect(rows.find((r) => r[0] === 'Reviso el detalle en la app')).toEqual(['Reviso el detalle en la app', '-1', '']);
    expect(rows.find((r) => r[0] === 'Me llama una gestora para explicarlo')).toEqual([
      'Me llama una gestora para explicarlo',
      '+2',
      '+1',
    ]);
  });

  it('names an unnamed persona as the rest of the app does ("Persona 2"), in the tables as in the legend', () => {
    const unnamed = measuredJourney();
    unnamed.personas[1] = { ...unnamed.personas[1], name: ' ' };
    const model = buildPdfModel(unnamed, 'es');
    const tables = measureTables(model);
    const personas = tables.find((t) => t.title === 'Personas')!.groups[0].rows.map((r) => r[0]);
    expect(personas).toEqual(['Teletrabaja', 'Persona 2']);
    const emotions = tables.find((t) => t.title === 'Emociones por persona')!;
    expect(emotions.columns.map((c) => c.header)).toEqual(['Punto de contacto', 'Teletrabaja', 'Persona 2']);
    expect(legendItems(model).map((item) => item.text)).toContain('Persona 2');
  });

  it('has no persona emotions table for a journey of one persona', () => {
    const single = measuredJourney();
    single.personas = single.personas.slice(0, 1);
    expect(measureTables(buildPdfModel(single, 'en')).map((t) => t.title)).not.toContain('Emotions by persona');
  });

  it('groups the action plan by owning function, highest priority first', () => {
    const plan = byTitle('Plan de acción');
    expect(plan.groups.map((g) => g.heading)).toEqual(['Atención al cliente', 'Desarrollo de producto', 'Back-office']);
    const care = plan.groups.find((g) => g.heading === 'Atención al cliente')!;
    expect(care.rows).toEqual([
      ['Ofrecer que le llamemos en lugar de esperar', 'Espero al teléfono', 'Alta', 'Planificada'],
    ]);
  });

  it('explains evidence in the legend, pointing at the stripe the cards carry', () => {
    const texts = legendItems(model).map((item) => item.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Evidencia: cómo se conocen los datos de cada punto de contacto (la franja del borde derecho de la tarjeta)',
        'Supuesta: lo que cree el equipo, aún por comprobar',
        'Medida: respaldada por cifras (encuestas, datos operativos)',
      ]),
    );
  });
});
