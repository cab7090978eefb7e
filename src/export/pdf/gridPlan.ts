import {
  GRID,
  TITLE_MAX_LINES,
  cardHeight,
  gridMetrics,
  laneSegmentHeight,
  rowsFitting,
  type Box,
  type GridMetrics,
  type PageFrame,
} from './geometry';
import { cardKpiText } from '../../domain/kpiCard';
import { VISIBILITY_LANE, type PdfCard, type PdfLane, type PdfModel, type PdfNote } from './model';
import type { Typesetter, TextStyle } from './text';

/** The part of one lane a grid page shows: rows [firstRow, firstRow + rows) of its cards. */
export interface LaneSegment {
  lane: number;
  firstRow: number;
  rows: number;
  y: number;
  height: number;
}

/** One page of the tiled blueprint: a run of whole stage columns and a vertical section of the lanes. */
export interface GridPagePlan {
  /** 1-based position among the grid pages, printed as "k/n". */
  k: number;
  n: number;
  firstStage: number;
  stageCount: number;
  /** 1-based vertical section among `sections`, when the lanes are taller than one page. */
  section: number;
  sections: number;
  segments: LaneSegment[];
  /** Where the emotion curve goes, on the last vertical section of each run of columns. */
  curve: Box | null;
}

export interface GridPlan {
  /** Sizes of everything on the grid pages. */
  m: GridMetrics;
  columnWidth: number;
  /** Title lines of the longest title, at most TITLE_MAX_LINES: the most any card shows. */
  titleLines: number;
  /** Title lines of each card (by touchpoint id): its connection labels follow them. */
  titleLinesOf: Map<string, number>;
  /** The most connection-label rows a card has (see `labelRows`). */
  labelRows: number;
  /** Each card's own connection-label rows, by touchpoint id (absent: none); its KPI line follows them. */
  labelRowsOf: Map<string, number>;
  /** The row of its source card each labelled connection's label is written in, by connection id. */
  labelRow: Map<string, number>;
  /**
   * Height of the cards of each lane (by lane index): room for the card of the lane whose title and labels
   * together need the most, so a lane without labels or long titles stays compact.
   */
  laneCardHeight: number[];
  /** The tallest lane's card height. */
  cardHeight: number;
  /** Height of the stage header row: room for the longest stage name, wrapped, never cut. */
  stageHeaderHeight: number;
  /** Left edge of the lane headers. */
  left: number;
  /** Top of the stage header row. */
  stageTop: number;
  /** Width of the page's content area, which the page header spans. */
  width: number;
  pages: GridPagePlan[];
}

/** Style of card titles. */
export function cardTitleStyle(m: GridMetrics): TextStyle {
  return { weight: 'bold', size: m.titleSize };
}

/** Width of the text inside the cards of a column. */
export function cardTextWidth(m: GridMetrics, columnWidth: number): number {
  return columnWidth - 2 * m.cardInsetX - m.cardPadLeft - m.cardPadRight;
}

/** Style of stage names in the header row. */
export function stageNameStyle(m: GridMetrics): TextStyle {
  return { weight: 'bold', size: m.stageNameSize };
}

/** Width of a stage name in its header: the column less the number disc and the margins. */
export function stageNameWidth(m: GridMetrics, columnWidth: number): number {
  return columnWidth - 4 * m.unit - 28 * m.unit;
}

/** Most text lines a layered grid's note shows; the appendix has every backstage and support text whole. */
export const NOTE_MAX_LINES = 6;

/** Style of a note's heading (its function). */
export function noteHeadingStyle(m: GridMetrics): TextStyle {
  return { weight: 'bold', size: m.metaSize };
}

/** Style of a note's text. */
export function noteTextStyle(m: GridMetrics): TextStyle {
  return { weight: 'normal', size: m.metaSize };
}

/** Space above and below a note's lines. */
export function notePad(m: GridMetrics): number {
  return 5 * m.unit;
}

/** Style of connection labels inside their source card. */
export function linkLabelStyle(m: GridMetrics): TextStyle {
  return { weight: 'normal', size: m.metaSize };
}

