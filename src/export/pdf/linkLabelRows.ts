import type { PdfModel } from './model';

/**
 * Which row of its source card each connection label is written in. A card lists its labelled outgoing
 * connections under its title, one row each, and the line leaves the card at that row.
 */

/**
 * Most connection labels a card writes: each labelled connection leaving a card gets a row of it, and its
 * line leaves the card at that row. A card with more labelled connections than this lists the rest in the
 * appendix only (every label is there: the hand-off table or the connection notes).
 */
export const LINK_LABEL_ROWS = 3;

/** The label row of each labelled connection in its source card, and how many rows each card needs. */
export function labelRows(model: Pick<PdfModel, 'links'>): LabelRows {
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

/** Connection labels' rows: the most any card has, each label's row, and each card's count by touchpoint id. */
export interface LabelRows {
  rows: number;
  labelRow: Map<string, number>;
  perCard: Map<string, number>;
}
