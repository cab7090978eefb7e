import type { BlueprintLayoutKind } from '../../domain/blueprintLayers';
import type { Journey } from '../../domain/journey';
import type { Locale } from '../../domain/locale';
import type { KpiField } from '../../domain/fields';
import { planAppendix, type AppendixPagePlan } from './appendixPlan';
import { appendixTables } from './appendixTables';
import { pageFrame, type Orientation, type PageFrame, type PageSize } from './geometry';
import { planGrid, type GridPagePlan, type GridPlan } from './gridPlan';
import { planLegend, type LegendPagePlan } from './legendPlan';
import { coverText, type CoverText } from './coverPlan';
import { browserFallback, type FallbackText } from './fallback';
import { buildPdfModel, type PdfModel } from './model';
import { printedTexts } from './printedTexts';
import { chooseFont, Typesetter } from './text';

export interface PdfOptions {
  pageSize: PageSize;
  orientation: Orientation;
  /** Language of every label in the PDF. */
  locale: Locale;
  /** The export date printed on the cover; now by default. */
  now?: Date;
  /** The grid's rows: lanes by owning function (the default), or the layered service blueprint. */
  blueprintLayout?: BlueprintLayoutKind;
  /** Adds a page with a picture of the map as drawn on the canvas, after the blueprint grid. */
  mapImage?: boolean;
  /**
   * Draws what the PDF's fonts cannot; the browser's fonts by default (fallback.ts). The dialog's plan and
   * the export must share one, so their widths agree.
   */
  fallback?: FallbackText;
  /** The measure drawn over the emotion curve, as the user picked it on screen; none by default. */
  curveOverlay?: KpiField | null;
  /** The persona whose curve is drawn solid, as chosen on screen (the others dashed); the main one by default. */
  personaId?: string | null;
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
  /** How text is set: the font chosen for this journey, widths, wrapping. */
  type: Typesetter;
  /** The journey's name as printed (on one line), or the "untitled" label. */
  title: string;
  cover: CoverText;
  sheets: PlannedPage[];
}

function range(first: number, count: number): PageRange {
  return count === 0 ? null : { from: first, to: first + count - 1 };
}

/** Plans the PDF export of a journey: pure and synchronous, the same plan the export then draws. */
export function planPdf(journey: Journey, options: PdfOptions): PdfPlan {
  const model = buildPdfModel(journey, options.locale, {
    overlay: options.curveOverlay,
    layout: options.blueprintLayout,
    personaId: options.personaId,
  });
  const type = new Typesetter(chooseFont(printedTexts(model)), options.fallback ?? browserFallback());
  const frame = pageFrame(options.pageSize, options.orientation);
  const title = type.singleLine(journey.name) || model.strings.untitledJourney;
  const cover = coverText(model, type, frame, title);
  const grid = planGrid(model, type, frame);
  const legend = planLegend(model, frame, type);
  const appendix = planAppendix(appendixTables(model, type, grid, cover), frame, model.strings, type);
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
    type,
    title,
    cover,
    sheets,
  };
}
