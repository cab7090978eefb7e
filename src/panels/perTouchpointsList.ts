import type { Journey, Persona, Touchpoint } from '../domain/journey';

/**
 * Wraps `answer(journey, ...args)` for an editor store selector, which runs on every store change (a
 * selection, a save, a remote cursor): the answer is kept per touchpoints list and worked out again only
 * when that list, the personas or one of `args` (compared with ===) is another. The journey's lists are
 * replaced, never changed in place, so a kept answer is never stale. A null journey answers `none`.
 */
export function perTouchpointsList<A extends unknown[], R>(
  answer: (journey: Journey, ...args: A) => R,
  none: R,
): (journey: Journey | null, ...args: A) => R {
  const kept = new WeakMap<readonly Touchpoint[], { personas: readonly Persona[]; args: A; value: R }>();
  return (journey, ...args) => {
    if (journey === null) return none;
    const last = kept.get(journey.touchpoints);
    if (last && last.personas === journey.personas && last.args.every((arg, i) => arg === args[i])) {
      return last.value;
    }
    const value = answer(journey, ...args);
    kept.set(journey.touchpoints, { personas: journey.personas, args, value });
    return value;
  };
}
