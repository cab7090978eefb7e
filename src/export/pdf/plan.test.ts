import { createEmptyJourney } from '../../domain/factory';
import { instantiateTemplate, TEMPLATES } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { GRID } from './geometry';
import { cardBox } from './gridPlan';
import { cardTextWidth, cardTitleStyle } from './gridStyles';
import { planPdf, type PdfOptions, type PdfPlan } from './plan';
import { touchpointIn, wideJourney } from './pdfTestKit';

const A4: PdfOptions = { pageSize: 'a4', orientation: 'landscape', locale: 'es' };

/** Every card is drawn on exactly one grid page, wholly inside the page's content area. */
function expectEveryCardOnceInside(plan: PdfPlan) {
  const { content } = plan.frame;
  for (const card of plan.model.cards) {
    const boxes = plan.grid.pages.map((page) => cardBox(plan.grid, page, card)).filter((b) => b !== null);
    expect(boxes, card.touchpoint.title).toHaveLength(1);
    const [box] = boxes;
    expect(box.x).toBeGreaterThanOrEqual(content.x);
    expect(box.y).toBeGreaterThanOrEqual(content.y);
    expect(box.x + box.width).toBeLessThanOrEqual(content.x + content.width + 0.01);
    expect(box.y + box.height).toBeLessThanOrEqual(content.y + content.height + 0.01);
  }
  for (const page of plan.grid.pages) {
    const bottom = page.curve ? page.curve.y + page.curve.height : (page.segments.at(-1)?.y ?? 0);
    expect(bottom).toBeLessThanOrEqual(content.y + content.height + 0.01);
  }
}

