import { useEffect } from 'react';
import { useServices } from './services';

/**
 * Opens a journey in the editor store for a route. Whatever the previous journey still had pending is
 * written first; reopening the journey already open keeps it and its undo history (see the store's open).
 */
export function useOpenJourney(id: string) {
  const { editor, autosave } = useServices();
  useEffect(() => {
    let current = true;
    void autosave.flush().then(() => {
      if (current) void editor.getState().open(id);
    });
    return () => {
      current = false;
    };
  }, [id, editor, autosave]);
}
