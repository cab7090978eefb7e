import type { Touchpoint } from '../domain/journey';
import { alikeListCache } from '../domain/alikeList';
import { estimatedCardSize } from '../domain/look/cardSize';

/**
 * Whether the free canvas's nodes and edges come out the same for two versions of a touchpoint: the same
 * id, place, owning function (hand-off edges) and estimated card size (the size an unmeasured card is laid
 * out by, from its title's length and KPI line). Everything else a card shows it reads itself.
 */
function flowAlike(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a.id === b.id &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.functionId === b.functionId &&
    estimatedCardSize(a).height === estimatedCardSize(b).height
  );
}

/**
 * A cache for one canvas: `of(touchpoints)` (see alikeListCache) keeps its array while every touchpoint is
 * flow-alike, so typing a title, a note or a KPI does not render the canvas (nor React Flow under it) again:
 * only the edited card, which reads its touchpoint itself. Use what it returns for the free canvas's layout
 * only (the blueprint reads fields this comparison ignores).
 */
export function flowTouchpointsCache() {
  return alikeListCache(flowAlike);
}
