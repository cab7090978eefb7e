import type { Touchpoint } from '../domain/journey';
import { estimatedSize } from './toFlow';

/**
 * Whether the free canvas's nodes and edges come out the same for two versions of a touchpoint: the same
 * id, place, owning function (hand-off edges) and estimated card size (the size an unmeasured card is laid
 * out by, from its title's length and KPI line). Everything else a card shows it reads itself.
 */
function flowAlike(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.position.x === b.position.x &&
      a.position.y === b.position.y &&
      a.functionId === b.functionId &&
      estimatedSize(a).height === estimatedSize(b).height)
  );
}

/**
 * A cache for one canvas: `of(touchpoints)` returns the array it returned last time while every touchpoint
 * is flow-alike to the one at its place, so typing a title, a note or a KPI does not render the canvas
 * (nor React Flow under it) again: only the edited card, which reads its touchpoint itself. The array it
 * returns may hold older versions of touchpoints; use it for the free canvas's layout only (the blueprint
 * reads fields this comparison ignores).
 */
export function flowTouchpointsCache() {
  let last: Touchpoint[] | null = null;
  // The live array last compared: the store calls this on every change (the save state too), and the
  // answer for the same array is the same, without going over thousands of touchpoints again.
  let seen: Touchpoint[] | null = null;
  return {
    of(touchpoints: Touchpoint[]): Touchpoint[] {
      if (touchpoints === seen || touchpoints === last) return last!;
      seen = touchpoints;
      if (last && last.length === touchpoints.length && touchpoints.every((tp, i) => flowAlike(last![i], tp)))
        return last;
      last = touchpoints;
      return touchpoints;
    },
  };
}
