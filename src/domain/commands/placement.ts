import type { Position, Touchpoint } from '../journey';
import { ROW_GAP, TOUCHPOINT_WIDTH } from '../layout';
import { modelCardHeight } from '../look/cardSize';

/**
 * Where cards moved into a stage go so they cover none of its cards, for commands that cannot measure the
 * cards: heights are the layout's row, or more for a long title or a KPI line (estimatedCardSize), in
 * canvas units.
 */

/** A card's height as a command can know it (canvas units): see modelCardHeight. */
export const cardHeight: (t: Touchpoint) => number = modelCardHeight;

/** A card's place and height, in canvas units: a card placed or about to be. */
interface Slot {
  position: Position;
  height: number;
}

/** Whether a slot meets a card's rectangle (ROW_GAP apart counts as clear). */
function covers(slot: Slot, card: Touchpoint): boolean {
  return (
    slot.position.x < card.position.x + TOUCHPOINT_WIDTH &&
    card.position.x < slot.position.x + TOUCHPOINT_WIDTH &&
    slot.position.y < card.position.y + cardHeight(card) &&
    card.position.y < slot.position.y + slot.height
  );
}

/**
 * The first height, at or below `slot`'s, where it covers none of `cards`: each time it would cover one, `gap`
 * under that card (canvas units). The one rule for cards that land among others: moved or new.
 */
export function clearY(slot: Slot, cards: readonly Touchpoint[], gap: number = ROW_GAP): number {
  let at = slot;
  for (let hit = cards.find((c) => covers(at, c)); hit; hit = cards.find((c) => covers(at, c))) {
    at = { ...at, position: { x: at.position.x, y: hit.position.y + cardHeight(hit) + gap } };
  }
  return at.position.y;
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
    card.position.y = clearY({ position: card.position, height: cardHeight(card) }, placed);
    placed.push(card);
  }
}
