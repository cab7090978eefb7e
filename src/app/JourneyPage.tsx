import { useContext, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  Outlet,
  UNSAFE_LocationContext as LocationContext,
  UNSAFE_RouteContext as RouteContext,
  useMatch,
} from 'react-router';
import { EditorPage } from '../editor/EditorPage';
import { EditorHiddenContext } from '../editor/editorHidden';
import './JourneyPage.css';

/** The presentation's route below a journey's (see App.tsx): `/journey/:id/present`. */
const PRESENT_ROUTE = '/journey/:id/present';

/** The modifier that hides the editor under the presentation (JourneyPage.css). */
const HIDDEN_CLASS = 'journey-page__editor--hidden';

// One element for every render: while only the wrapper around it changes, React does not render the editor.
const EDITOR = <EditorPage />;

/**
 * One journey's pages: the editor, and the presentation (the child route, drawn over it). The editor stays
 * mounted, hidden, while the journey is presented: unmounting it emptied React Flow's store and removed
 * thousands of nodes (most of the ~330 ms the presentation took to open at 2,000 touchpoints), and coming
 * back built it all again. Its selection, viewport, undo history and saving carry on untouched. A
 * presentation opened from its URL does not build the editor first; it is built when the user leaves.
 */
export function JourneyPage() {
  const presenting = useMatch(PRESENT_ROUTE) !== null;
  const [editorBuilt, setEditorBuilt] = useState(!presenting);
  if (!presenting && !editorBuilt) setEditorBuilt(true);
  const editor = useRef<HTMLDivElement>(null);
  useHideEditor(presenting, editor);
  useReturnFocus(presenting);

  return (
    <>
      {editorBuilt && (
        // The class that hides it is set by useHideEditor, not rendered.
        <div ref={editor} className="journey-page__editor">
          <EditorHiddenContext value={presenting}>
            <RouteAsLeft frozen={presenting}>{EDITOR}</RouteAsLeft>
          </EditorHiddenContext>
        </div>
      )}
      <Outlet />
    </>
  );
}

/**
 * While `frozen`, shows its children the route (URL and matches) as it was when freezing: each step of the
 * presentation changes the URL (`?step=`), which would otherwise render the hidden editor again, all of it,
 * since its pages read the router.
 */
function RouteAsLeft({ frozen, children }: { frozen: boolean; children: ReactNode }) {
  const location = useContext(LocationContext);
  const route = useContext(RouteContext);
  const [kept, keep] = useState({ location, route });
  if (!frozen && (kept.location !== location || kept.route !== route)) keep({ location, route });
  const shown = frozen ? kept : { location, route };
  return (
    <LocationContext value={shown.location}>
      <RouteContext value={shown.route}>{children}</RouteContext>
    </LocationContext>
  );
}

/**
 * Keeps the element focused in the editor (the Present button, usually) while presenting and focuses it
 * again when the editor shows, as a dialog hands focus back to what opened it.
 */
function useReturnFocus(presenting: boolean) {
  const returnTo = useRef<HTMLElement | null>(null);
  // A layout effect: it runs before the presentation's own effects move the focus into it.
  useLayoutEffect(() => {
    if (presenting) {
      const focused = document.activeElement;
      returnTo.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
      return;
    }
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }, [presenting]);
}

/**
 * Hides the editor under the presentation (the class of JourneyPage.css) from the moment the presentation
 * is in the page, with the page's text selection taken out of the editor first. A click on Present moves
 * the focus, but the selection (a caret, usually) stays in the text field last typed into; hidden with it
 * inside, the editor was styled again, all of it (thousands of elements at 2,000 touchpoints, most of what
 * opening the presentation cost right after typing), when full screen started. Removing the selection after
 * the editor is hidden is too late (measured: still styled), before it, in the same task, is enough; so the
 * class is set here rather than rendered. Fields keep their own selection, which comes back when they are
 * focused again.
 */
function useHideEditor(presenting: boolean, editor: RefObject<HTMLElement | null>) {
  // A layout effect: the editor is hidden in the task that brings the presentation in, before any frame.
  useLayoutEffect(() => {
    const element = editor.current;
    if (!element) return;
    const selection = document.getSelection();
    if (presenting && selection?.anchorNode && element.contains(selection.anchorNode)) selection.removeAllRanges();
    element.classList.toggle(HIDDEN_CLASS, presenting);
  }, [presenting, editor]);
}
