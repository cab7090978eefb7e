// jsdom, as exportPdf.test.ts: jsPDF works there and the shared setup needs it.
import type { BlueprintLayoutKind } from '../../domain/blueprintLayers';
import { LIMITS } from '../../domain/limits';
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { exportBlueprintPdf, planPdf, type PdfOptions } from './exportPdf';
import type { PageSize, Orientation } from './geometry';
import { LEGEND, legendItems } from './legendPlan';
import { pdfText, pdfWords, removeSavedPdfs, savePdf, squash } from './pdfTestKit';

const NOW = new Date('2025-03-04T10:00:00Z');

afterAll(() => removeSavedPdfs());

/** The evidence heading as the catalogs word it: the only place that explains the stripe on a card's edge. */
const EVIDENCE = {
  en: {
    heading: 'Evidence: how each touchpoint’s data is known (the stripe on a card’s right edge)',
    firstLevel: 'Assumed:',
  },
  es: {
    heading:
      'Evidencia: cómo se conocen los datos de cada punto de contacto (la franja del borde derecho de la tarjeta)',
    firstLevel: 'Supuesta:',
  },
} as const;

const SHEETS: [PageSize, Orientation][] = [
  ['a4', 'landscape'],
  ['a3', 'landscape'],
  ['a4', 'portrait'],
];
const LAYOUTS: BlueprintLayoutKind[] = ['functions', 'layers'];
const CASES = (['en', 'es'] as const).flatMap((locale) =>
  SHEETS.flatMap(([pageSize, orientation]) =>
    LAYOUTS.map((blueprintLayout) => ({ locale, pageSize, orientation, blueprintLayout })),
  ),
);

async function exportedLegend(options: PdfOptions, journey = instantiateTemplate(meUno, options.locale, NOW)) {
  const plan = planPdf(journey, options);
  const path = await savePdf(await exportBlueprintPdf(journey, options));
  const { from, to } = plan.ranges.legend!;
  const pages = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return { path, plan, pages, text: pages.map((page) => pdfText(path, page)).join('\n') };
}

describe('the legend pages of the exported PDF', () => {
  it.each(CASES)(
    'print every heading and item whole ($locale, $pageSize $orientation, by $blueprintLayout)',
    async (sheet) => {
      const options: PdfOptions = { ...sheet, now: NOW };
      const { plan, text } = await exportedLegend(options);
      const printed = squash(text);
      expect(printed).toContain(squash(EVIDENCE[sheet.locale].heading));
      for (const item of legendItems(plan.model)) expect(printed).toContain(squash(item.text));
    },
  );

  it.each(CASES)(
    'print the evidence heading above the levels it explains ($locale, $pageSize $orientation, by $blueprintLayout)',
    async (sheet) => {
      const { path, pages } = await exportedLegend({ ...sheet, now: NOW });
      const { heading, firstLevel } = EVIDENCE[sheet.locale];
      const lastWord = heading.split(' ').at(-1)!;
      const page = pages.find((p) => pdfWords(path, p).some((w) => w.text === firstLevel))!;
      const words = pdfWords(path, page);
      const level = words.find((w) => w.text === firstLevel)!;
      const end = words.find((w) => w.text === lastWord);
      // The heading's last line is there, and what follows it starts below it rather than over it.
      expect(end, `"${lastWord}" on page ${page}`).toBeDefined();
      expect(end!.bottom).toBeLessThanOrEqual(level.top);
    },
  );

  it('prints a function name as long as the editor allows whole, on the narrowest page', async () => {
    const journey = instantiateTemplate(meUno, 'es', NOW);
    const words = Array.from({ length: 40 }, (_, i) => `función${i}`).join(' ');
    const label = words.slice(0, LIMITS.vocabularyLabel);
    journey.customFunctions = [{ id: 'long', label, icon: 'tag', color: '#abc', backstage: false }];
    journey.touchpoints[0] = { ...journey.touchpoints[0], functionId: 'long' };
    const options: PdfOptions = { pageSize: 'a4', orientation: 'portrait', locale: 'es', now: NOW };
    const { text } = await exportedLegend(options, journey);
    expect(squash(text)).toContain(squash(label));
  });
});

