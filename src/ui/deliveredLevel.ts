import type { Emotion } from '../domain/journey';

/** Catalog key of each delivered score (keys cannot start with a minus sign). */
const DELIVERED_KEYS: Record<Emotion, string> = { [-2]: 'm2', [-1]: 'm1', 0: 'z', 1: 'p1', 2: 'p2' };

/**
 * The catalog key of a delivered-experience score's words ("+1 · Good"), one for the inspector and the
 * presentation alike.
 */
export function deliveredLevelKey(score: Emotion): string {
  return `panels.measures.deliveredLevels.${DELIVERED_KEYS[score]}`;
}
