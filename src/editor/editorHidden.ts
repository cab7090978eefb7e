import { createContext } from 'react';

/**
 * Whether the editor is hidden under the presentation (app/JourneyPage.tsx keeps it mounted there). Read
 * only by the few parts that must change then (its shortcuts, its save status), so hiding it re-renders
 * nothing else.
 */
export const EditorHiddenContext = createContext(false);