/**
 * Most connection labels a card writes: each labelled connection leaving a card gets a row of it, and its
 * line leaves the card at that row. A card with more labelled connections than this lists the rest in the
 * appendix only (every label is there: the hand-off table or the connection notes).
 */
export const LINK_LABEL_ROWS = 3;

/** The label row of each labelled connection in its source card, and how many rows each card needs. */
function labelRows(model: PdfModel): LabelRows {
  const labelRow = new Map<string, number>();
  const perCard = new Map<string, number>();
  for (const link of model.links) {
    if (link.from === link.to || link.connection.label.trim() === '') continue;
    const id = link.from.touchpoint.id;
    const row = perCard.get(id) ?? 0;
    if (row >= LINK_LABEL_ROWS) continue;
    labelRow.set(link.connection.id, row);
    perCard.set(id, row + 1);
  }
  return { rows: Math.max(0, ...perCard.values()), labelRow, perCard };
}

interface LabelRows {
  rows: number;
  labelRow: Map<string, number>;
  perCard: Map<string, number>;
}

interface SectionDraft {
  segments: Omit<LaneSegment, 'y' | 'height'>[];
  curve: boolean;
}

/**
 * Cuts the lanes (then the curve) into vertical sections that fit `available` points: a lane moves whole to
 * the next section when it fits there; a lane taller than a whole section is split between rows of cards.
 */
function sectionLanes(
  m: GridMetrics,
  lanes: readonly PdfLane[],
  available: number,
  cardOf: (lane: number) => number,
): SectionDraft[] {
  const sections: SectionDraft[] = [];
  let current: SectionDraft = { segments: [], curve: false };
  let used = 0;
  const isEmpty = () => current.segments.length === 0 && !current.curve;
  const flush = () => {
    sections.push(current);
    current = { segments: [], curve: false };
    used = 0;
  };
  lanes.forEach((lane, index) => {
    const card = cardOf(index);
    let row = 0;
    while (row < lane.rows) {
      const rest = lane.rows - row;
      const fit = rowsFitting(m, available - used, card);
      if (fit >= rest) {
        current.segments.push({ lane: index, firstRow: row, rows: rest });
        used += laneSegmentHeight(m, rest, card);
        row += rest;
      } else if (!isEmpty() && (laneSegmentHeight(m, rest, card) <= available || fit === 0)) {
        flush();
      } else {
        // Taller than a whole section: fill this one (at least one row, or nothing would ever move on).
        const rows = Math.max(1, fit);
        current.segments.push({ lane: index, firstRow: row, rows });
        row += rows;
        flush();
      }
    }
  });
  if (!isEmpty() && used + m.curveHeight > available) flush();
  current.curve = true;
  flush();
  rebalance(m, sections, lanes, available, cardOf);
  return sections;
}

/**
 * When the curve spilled alone onto the last section, moves whole lanes from the end of the section before
 * onto it while that evens the two out, so the curve is not left on a page of its own.
 */
function rebalance(
  m: GridMetrics,
  sections: SectionDraft[],
  lanes: readonly PdfLane[],
  available: number,
  cardOf: (lane: number) => number,
) {
  const last = sections[sections.length - 1];
  const before = sections[sections.length - 2];
  if (!before || last.segments.length > 0) return;
  const height = (s: SectionDraft) =>
    s.segments.reduce((sum, seg) => sum + laneSegmentHeight(m, seg.rows, cardOf(seg.lane)), 0) +
    (s.curve ? m.curveHeight : 0);
  while (before.segments.length > 1) {
    const moving = before.segments[before.segments.length - 1];
    const whole = moving.firstRow === 0 && moving.rows === lanes[moving.lane].rows;
    const h = laneSegmentHeight(m, moving.rows, cardOf(moving.lane));
    if (!whole || height(last) + h > available || height(last) + h > height(before) - h) return;
    last.segments.unshift(before.segments.pop()!);
  }
}

/** Runs of stage columns, as even as possible, each no wider than the page allows. */
function stageRuns(stageCount: number, perPage: number): { first: number; count: number }[] {
  if (stageCount === 0) return [];
  const runs = Math.ceil(stageCount / perPage);
  const size = Math.ceil(stageCount / runs);
  const out: { first: number; count: number }[] = [];
  for (let first = 0; first < stageCount; first += size) out.push({ first, count: Math.min(size, stageCount - first) });
  return out;
}

