import type { GridMetrics } from './geometry';
import type { TextStyle } from './text';

/**
 * The type and text widths of the blueprint grid's pages at a set of metrics: what the plan measures and
 * the drawing writes with, so both wrap the same lines.
 */

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
