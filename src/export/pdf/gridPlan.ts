import {
  GRID,
  TITLE_MAX_LINES,
  cardHeight,
  gridMetrics,
  laneSegmentHeight,
  type Box,
  type GridMetrics,
  type PageFrame,
} from './geometry';
import { cardKpiText } from '../../domain/kpiCard';
import { columnsPerPage, sectionLanes, stageRuns, type LaneSegment } from './gridSections';
import {
  NOTE_MAX_LINES,
  cardTextWidth,
  cardTitleStyle,
  notePad,
  noteTextStyle,
  stageNameStyle,
  stageNameWidth,
} from './gridStyles';
import { labelRows, type LabelRows } from './linkLabelRows';
import { VISIBILITY_LANE } from './layerGrid';
import type { PdfCard, PdfLane, PdfModel, PdfNote } from './model';
import type { Typesetter } from './text';

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