/** How many stage columns a page holds at these metrics. */
function columnsPerPage(m: GridMetrics, frame: PageFrame): number {
  return Math.max(1, Math.floor((frame.content.width - m.laneHeaderWidth) / m.minColumnWidth));
}

/** What the grid's layout depends on besides its metrics. */
interface GridInput {
  lanes: readonly PdfLane[];
  stageCount: number;
  /** Each card's touchpoint id, grid lane index, title and whether it has a KPI line, in the model's card order. */
  cards: readonly { id: string; lane: number; title: string; kpis: boolean }[];
  /** The layered grid's notes (none for the function lanes). */
  notes: readonly PdfNote[];
  /** Index of the line of visibility's band among `lanes`, or -1. */
  visibilityLane: number;
  stageNames: readonly string[];
  labels: LabelRows;
  type: Typesetter;
}

function planGridAt(m: GridMetrics, input: GridInput, frame: PageFrame): GridPlan {
  const { lanes, stageCount, cards, notes, visibilityLane, stageNames, labels, type } = input;
  const { content } = frame;
  const availableWidth = content.width - m.laneHeaderWidth;
  const runs = stageRuns(stageCount, columnsPerPage(m, frame));
  const widest = Math.max(1, ...runs.map((r) => r.count));
  const columnWidth = Math.max(m.minColumnWidth, Math.min(m.maxColumnWidth, availableWidth / widest));
  const titleStyle = cardTitleStyle(m);
  const textWidth = cardTextWidth(m, columnWidth);
  const titleLinesOf = new Map(
    cards.map((c) => [c.id, Math.max(1, type.wrap(c.title, titleStyle, textWidth, TITLE_MAX_LINES).length)]),
  );
  const titleLines = Math.max(1, ...titleLinesOf.values());
  // A card's labels (then its KPI line) follow its own title, so a short title leaves room for them: in each
  // lane the tallest card decides.
  const laneCardHeight = lanes.map(() => cardHeight(m, 1));
  for (const c of cards) {
    const rows = (labels.perCard.get(c.id) ?? 0) + (c.kpis ? 1 : 0);
    const text = titleLinesOf.get(c.id)! * m.titleLeading + rows * m.linkLabelLeading;
    laneCardHeight[c.lane] = Math.max(laneCardHeight[c.lane], cardHeight(m, 0) + text);
  }
  // Rows without cards (the layers' notes) start from one line, not from a card's height, and grow to
  // their longest note, up to NOTE_MAX_LINES lines of text.
  for (let lane = 0; lane < lanes.length; lane++) {
    if (!cards.some((c) => c.lane === lane)) laneCardHeight[lane] = 2 * notePad(m) + m.linkLabelLeading;
  }
  for (const { note, gridLane } of notes) {
    const lines = note.text ? type.wrap(note.text, noteTextStyle(m), textWidth, NOTE_MAX_LINES).length : 0;
    const text = (note.heading ? m.linkLabelLeading : 0) + lines * m.linkLabelLeading;
    laneCardHeight[gridLane] = Math.max(laneCardHeight[gridLane], 2 * notePad(m) + text);
  }
  if (visibilityLane >= 0) laneCardHeight[visibilityLane] = 10 * m.unit;
  const cardOf = (lane: number) => laneCardHeight[lane];
  const nameWidth = stageNameWidth(m, columnWidth);
  const nameLines = Math.max(1, ...stageNames.map((n) => type.wrap(n, stageNameStyle(m), nameWidth).length));
  const stageHeaderHeight = Math.max(m.stageHeaderHeight, nameLines * m.stageNameLeading + 12 * m.unit);
  const stageTop = content.y + m.headerHeight;
  const lanesTop = stageTop + stageHeaderHeight;
  const sections = sectionLanes(m, lanes, content.y + content.height - lanesTop, cardOf);

  const pages: GridPagePlan[] = [];
  for (const run of runs) {
    sections.forEach((draft, s) => {
      let y = lanesTop;
      const segments = draft.segments.map((segment) => {
        const height = laneSegmentHeight(m, segment.rows, cardOf(segment.lane));
        const placed = { ...segment, y, height };
        y += height;
        return placed;
      });
      const width = m.laneHeaderWidth + run.count * columnWidth;
      const curve = draft.curve ? { x: content.x, y, width, height: m.curveHeight } : null;
      pages.push({
        k: pages.length + 1,
        n: runs.length * sections.length,
        firstStage: run.first,
        stageCount: run.count,
        section: s + 1,
        sections: sections.length,
        segments,
        curve,
      });
    });
  }
  return {
    m,
    columnWidth,
    titleLines,
    titleLinesOf,
    labelRows: labels.rows,
    labelRowsOf: labels.perCard,
    labelRow: labels.labelRow,
    laneCardHeight,
    cardHeight: Math.max(cardHeight(m, 1), ...laneCardHeight),
    stageHeaderHeight,
    left: content.x,
    stageTop,
    width: content.width,
    pages,
  };
}

