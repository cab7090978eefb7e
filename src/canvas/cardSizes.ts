import type { Dimensions } from '../domain/look/cardSize';

/** A measured size per touchpoint id, in canvas units. */
export type SizeMap = ReadonlyMap<string, Dimensions>;

const NO_SIZES: SizeMap = new Map();

/**
 * The cards' sizes as React Flow measured them, one store per canvas, outside React state. React Flow keeps
 * each measurement in its own node, so on the free canvas a measurement needs no render of ours: opening a
 * map measures every drawn card, and rendering the canvas again for that made React Flow go over every node
 * once more. Nodes built later (a card moved or selected) read the latest size here, so React Flow need not
 * measure them again. The blueprint lays its rows out by the cards' heights: it subscribes (see
 * `useLayoutSizes`) and renders again for each new measurement.
 */
export class CardSizes {
  private current: SizeMap = NO_SIZES;
  private readonly listeners = new Set<() => void>();

  /** The latest measured size of every card measured so far (a new map after each change). */
  get sizes(): SizeMap {
    return this.current;
  }

  /**
   * Records React Flow's measurements (`dimensions` changes of cards), ignoring sizes it already had, and
   * tells the subscribers when any size changed.
   */
  record(measurements: readonly { id: string; dimensions: Dimensions }[]): void {
    let next: Map<string, Dimensions> | undefined;
    for (const { id, dimensions } of measurements) {
      const known = (next ?? this.current).get(id);
      if (known?.width === dimensions.width && known.height === dimensions.height) continue;
      next ??= new Map(this.current);
      next.set(id, dimensions);
    }
    if (!next) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The size map for laying cards out: the live one when `live` (the blueprint), else an empty constant. */
export function layoutSizesOf(store: CardSizes, live: boolean): SizeMap {
  return live ? store.sizes : NO_SIZES;
}
