import type { Journey } from '../../domain/journey';
import type { Locale } from '../../domain/locale';
import { planAppendix, type AppendixPagePlan } from './appendixPlan';
import { appendixTables } from './appendixTables';
import { pageFrame, type Orientation, type PageFrame, type PageSize } from './geometry';
import { planGrid, type GridPagePlan, type GridPlan } from './gridPlan';
import { planLegend, type LegendPagePlan } from './legendPlan';
import { buildPdfModel, type PdfModel } from './model';

export interface PdfOptions {
  pageSize: PageSize;
  orientation: Orientation;
  /** Language of every label in the PDF. */
  locale: Locale;
  /** The export date printed on the cover; now by default. */
  now?: Date;
  /** Adds a page with a picture of the map as drawn on the canvas, after the blueprint grid. */
  mapImage?: boolean;
}

export type PlannedPage =
  | { kind: 'cover' }
  | { kind: 'grid'; grid: GridPagePlan }
  | { kind: 'image' }
  | { kind: 'legend'; legend: LegendPagePlan }
  | { kind: 'appendix'; appendix: AppendixPagePlan };

/** First and last page numbers (1-based) of a part of the document; null when the part has no pages. */
export type PageRange = { from: number; to: number } | null;

/** Every page of the PDF, laid out before anything is drawn: the export dialog shows `pages`. */
export interface PdfPlan {
  pages: number;
  /** Pages per part: cover, tiled blueprint (with the emotion curve), legend, appendix tables. */
  parts: { cover: number; grid: number; image: number; legend: number; appendix: number };
  ranges: { grid: PageRange; legend: PageRange; appendix: PageRange };
  frame: PageFrame;
  grid: GridPlan;
  model: PdfModel;
  sheets: PlannedPage[];
}

function range(first: number, count: number): PageRange {
  return count === 0 ? null : { from: first, to: first + count - 1 };
}

/** Plans the PDF export of a journey: pure and synchronous, the same plan the export then draws. */
export function planPdf(journey: Journey, options: PdfOptions): PdfPlan {
  const model = buildPdfModel(journey, options.locale);
  const frame = pageFrame(options.pageSize, options.orientation);
  const titles = model.cards.map((c) => c.touchpoint.title.trim() || model.strings.untitledTouchpoint);
  const grid = planGrid(model.lanes, model.stages.length, titles, frame);
  const legend = planLegend(model, frame);
  const appendix = planAppendix(appendixTables(model), frame, model.strings);
  const sheets: PlannedPage[] = [
    { kind: 'cover' },
    ...grid.pages.map((page) => ({ kind: 'grid' as const, grid: page })),
    ...(options.mapImage ? [{ kind: 'image' as const }] : []),
    ...legend.map((page) => ({ kind: 'legend' as const, legend: page })),
    ...appendix.map((page) => ({ kind: 'appendix' as const, appendix: page })),
  ];
  const afterGrid = 2 + grid.pages.length + (options.mapImage ? 1 : 0);
  return {
    pages: sheets.length,
    parts: {
      cover: 1,
      grid: grid.pages.length,
      image: options.mapImage ? 1 : 0,
      legend: legend.length,
      appendix: appendix.length,
    },
    ranges: {
      grid: range(2, grid.pages.length),
      legend: range(afterGrid, legend.length),
      appendix: range(afterGrid + legend.length, appendix.length),
    },
    frame,
    grid,
    model,
    sheets,
  };
}
