// jsdom, as exportPdf.test.ts: the shared setup patches HTMLElement, and jsPDF runs under it.
import { emotionCurvePoints } from '../../domain/emotionCurve';
import type { Emotion, Journey } from '../../domain/journey';
import { stageColumns } from '../../domain/layout';
import { DELIVERED_COLOR, PERSONA_COLORS } from '../../domain/look/colors';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { exportBlueprintPdf } from './exportPdf';
import { legendItems } from './legendPlan';
import { buildPdfModel } from './model';
import { pdfText, removeSavedPdfs, savePdf, squash } from './pdfTestKit';
import { planPdf } from './plan';
import { CURVE } from '../../domain/look/curve';
import { importCsv, MEASURED_CSV } from '../../test/measuredCsv';

const NOW = new Date('2025-03-04T10:00:00Z');
afterAll(() => removeSavedPdfs());

/** "Me uno" whose main persona is Marta, with Ana, who loves three touchpoints, and two audited ones. */
function withAna(locale: 'es' | 'en'): Journey {
  const journey = instantiateTemplate(meUno, locale, NOW);
  journey.personas = [
    { ...journey.personas[0], name: 'Marta' },
    { id: 'ana', name: 'Ana', description: '' },
  ];
  journey.touchpoints = journey.touchpoints.map((t, i) => ({
    ...t,
    personaEmotions: i < 3 ? { ana: 2 as Emotion } : ({} as Record<string, Emotion>),
    delivered: i < 2 ? -1 : null,
  }));
  return journey;
}

