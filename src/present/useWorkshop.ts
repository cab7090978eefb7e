import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PresentStep } from '../domain/contributions';
import { useSync } from '../sync/context';
import type { Workshop, WorkshopState } from '../sync/workshop';

/** Loaded with the first shared presentation: a local journey's presentation never pays for it. */
const workshopModule = () => import('../sync/workshop');

const IDLE = createStore<WorkshopState>()(() => ({
  status: 'connecting',
  refusal: null,
  items: [],
  accepted: new Map(),
}));

/**
 * The room's contributions while a shared journey (edit link) is presented: connects on mount, follows a
 * change of keys, and tells the phones the presentation ended on unmount. Null for a local or read-only
 * journey. `step` is written to the room whenever it changes.
 */
export function useWorkshop(step: PresentStep | null): { workshop: Workshop | null; state: WorkshopState } {
  const share = useSync((s) => s.share);
  const server = share?.server;
  const room = share?.room;
  const editKey = share?.capability === 'edit' ? share.keys.edit : undefined;
  const [workshop, setWorkshop] = useState<Workshop | null>(null);
  // The step the presentation opened on: a key pressed before the connection exists is a move already.
  const [opening] = useState(step);

  useEffect(() => {
    if (!server || !room || !editKey) return;
    let live = true;
    let opened: Workshop | null = null;
    void workshopModule().then(({ openWorkshop }) => {
      if (!live) return;
      opened = openWorkshop({ journeyId: '', server, room, capability: 'edit', keys: { edit: editKey } }, opening);
      setWorkshop(opened);
    });
    return () => {
      live = false;
      opened?.present(null);
      opened?.destroy();
      setWorkshop(null);
    };
  }, [server, room, editKey, opening]);

  const key = step ? JSON.stringify(step) : '';
  useEffect(() => {
    if (workshop && key) workshop.present(JSON.parse(key) as PresentStep);
  }, [workshop, key]);

  const state = useStore(workshop?.store ?? IDLE);
  return { workshop, state };
}
