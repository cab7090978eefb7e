// jsdom, as exportPdf.test.ts: jsPDF works there and the shared setup needs it.
import { createEmptyJourney } from '../../domain/factory';
import type { Journey } from '../../domain/journey';
import { THEMES } from '../../domain/look/themes';
import { exportBlueprintPdf, planPdf, type PdfOptions } from './exportPdf';
import { cardBox } from './gridPlan';
import { buildPdfModel } from './model';
import { pdfText, removeSavedPdfs, savePdf, squash, touchpointIn } from './pdfTestKit';

const NOW = new Date('2025-03-04T10:00:00Z');
const BACKSTAGE = 'El agente consulta el histórico de facturas en el CRM';
const SUPPORT = 'Sistema de facturación';

afterAll(() => removeSavedPdfs());

/** "Me quejo" in two stages: a call to customer care with backstage and support text, a letter from the back-office. */
function complaint(): Journey {
  const journey = createEmptyJourney('Me quejo', ['Reclamo', 'Me responden'], NOW);
  journey.touchpoints = [
    touchpointIn(journey, 0, 0, {
      title: 'Llamo para reclamar',
      functionId: 'customer-care',
      channelId: 'call-centre',
      backstage: BACKSTAGE,
      support: SUPPORT,
    }),
    touchpointIn(journey, 1, 0, {
      title: 'Recibo la respuesta por carta',
      functionId: 'back-office',
      channelId: 'letter',
    }),
  ];
  return journey;
}

const LAYERS: PdfOptions = {
  pageSize: 'a3',
  orientation: 'landscape',
  locale: 'es',
  now: NOW,
  blueprintLayout: 'layers',
};

describe('the layered blueprint in the PDF', () => {
  it('draws the layers as grid rows, with every card in the customer row and the notes below', () => {
    const model = buildPdfModel(complaint(), 'es', { layout: 'layers' });
    expect(model.gridLanes.map((l) => l.id)).toEqual(['customer', 'frontstage', 'visibility', 'backstage', 'support']);
    expect(model.gridLanes.map((l) => l.label)).toEqual([
      'Acciones del cliente',
      'Frontstage',
      'Línea de visibilidad',
      'Backstage',
      'Procesos de soporte',
    ]);
    expect(model.cards.map((c) => [c.touchpoint.title, c.gridLane, c.stage, c.row])).toEqual([
      ['Llamo para reclamar', 0, 0, 0],
      ['Recibo la respuesta por carta', 0, 1, 0],
    ]);
    expect(model.notes.map((n) => [n.note.layer, n.gridLane, n.stage, n.note.heading, n.note.text])).toEqual([
      ['frontstage', 1, 0, 'Atención al cliente', 'Centro de llamadas'],
      ['backstage', 3, 0, '', BACKSTAGE],
      ['backstage', 3, 1, 'Back-office', ''],
      ['support', 4, 0, '', SUPPORT],
    ]);
    // Coloured as the canvas's rows, in the light theme: the customer's in the accent, the others muted.
    const light = THEMES.light.colors;
    expect(model.gridLanes.map((l) => l.color)).toEqual([
      light.accent,
      light.textMuted,
      light.text,
      light.textMuted,
      light.textMuted,
    ]);
    // The appendix still groups by owning function.
    expect(model.lanes.map((l) => l.id)).toEqual(['customer-care', 'back-office']);
  });

  it('places the backstage text under the line of visibility on the page', () => {
    const plan = planPdf(complaint(), LAYERS);
    const page = plan.grid.pages[0];
    const line = page.segments.find((s) => plan.model.gridLanes[s.lane].id === 'visibility')!;
    const backstage = plan.model.notes.find((n) => n.note.text === BACKSTAGE)!;
    const front = plan.model.notes.find((n) => n.note.layer === 'frontstage')!;
    expect(cardBox(plan.grid, page, backstage)!.y).toBeGreaterThan(line.y + line.height / 2);
    expect(cardBox(plan.grid, page, front)!.y).toBeLessThan(line.y);
  });

  it('prints the rows, the line of visibility and the backstage and support text, in Spanish and English', async () => {
    const plan = planPdf(complaint(), LAYERS);
    const grid = pdfText(await savePdf(await exportBlueprintPdf(complaint(), LAYERS)), plan.ranges.grid!.from);
    for (const words of ['Acciones del cliente', 'Línea de visibilidad', 'Procesos de soporte', BACKSTAGE, SUPPORT]) {
      expect(squash(grid)).toContain(squash(words));
    }
    const english = { ...LAYERS, locale: 'en' as const };
    const planEn = planPdf(complaint(), english);
    const pathEn = await savePdf(await exportBlueprintPdf(complaint(), english));
    const gridEn = pdfText(pathEn, planEn.ranges.grid!.from);
    for (const words of ['Customer actions', 'Line of visibility', 'Support processes', BACKSTAGE]) {
      expect(squash(gridEn)).toContain(squash(words));
    }
    // The legend says what the line means.
    const legendEn = pdfText(pathEn, planEn.ranges.legend!.from);
    expect(squash(legendEn)).toContain(squash('Line of visibility: the customer does not see what lies below it'));
  });

  it('keeps the lanes by owning function when the layers are not asked for', () => {
    const model = buildPdfModel(complaint(), 'es');
    expect(model.gridLanes).toBe(model.lanes);
    expect(model.notes).toEqual([]);
  });
});
