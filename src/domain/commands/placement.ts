import type { Touchpoint } from '../journey';
import { ROW_GAP, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../layout';
import { estimatedCardSize } from '../look/cardSize';

/**
 * Where cards moved into a stage go so they cover none of its cards, for commands that cannot measure the
 * cards: heights are the layout's row, or more for a long title or a KPI line (estimatedCardSize), in
 * canvas units.
 */

/** A card's height as a command can know it (canvas units). */
export function cardHeight(t: Touchpoint): number {
  return Math.max(TOUCHPOINT_HEIGHT, estimatedCardSize(t).height);
}

/** Whether two cards' rectangles meet (ROW_GAP apart counts as clear). */
function overlap(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a.position.x < b.position.x + TOUCHPOINT_WIDTH &&
    b.position.x < a.position.x + TOUCHPOINT_WIDTH &&
    a.position.y < b.position.y + cardHeight(b) &&
    b.position.y < a.position.y + cardHeight(a)
  );
}

/**
 * Moves `moved` (Immer drafts) down, keeping their spacing, so the first sits a ROW_GAP under the lowest of
 * `staying`. Nothing moves when `staying` is empty or already lies above them.
 */
export function moveBelow(moved: Touchpoint[], staying: readonly Touchpoint[]): void {
  if (moved.length === 0 || staying.length === 0) return;
  const below = Math.max(...staying.map((t) => t.position.y + cardHeight(t) + ROW_GAP));
  const dy = Math.max(0, below - Math.min(...moved.map((t) => t.position.y)));
  for (const t of moved) t.position.y += dy;
}

/**
 * Moves cards (Immer drafts) that arrived in a column down until none covers another or one of `staying`
 * (the column's cards, left where they are): top to bottom, each a ROW_GAP under the card it would cover.
 */
export function separate(cards: Touchpoint[], staying: readonly Touchpoint[] = []): void {
  const placed: Touchpoint[] = [...staying];
  for (const card of [...cards].sort((a, b) => a.position.y - b.position.y)) {
    for (let hit = placed.find((p) => overlap(p, card)); hit; hit = placed.find((p) => overlap(p, card))) {
      card.position.y = hit.position.y + cardHeight(hit) + ROW_GAP;
    }
    placed.push(card);
  }
}
