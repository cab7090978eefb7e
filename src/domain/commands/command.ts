import type { Journey } from '../journey';

/**
 * A pure change to a journey, written as a mutation of an immer draft. Toolbar, shortcuts, menus and the
 * inspector all run the same command; the store records it in the one undo history.
 */
export interface JourneyCommand<P> {
  id: string;
  /**
   * Consecutive runs with the same key, close in time, merge into one undo step (one drag, typing into
   * one field). Without a key every run is its own step.
   */
  mergeKey?: (payload: P) => string | undefined;
  apply: (draft: Journey, payload: P) => void;
}

/** Declares a command; a helper so payload types are inferred at the call site. */
export function defineCommand<P>(command: JourneyCommand<P>): JourneyCommand<P> {
  return command;
}
