import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useEditor, useServices } from '../store/services';
import { TOUCHPOINT_PARAM } from '../ui/paths';

/**
 * `?touchpoint=<id>` on the editor's URL (links from the insights page, see ui/paths.ts): once the journey
 * of the route is open, selects that touchpoint (the inspector shows it) and brings it into view, then drops
 * the parameter so a reload or later edits keep the user's own selection. An id the journey does not have
 * is dropped and changes nothing. Must be used inside the canvas's ReactFlowProvider.
 */
export function useTouchpointFromUrl(journeyId: string): void {
  const { editor } = useServices();
  const [params, setParams] = useSearchParams();
  const wanted = params.get(TOUCHPOINT_PARAM);
  // Whether the route's journey is open and has the card (null: not open yet, or nothing wanted). Not the
  // journey itself: the editor's whole workspace renders with this hook, and would on every keystroke.
  const found = useEditor((s) =>
    wanted === null || s.journey?.id !== journeyId ? null : s.journey.touchpoints.some((t) => t.id === wanted),
  );
  const flow = useReactFlow();
  // Whether React Flow has measured the wanted card, which fitting the view to it needs. Not
  // useNodesInitialized: React Flow works that out only when it is given new nodes, and a measurement alone
  // gives it none on the free canvas (see canvas/cardSizes.ts).
  const measured = useStore((s) => wanted !== null && s.nodeLookup.get(wanted)?.measured?.width !== undefined);

  useEffect(() => {
    if (wanted === null || found === null) return;
    const drop = () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(TOUCHPOINT_PARAM);
          return next;
        },
        { replace: true },
      );
    if (!found) {
      drop();
      return;
    }
    editor.getState().select({ touchpoints: [wanted], connections: [] });
    if (!measured) return;
    // After the canvas's own first fit (one frame after it mounts), zoom to the card instead.
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => {
        void flow.fitView({ nodes: [{ id: wanted }], maxZoom: 1, padding: 0.6 });
        drop();
      });
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [wanted, found, measured, editor, flow, setParams]);
}
