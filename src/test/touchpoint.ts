import { blankTouchpoint } from '../domain/blank';
import type { Touchpoint } from '../domain/journey';

/**
 * A touchpoint for tests: the given fields over neutral defaults (title = id, no channel,
 * function or emotion, no markers, empty texts, at the origin).
 */
export function aTouchpoint({
  id,
  stageId,
  ...fields
}: Pick<Touchpoint, 'id' | 'stageId'> & Partial<Touchpoint>): Touchpoint {
  return { ...blankTouchpoint({ id, title: id, stageId, position: { x: 0, y: 0 } }), ...fields };
}
