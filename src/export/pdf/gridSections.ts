import { laneSegmentHeight, rowsFitting, type GridMetrics, type PageFrame } from './geometry';
import type { PdfLane } from './model';

/**
 * How the blueprint grid is cut into pages: runs of whole stage columns across, and vertical sections of
 * the lanes (then the emotion curve) down, each fitting one page.
 */

/** The part of one lane a grid page shows: rows [firstRow, firstRow + rows) of its cards. */
export interface LaneSegment {
  lane: number;
  firstRow: number;
  rows: number;
  y: number;
  height: number;
}

/** A vertical section of the grid before it is placed on the page: its lane segments, and the curve or not. */
export interface SectionDraft {
  segments: Omit<LaneSegment, 'y' | 'height'>[];
  curve: boolean;
}

/**
 * Cuts the lanes (then the curve) into vertical sections that fit `available` points: a lane moves whole to
 * the next section when it fits there; a lane taller than a whole section is split between rows of cards.
 */
export function sectionLanes(
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
export function stageRuns(stageCount: number, perPage: number): { first: number; count: number }[] {
  if (stageCount === 0) return [];
  const runs = Math.ceil(stageCount / perPage);
  const size = Math.ceil(stageCount / runs);
  const out: { first: number; count: number }[] = [];
  for (let first = 0; first < stageCount; first += size) out.push({ first, count: Math.min(size, stageCount - first) });
  return out;
}

/** How many stage columns a page holds at these metrics. */
export function columnsPerPage(m: GridMetrics, frame: PageFrame): number {
  return Math.max(1, Math.floor((frame.content.width - m.laneHeaderWidth) / m.minColumnWidth));
}
