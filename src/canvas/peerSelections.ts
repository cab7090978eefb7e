import { createContext, useContext, useSyncExternalStore } from 'react';

/** Someone else who has a card selected: their name and colour. */
export interface PeerMark {
  name: string;
  color: string;
}

/** Cards selected by other people, by touchpoint id. */
export type PeerSelections = ReadonlyMap<string, readonly PeerMark[]>;

/**
 * Who else has which card selected, as a tiny external store: a card subscribes to its own entry, so when
 * one person selects another card only the cards whose marks changed redraw, not the whole canvas.
 */
export class PeerSelectionStore {
  private current: PeerSelections = new Map();
  private readonly listeners = new Set<() => void>();

  set(next: PeerSelections): void {
    this.current = next;
    for (const listener of this.listeners) listener();
  }

  get(id: string): readonly PeerMark[] | undefined {
    return this.current.get(id);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const PeerSelectionContext = createContext<PeerSelectionStore | null>(null);

/** The other people who have this card selected (undefined when nobody has). */
export function usePeerMarks(touchpointId: string): readonly PeerMark[] | undefined {
  const store = useContext(PeerSelectionContext);
  return useSyncExternalStore(
    store?.subscribe ?? noSubscribe,
    () => store?.get(touchpointId),
    () => undefined,
  );
}

const noSubscribe = () => () => {};