describe('planPdf', () => {
  const meUnoEs = instantiateTemplate(meUno, 'es');

  it('counts cover, grid, legend and appendix pages and their ranges', () => {
    const plan = planPdf(meUnoEs, A4);
    const { cover, grid, legend, appendix } = plan.parts;
    expect(plan.pages).toBe(cover + grid + legend + appendix);
    expect(plan.sheets).toHaveLength(plan.pages);
    expect(plan.ranges.grid).toEqual({ from: 2, to: 1 + grid });
    expect(plan.ranges.appendix?.to).toBe(plan.pages);
  });

  it('adds one page with the map as drawn, right after the grid, when asked', () => {
    const journey = instantiateTemplate(meUno, 'es');
    const without = planPdf(journey, A4);
    const withImage = planPdf(journey, { ...A4, mapImage: true });
    expect(withImage.pages).toBe(without.pages + 1);
    expect(withImage.sheets[1 + without.parts.grid]).toEqual({ kind: 'image' });
    expect(withImage.ranges.legend!.from).toBe(without.ranges.legend!.from + 1);
  });

  it('prints only lanes that have touchpoints, plus "no function" when some have none', () => {
    const journey = structuredClone(meUnoEs);
    journey.touchpoints = journey.touchpoints.filter((t) => t.functionId !== 'product');
    journey.touchpoints[0].functionId = null;
    const labels = planPdf(journey, A4).model.lanes.map((l) => l.label);
    expect(labels).not.toContain('Desarrollo de producto');
    expect(labels.at(-1)).toBe('Sin función responsable');
  });

  it('counts hand-offs as connections between two different, set functions', () => {
    const journey = createEmptyJourney('x', ['a'], new Date());
    const [a, b, c] = [
      touchpointIn(journey, 0, 0, { functionId: 'sales' }),
      touchpointIn(journey, 0, 1, { functionId: 'back-office' }),
      touchpointIn(journey, 0, 2, { functionId: null }),
    ];
    journey.touchpoints = [a, b, c];
    journey.connections = [
      { id: '1', from: a.id, to: b.id, label: '' },
      { id: '2', from: b.id, to: c.id, label: '' },
      { id: '3', from: a.id, to: a.id, label: '' },
    ];
    expect(planPdf(journey, A4).model.stats.handoffs).toBe(1);
  });

  it('keeps every card whole on exactly one page, at every size and orientation', () => {
    for (const pageSize of ['a4', 'a3', 'a2'] as const) {
      for (const orientation of ['landscape', 'portrait'] as const) {
        expectEveryCardOnceInside(planPdf(meUnoEs, { pageSize, orientation, locale: 'es' }));
        expectEveryCardOnceInside(planPdf(wideJourney(60), { pageSize, orientation, locale: 'es' }));
      }
    }
  });

  it('shows as many whole columns as fit at a legible width, more on larger sheets', () => {
    const wide = wideJourney(60);
    const a4 = planPdf(wide, A4);
    const a2 = planPdf(wide, { ...A4, pageSize: 'a2' });
    expect(a4.grid.columnWidth).toBeGreaterThanOrEqual(GRID.minColumnWidth);
    expect(a2.grid.pages[0].stageCount).toBeGreaterThan(a4.grid.pages[0].stageCount);
    expect(a2.pages).toBeLessThan(a4.pages);
    const stages = a4.grid.pages.flatMap((p) => Array.from({ length: p.stageCount }, (_, i) => p.firstStage + i));
    expect(stages).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  it('splits a lane taller than a page across vertical sections, headers repeated', () => {
    const journey = createEmptyJourney('Alto', ['Única'], new Date());
    journey.touchpoints = Array.from({ length: 30 }, (_, row) =>
      touchpointIn(journey, 0, row, { title: `Paso ${row}` }),
    );
    const plan = planPdf(journey, A4);
    expect(plan.parts.grid).toBeGreaterThan(1);
    expect(plan.grid.pages.every((p) => p.sections === plan.parts.grid)).toBe(true);
    expect(plan.grid.pages.at(-1)!.curve).not.toBeNull();
    expectEveryCardOnceInside(plan);
  });

  it('gives a journey without stages no grid pages', () => {
    const plan = planPdf(createEmptyJourney('Vacío', [], new Date()), A4);
    expect(plan.parts.grid).toBe(0);
    expect(plan.ranges.grid).toBeNull();
    expect(plan.pages).toBe(1 + plan.parts.legend + plan.parts.appendix);
  });
});

describe('planPdf: nothing cut that the PDF does not print whole somewhere', () => {
  const NOW = new Date('2025-03-04T10:00:00Z');

  it('splits a row taller than a page between lines, every piece inside the content area', () => {
    const journey = createEmptyJourney('Largo', ['Etapa'], NOW);
    const description = Array.from({ length: 900 }, (_, i) => `palabra${i}`).join(' ');
    journey.touchpoints = [touchpointIn(journey, 0, 0, { title: 'Con descripción', description })];
    const plan = planPdf(journey, { ...A4, orientation: 'portrait' });
    const { content } = plan.frame;
    const rows = plan.sheets.flatMap((sheet) =>
      sheet.kind === 'appendix' ? sheet.appendix.elements.filter((e) => e.kind === 'row') : [],
    );
    const pieces = rows.filter((row) => row.cells[2]?.some((line) => line.text.includes('palabra')));
    expect(pieces.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.y + row.height).toBeLessThanOrEqual(content.y + content.height + 0.01);
    const words = pieces.flatMap((row) => row.cells[2].flatMap((line) => line.text.split(' ')));
    expect(words).toEqual(description.split(' '));
  });

  it('makes the stage header row tall enough for the longest stage name instead of cutting it', () => {
    const long = 'Recibo mi información de contrato y necesito ayuda con la domiciliación '.repeat(3).trim();
    const short = planPdf(createEmptyJourney('x', ['Corta'], NOW), A4);
    const plan = planPdf(createEmptyJourney('x', [long], NOW), A4);
    expect(plan.grid.stageHeaderHeight).toBeGreaterThan(short.grid.stageHeaderHeight);
    const lines = plan.type.wrap(long, { weight: 'bold', size: plan.grid.m.stageNameSize }, plan.grid.columnWidth - 32);
    expect(lines.length * plan.grid.m.stageNameLeading).toBeLessThanOrEqual(plan.grid.stageHeaderHeight - 4);
  });

  it('gives each labelled connection a row in its source card, and lists every label in the appendix', () => {
    const journey = createEmptyJourney('x', ['a', 'b'], NOW);
    const [a, b, c] = [
      touchpointIn(journey, 0, 0, { title: 'Uno', functionId: 'sales' }),
      touchpointIn(journey, 1, 0, { title: 'Dos', functionId: 'sales' }),
      touchpointIn(journey, 1, 1, { title: 'Tres', functionId: 'back-office' }),
    ];
    journey.touchpoints = [a, b, c];
    journey.connections = [
      { id: 'l1', from: a.id, to: b.id, label: 'me envía el enlace' },
      { id: 'l2', from: a.id, to: c.id, label: 'pasa a administración' },
      { id: 'l3', from: b.id, to: c.id, label: '' },
    ];
    const plain = planPdf({ ...journey, connections: journey.connections.map((x) => ({ ...x, label: '' })) }, A4);
    const plan = planPdf(journey, A4);
    expect(plan.grid.labelRow).toEqual(
      new Map([
        ['l1', 0],
        ['l2', 1],
      ]),
    );
    expect(plan.grid.labelRows).toBe(2);
    expect(plan.grid.cardHeight).toBeCloseTo(plain.grid.cardHeight + 2 * plan.grid.m.linkLabelLeading);
    const appendixText = plan.sheets
      .flatMap((sheet) => (sheet.kind === 'appendix' ? sheet.appendix.elements : []))
      .flatMap((e) => (e.kind === 'row' ? e.cells.flat().map((l) => l.text) : []))
      .join(' ');
    expect(appendixText).toContain('me envía el enlace');
    expect(appendixText).toContain('pasa a administración');
  });
});

describe('planPdf: template titles', () => {
  // The grid cuts a title at its card's title lines; every template's titles must fit whole, so the PDF
  // (and a search of it) holds each one in full.
  const cases = TEMPLATES.flatMap((template) =>
    (['es', 'en'] as const).flatMap((locale) =>
      (['a4', 'a3'] as const).flatMap((pageSize) =>
        (['landscape', 'portrait'] as const).map((orientation) => ({ template, locale, pageSize, orientation })),
      ),
    ),
  );

  it.each(cases)('$template.id ($locale, $pageSize $orientation) fits every title whole', (c) => {
    const plan = planPdf(instantiateTemplate(c.template, c.locale), { ...c });
    const { m, columnWidth, titleLines } = plan.grid;
    const { type } = plan;
    for (const card of plan.model.cards) {
      const lines = type.wrap(card.touchpoint.title, cardTitleStyle(m), cardTextWidth(m, columnWidth), titleLines);
      expect(lines.map((l) => l.text).join(' '), card.touchpoint.title).toBe(type.singleLine(card.touchpoint.title));
    }
  });
});
