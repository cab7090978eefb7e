/** Page and blueprint geometry of the PDF, in points (1/72 inch). */

export type PageSize = 'a4' | 'a3' | 'a2';
export type Orientation = 'landscape' | 'portrait';

/** ISO 216 sheets, portrait, in points. */
const SHEETS: Record<PageSize, [number, number]> = {
  a4: [595.28, 841.89],
  a3: [841.89, 1190.55],
  a2: [1190.55, 1683.78],
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageFrame {
  width: number;
  height: number;
  /** Area inside the margins and above the footer. */
  content: Box;
  /**
   * Scale of the cover, legend and appendix relative to A4 (1 on A4, about 1.4 on A3, 2 on A2), so they fill
   * larger sheets as they fill A4. The blueprint grid is not scaled: larger sheets show more of it instead.
   */
  scale: number;
}

export const MARGIN = 28;
export const FOOTER_HEIGHT = 18;

/** The page's size in points and its content area. */
export function pageFrame(size: PageSize, orientation: Orientation): PageFrame {
  const [short, long] = SHEETS[size];
  const [width, height] = orientation === 'landscape' ? [long, short] : [short, long];
  return {
    width,
    height,
    content: { x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: height - 2 * MARGIN - FOOTER_HEIGHT },
    scale: short / SHEETS.a4[0],
  };
}

/** Most title lines a card shows; a longer title ends in an ellipsis. */
export const TITLE_MAX_LINES = 3;

/** The blueprint grid at its base size, legible when printed (no text under 7 pt). */
const BASE_GRID = {
  /** 1 at the base size; multiply any other length drawn on a grid page by it. */
  unit: 1,
  /** Title line of every grid page: journey name, page label, marker key. */
  headerHeight: 30,
  headingSize: 11,
  smallSize: 7,
  laneHeaderWidth: 96,
  stageHeaderHeight: 40,
  minColumnWidth: 168,
  maxColumnWidth: 260,
  /** Space between a card and its column's edge; two of them make the gutter between cards. */
  cardInsetX: 10,
  /** Inside a card: the function band and space on the left, space on the right. */
  cardPadLeft: 8,
  cardPadRight: 6,
  /** A card's height without its title lines: channel and emotion lines, padding. */
  cardBaseHeight: 30,
  cardGap: 6,
  lanePadding: 6,
  curveHeight: 108,
  titleSize: 8,
  titleLeading: 9.2,
  metaSize: 7,
  /** A connection label's row in its source card. */
  linkLabelLeading: 8.6,
  stageNameSize: 8,
  stageNameLeading: 9.2,
  laneLabelSize: 8,
  laneLabelLeading: 9.6,
} as const;

/** Lengths and font sizes of the grid pages, all at one scale. */
export type GridMetrics = { readonly [K in keyof typeof BASE_GRID]: number };

/** The grid's metrics at a scale (1 = base size; larger on big sheets when the map is small). */
export function gridMetrics(scale: number): GridMetrics {
  const entries = Object.entries(BASE_GRID).map(([key, value]) => [key, value * scale]);
  return Object.fromEntries(entries) as GridMetrics;
}

/** The grid's metrics at base size. */
export const GRID = gridMetrics(1);

/** Height of a card with room for `titleLines` lines of title. */
export function cardHeight(m: GridMetrics, titleLines: number): number {
  return m.cardBaseHeight + titleLines * m.titleLeading;
}

/** Height of a lane segment showing `rows` rows of cards `card` points tall. */
export function laneSegmentHeight(m: GridMetrics, rows: number, card: number): number {
  return 2 * m.lanePadding + rows * card + Math.max(0, rows - 1) * m.cardGap;
}

/** How many rows of cards `card` points tall fit in a height (may be 0). */
export function rowsFitting(m: GridMetrics, height: number, card: number): number {
  return Math.max(0, Math.floor((height - 2 * m.lanePadding + m.cardGap) / (card + m.cardGap)));
}
