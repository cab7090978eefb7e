import { afterAll, describe, expect, it } from 'vitest';
import { blankJourney, blankTouchpoint } from '../../domain/blank';
import { computeInsights, NO_FILTER } from '../../domain/insights';
import { pdfPageCount, pdfText, removeSavedPdfs, savePdf, squash } from '../pdf/pdfTestKit';
import { exportInsightsPdf } from './insightsPdf';

afterAll(() => removeSavedPdfs());

const journey = (id: string, name: string) =>
  blankJourney({
    id,
    name,
    stages: [{ id: 's1', name: 'Reclamo', width: 320 }],
    touchpoints: [
      blankTouchpoint({
        id: 'a',
        title: 'Llamo al centro',
        stageId: 's1',
        channelId: 'call-centre',
        functionId: 'customer-care',
        emotion: -2,
        painPoint: true,
        momentOfTruth: true,
      }),
      blankTouchpoint({
        id: 'b',
        title: 'Me pasan a facturación',
        stageId: 's1',
        channelId: 'call-centre',
        functionId: 'back-office',
        emotion: -1,
        position: { x: 0, y: 100 },
      }),
    ],
    connections: [{ id: 'c', from: 'a', to: 'b', label: '' }],
  });

describe('exportInsightsPdf', () => {
  it('prints the scope, the heatmap, universal pain points, hand-offs, moments and pain points in Spanish', async () => {
    const insights = computeInsights(
      [journey('j1', 'Me quejo'), journey('j2', 'Me voy')],
      NO_FILTER,
      'es',
      'Sin asignar',
    );
    const path = await savePdf(
      await exportInsightsPdf(insights, {
        locale: 'es',
        filterLine: 'Filtros: ninguno',
        now: new Date('2026-01-02T10:00:00Z'),
      }),
    );
    expect(pdfPageCount(path)).toBeGreaterThanOrEqual(1);
    const text = squash(pdfText(path));
    for (const words of [
      'Hallazgos entre recorridos',
      'Filtros: ninguno',
      '2 recorridos · 4 puntos de contacto',
      'Canales × funciones responsables',
      'Puntos de dolor universales de un canal',
      'Traspasos entre funciones',
      'Momentos de la verdad',
      'Qué lee el informe',
      'Llamo al centro',
      'Página 1 de',
    ]) {
      expect(text).toContain(squash(words));
    }
  });

  it("prints the heatmap's measures as the Measures dialog does: CSAT and FCR in %, weighted means marked", async () => {
    const measured = journey('j1', 'Me quejo');
    measured.touchpoints[0] = { ...measured.touchpoints[0], kpiCsat: 80, kpiFcr: 65, kpiNps: 10, kpiVolume: 300 };
    const insights = computeInsights([measured], NO_FILTER, 'en', 'None');
    const path = await savePdf(
      await exportInsightsPdf(insights, { locale: 'en', filterLine: 'Filters: none', now: new Date('2026-01-02') }),
    );
    const text = squash(pdfText(path));
    expect(text).toContain(squash('80 %* 65 %* 10 300'));
    expect(text).toContain(squash('* mean weighted by contacts a month.'));
  });
});
