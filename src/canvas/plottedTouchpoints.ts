import { alikeListCache } from '../domain/alikeList';
import type { Touchpoint } from '../domain/journey';

/** Whether two personas-to-emotion records hold the same scores (the document may rebuild the object). */
function sameEmotions(a: Touchpoint['personaEmotions'], b: Touchpoint['personaEmotions']): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Whether the curve draws two versions of a touchpoint alike: where, in what order, and which marks. */
function plottedAlike(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a.id === b.id &&
    a.stageId === b.stageId &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.emotion === b.emotion &&
    a.delivered === b.delivered &&
    sameEmotions(a.personaEmotions, b.personaEmotions) &&
    a.momentOfTruth === b.momentOfTruth &&
    a.painPoint === b.painPoint
  );
}

/**
 * A cache for one curve: `of(touchpoints)` (see alikeListCache) keeps its array while nothing the curve plots
 * has changed (typing a title, a note or a KPI changes the touchpoints but not the curve's points), so the
 * curve is not sorted and rebuilt on every keystroke. Each point reads its title itself.
 */
export function plottedTouchpointsCache() {
  return alikeListCache(plottedAlike);
}