/**
 * Tiles the blueprint over pages: whole stage columns side by side (as many as fit at a legible width), lanes
 * top to bottom, stage and lane headers repeated on every page. Pages go run by run of columns, each from
 * top to bottom. On sheets larger than A4 the grid grows with the sheet as long as that takes no more pages,
 * so a small map fills a large sheet and a wide one uses the room for more columns. A journey with no stages
 * has no grid pages.
 */
export function planGrid(model: PdfModel, type: Typesetter, frame: PageFrame): GridPlan {
  const { strings: s } = model;
  const input: GridInput = {
    lanes: model.gridLanes,
    stageCount: model.stages.length,
    notes: model.notes,
    visibilityLane: model.gridLanes.findIndex((lane) => lane.id === VISIBILITY_LANE),
    cards: model.cards.map((c) => ({
      id: c.touchpoint.id,
      lane: c.gridLane,
      title: c.touchpoint.title.trim() || s.untitledTouchpoint,
      kpis: cardKpiText(c.touchpoint, model.locale) !== '',
    })),
    stageNames: model.stages.map((stage, i) => stage.name.trim() || s.stageNumbered(i + 1)),
    labels: labelRows(model),
    type,
  };
  const stageCount = input.stageCount;
  const base = planGridAt(gridMetrics(1), input, frame);
  const baseRuns = stageRuns(stageCount, columnsPerPage(GRID, frame)).length;
  for (let scale = Math.floor(frame.scale * 20) / 20; scale > 1; scale = Math.round((scale - 0.05) * 100) / 100) {
    const m = gridMetrics(scale);
    // More runs of columns means more pages: skip without laying the grid out (wide maps, large sheets).
    if (stageRuns(stageCount, columnsPerPage(m, frame)).length > baseRuns) continue;
    const larger = planGridAt(m, input, frame);
    if (larger.pages.length <= base.pages.length) return larger;
  }
  return base;
}

/** Left edge of a stage's column on a grid page. */
export function columnX(grid: GridPlan, page: GridPagePlan, stage: number): number {
  return grid.left + grid.m.laneHeaderWidth + (stage - page.firstStage) * grid.columnWidth;
}

/** Where a card or note is drawn on a grid page, or null when the page does not show it. */
export function cardBox(
  grid: GridPlan,
  page: GridPagePlan,
  card: Pick<PdfCard, 'gridLane' | 'stage' | 'row'>,
): Box | null {
  if (card.stage < page.firstStage || card.stage >= page.firstStage + page.stageCount) return null;
  const segment = page.segments.find(
    (s) => s.lane === card.gridLane && card.row >= s.firstRow && card.row < s.firstRow + s.rows,
  );
  if (!segment) return null;
  const { m } = grid;
  const height = grid.laneCardHeight[card.gridLane];
  return {
    x: columnX(grid, page, card.stage) + m.cardInsetX,
    y: segment.y + m.lanePadding + (card.row - segment.firstRow) * (height + m.cardGap),
    width: grid.columnWidth - 2 * m.cardInsetX,
    height,
  };
}

/** The grid page that shows a card. */
export function pageOfCard(grid: GridPlan, card: PdfCard): GridPagePlan | undefined {
  return grid.pages.find((page) => cardBox(grid, page, card) !== null);
}
