import { useEffect } from 'react';
import { useSyncService } from './context';

/**
 * Shows this browser among the people in the open shared journey while the calling page is mounted (the
 * editor, and the presentation under it), and as no one once it is left for the library: the journey stays
 * open and syncing there, but "here" means having it on screen.
 */
export function usePresenceHere(): void {
  const sync = useSyncService();
  useEffect(() => {
    sync.setHere(true);
    return () => sync.setHere(false);
  }, [sync]);
}