describe('the PDF draws every curve the canvas draws, and says whose each is', () => {
  const withEmotion = withAna('es').touchpoints.filter((t) => t.emotion !== null).length;

  it('draws the main persona solid, Ana and the delivered experience as dashed series in their colours', () => {
    const model = buildPdfModel(withAna('es'), 'es');
    expect(model.curve).toHaveLength(withEmotion);
    expect(model.curveKey[0]).toMatchObject({ kind: 'chosen', name: 'Marta' });
    expect(model.series.map((s) => [s.label, s.color, s.points.length])).toEqual([
      ['Ana', PERSONA_COLORS[1], 3],
      ['Experiencia entregada', DELIVERED_COLOR, 2],
    ]);
    expect(model.series[0].points.every((p) => p.emotion === 2)).toBe(true);
  });

  it('draws the persona chosen on screen solid and the main one dashed', () => {
    const model = buildPdfModel(withAna('en'), 'en', { personaId: 'ana' });
    expect(model.curve).toHaveLength(3);
    expect(model.curveKey[0]).toMatchObject({ kind: 'chosen', name: 'Ana' });
    expect(model.series.map((s) => s.label)).toEqual(['Marta', 'Delivered experience']);
    // The cards print Ana's emotions then, as the screen's do; the main persona's otherwise.
    expect(model.shownPersona).toBe('ana');
    expect(buildPdfModel(withAna('en'), 'en').shownPersona).toBeNull();
  });

  it('leaves a persona that rated nothing out of the legend, as the screen does', () => {
    const journey = withAna('en');
    journey.personas.push({ id: 'luis', name: 'Luis', description: '' });
    const model = buildPdfModel(journey, 'en');
    expect(model.curveKey.map((line) => line.name)).toEqual(['Marta', 'Ana', 'Delivered experience']);
  });

  it('puts a touchpoint at the same place on every curve and under its KPI bar', () => {
    const journey = withAna('es');
    journey.touchpoints = journey.touchpoints.map((t, i) => ({ ...t, kpiNps: i === 1 ? 40 : null }));
    const model = buildPdfModel(journey, 'es', { overlay: 'kpiNps' });
    const second = journey.touchpoints[1].id;
    const places = [model.curve, ...model.series.map((s) => s.points), model.overlay!.points].map(
      (points) => points.find((p) => p.touchpointId === second)?.at,
    );
    expect(places[0]).toBeDefined();
    expect(new Set(places)).toEqual(new Set([places[0]]));
  });

  it('puts each touchpoint where the screen does in its column, apart from those of its stage', () => {
    const journey = withAna('es');
    const model = buildPdfModel(journey, 'es');
    const ats = model.curve.map((p) => p.at);
    expect(new Set(ats).size).toBe(ats.length);
    // The same fraction of its stage's column as on the canvas and in the PNG.
    const columns = stageColumns(journey.stages);
    const onScreen = emotionCurvePoints(journey).map((p) => {
      const column = columns.find((c) => c.stage.id === p.stageId)!;
      return column.index + (p.x - column.x) / column.width;
    });
    expect(ats.map((at) => at.toFixed(6))).toEqual(onScreen.map((at) => at.toFixed(6)));
  });

  it('names the solid line "Emoción" when the journey has no personas but a delivered experience', () => {
    const journey = { ...withAna('es'), personas: [] };
    const items = legendItems(buildPdfModel(journey, 'es')).filter((item) => item.kind === 'series');
    expect(items.map((item) => item.text)).toEqual(['Emoción', 'Experiencia entregada']);
  });

  it('names each line in the legend only when there are several', () => {
    const series = (journey: Journey) =>
      legendItems(buildPdfModel(journey, 'es')).filter((item) => item.kind === 'series');
    expect(series(withAna('es')).map((item) => item.text)).toEqual(['Marta', 'Ana', 'Experiencia entregada']);
    expect(series(instantiateTemplate(meUno, 'es', NOW))).toHaveLength(0);
  });

  it('says in the legend what the KPI bars over the curve measure, and on what scale', () => {
    const journey = withAna('en');
    journey.touchpoints = journey.touchpoints.map((t, i) => ({ ...t, kpiNps: i < 2 ? 40 : null }));
    const swatches = (overlay: 'kpiNps' | null) =>
      legendItems(buildPdfModel(journey, 'en', { overlay }))
        .filter((item) => item.kind === 'swatch')
        .map((item) => item.text);
    expect(swatches('kpiNps')).toContain('NPS over the curve, from -100 (bottom) to 100 (top): 2 touchpoints measured');
    expect(swatches(null).some((text) => text.includes('over the curve'))).toBe(false);
  });

  it('prints the names on the legend page of the exported file', async () => {
    const options = { pageSize: 'a3', orientation: 'landscape', locale: 'es', now: NOW } as const;
    const journey = withAna('es');
    const legend = planPdf(journey, options).ranges.legend!.from;
    const text = squash(pdfText(await savePdf(await exportBlueprintPdf(journey, options)), legend));
    for (const name of ['Marta', 'Ana', 'Experiencia entregada']) expect(text).toContain(squash(name));
  });

  it('keeps the marks of a touchpoint the chosen persona has no emotion for, where its point sits, and says so', () => {
    // The user test's journey: T3 is a moment of truth and a pain point; Ana has no emotion for it.
    const journey = importCsv(MEASURED_CSV);
    const t3 = journey.touchpoints.find((t) => t.title === 'T3 App order')!;
    const main = buildPdfModel(journey, 'en');
    expect(main.unrated).toEqual([]);
    const model = buildPdfModel(journey, 'en', { personaId: journey.personas[1].id });
    expect(model.curve.map((p) => p.touchpointId)).not.toContain(t3.id);
    const at = main.curve.find((p) => p.touchpointId === t3.id)!.at;
    expect(model.unrated).toEqual([
      { touchpointId: t3.id, emotion: CURVE.unrated.level, momentOfTruth: true, painPoint: true, at },
    ]);
    const markers = legendItems(model).filter((item) => item.kind === 'marker');
    expect(markers.map((item) => item.text)).toContain(
      "Dashed ring on the “I don't mind” line: a moment of truth or pain point with no emotion yet on this curve",
    );
    expect(legendItems(main).map((item) => item.text)).not.toContain(expect.stringContaining('Dashed ring'));
  });
});