describe('a legend group that runs over into the next column', () => {
  /** "Me uno" with `count` personas of long names, each of which rated the first touchpoint: a tall curve key. */
  function withPersonas(count: number): ReturnType<typeof instantiateTemplate> {
    const journey = instantiateTemplate(meUno, 'en', NOW);
    const name = (i: number) => `Persona number ${i + 1} of a workshop with a rather long description as its name`;
    journey.personas = Array.from({ length: count }, (_, i) => ({
      id: i === 0 ? journey.personas[0].id : `p${i}`,
      name: name(i).slice(0, LIMITS.personaName),
      description: '',
    }));
    const ratings = Object.fromEntries(journey.personas.slice(1).map((p) => [p.id, 1 as const]));
    journey.touchpoints[0] = { ...journey.touchpoints[0], personaEmotions: ratings };
    return journey;
  }

  it('repeats its heading with “(cont.)” at the top of that column, so each line stays under “Emotion curve”', async () => {
    let continued: { journey: ReturnType<typeof withPersonas>; options: PdfOptions } | null = null;
    for (let count = 2; count <= LIMITS.personas; count++) {
      for (const [pageSize, orientation] of SHEETS) {
        const options: PdfOptions = { pageSize, orientation, locale: 'en', now: NOW };
        const journey = withPersonas(count);
        const legend = planPdf(journey, options).sheets.flatMap((s) => (s.kind === 'legend' ? [s.legend] : []));
        for (const page of legend) {
          const xs = [...new Set(page.items.map((placed) => placed.x))];
          for (const items of xs.map((x) => page.items.filter((placed) => placed.x === x))) {
            // Every column starts with a heading, and every curve line's nearest heading is the curve's.
            expect(items[0].item.kind).toBe('heading');
            let heading = '';
            for (const { item } of items) {
              if (item.kind === 'heading') heading = item.text;
              if (item.kind === 'series') expect(heading).toMatch(/^Emotion curve/);
            }
            if (items[0].item.text === 'Emotion curve (cont.)') continued ??= { journey, options };
          }
        }
      }
    }
    // Some sheet and count did break the curve's group: the check above had something to check.
    expect(continued).not.toBeNull();
    const { journey, options } = continued!;
    const { text } = await exportedLegend(options, journey);
    expect(squash(text)).toContain(squash('Emotion curve (cont.)'));
  });

  it('keeps a group of up to four items together, in the next column if need be', () => {
    for (let count = 2; count <= LIMITS.personas; count++) {
      for (const locale of ['en', 'es'] as const) {
        for (const [pageSize, orientation] of SHEETS) {
          const journey = withPersonas(count);
          const plan = planPdf(journey, { pageSize, orientation, locale, now: NOW });
          const items = legendItems(plan.model);
          const continued = plan.sheets
            .flatMap((s) => (s.kind === 'legend' ? s.legend.items : []))
            .filter((placed) => placed.item.kind === 'heading')
            .map((placed) => placed.item.text);
          items.forEach((item, i) => {
            if (item.kind !== 'heading') return;
            const next = items.findIndex((other, j) => j > i && other.kind === 'heading');
            const size = (next < 0 ? items.length : next) - i - 1;
            const where = `${item.text}, ${count} personas, ${locale} ${pageSize} ${orientation}`;
            if (size <= 4) expect(continued, where).not.toContain(`${item.text} (cont.)`);
          });
        }
      }
    }
  });

  it('fills the page’s width with columns: three on A4 landscape, two on A4 portrait', () => {
    const journey = withPersonas(LIMITS.personas);
    for (const [orientation, columns] of [
      ['landscape', 3],
      ['portrait', 2],
    ] as const) {
      const plan = planPdf(journey, { pageSize: 'a4', orientation, locale: 'en', now: NOW });
      const first = plan.sheets.find((s) => s.kind === 'legend')!;
      const items = first.kind === 'legend' ? first.legend.items : [];
      // `columns` of one width and the gaps between them span the page's content exactly.
      const { content, scale } = plan.frame;
      const widths = new Set(items.map((placed) => placed.width));
      expect(widths.size).toBe(1);
      const [width] = widths;
      expect(width * columns + LEGEND.columnGap * scale * (columns - 1), orientation).toBeCloseTo(content.width);
    }
  });
});
