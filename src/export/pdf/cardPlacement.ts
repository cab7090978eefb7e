import { blueprintStageIndex } from '../../domain/blueprintLayers';
import type { Journey, Touchpoint } from '../../domain/journey';
import type { PdfCard } from './model';

/**
 * Every touchpoint in its grid cell by owning function: its lane (index of its function in `laneIds`, else
 * of the null lane), its stage column (as on the canvas blueprint: its stage, else the one under it) and its
 * row in the cell, top to bottom then left to right. Touchpoints with no lane or column are left out.
 */
export function placeCards(journey: Journey, laneIds: readonly (string | null)[]): PdfCard[] {
  const laneOf = (t: Touchpoint) => {
    const own = laneIds.indexOf(t.functionId);
    return own >= 0 ? own : laneIds.indexOf(null);
  };
  const cells = new Map<string, Touchpoint[]>();
  const cards: PdfCard[] = [];
  for (const t of journey.touchpoints) {
    const lane = laneOf(t);
    const stage = blueprintStageIndex(journey.stages, t);
    if (lane < 0 || stage < 0) continue;
    const key = `${lane}:${stage}`;
    cells.set(key, [...(cells.get(key) ?? []), t]);
    cards.push({ touchpoint: t, lane, gridLane: lane, stage, row: 0 });
  }
  for (const cell of cells.values()) {
    cell.sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  }
  for (const card of cards) {
    card.row = cells.get(`${card.lane}:${card.stage}`)!.indexOf(card.touchpoint);
  }
  return cards;
}
