import { getViewportForBounds, type Rect } from '@xyflow/react';
import { EMOTION_CURVE_GAP } from '../domain/layout';
import { CURVE } from '../domain/look/curve';
import { zoomDetail } from './zoomDetail';

type Px = `${number}px`;
/** The sides fitViewOptions sets: fractions across, px on the left (and where the minimap and curve need room). */
type FitPadding = { x: number; y: number; left: Px; right?: Px; bottom?: Px };

/**
 * How the canvas zooms to fit: 10 % padding (React Flow's fraction: about 4.5 % of the pane on each side),
 * but on the left always 56 px, the room of the zoom controls in the pane's corner (15 px from its edge,
 * 26 px wide) with 15 px to spare, so they never cover the map's first column or the emotion curve's
 * scale; never past 100 %; and counting cards React Flow has not drawn yet (off screen) by their estimated
 * size: it otherwise fits only the cards it has measured. With the minimap shown, see `fitViewOptions`.
 */
export const FIT_VIEW_OPTIONS = {
  padding: { x: 0.1, y: 0.1, left: '56px' },
  maxZoom: 1,
  includeHiddenNodes: true,
} as const;

/** Past this many nodes the canvas draws no minimap: it would cost more on every drag than it helps. */
export const MINIMAP_MAX_NODES = 400;

/**
 * The minimap's corner of the pane, px: React Flow's 200 x 150 panel 15 px from the right and bottom
 * edges, plus 15 px to spare. Keep in step with CanvasMiniMap's size.
 */
export const MINIMAP_ROOM = { width: 230, height: 180 } as const;

/** The least share of the plain fit's zoom worth keeping the map clear of the minimap for. */
const MIN_SHARE_OF_ZOOM = 0.6;

/** The window width at and below which CanvasMiniMap.css hides the minimap. */
const NARROW_WINDOW = '(max-width: 900px)';

/** Whether the canvas shows its minimap for `nodeCount` React Flow nodes in this window. */
export function minimapShown(nodeCount: number): boolean {
  return nodeCount <= MINIMAP_MAX_NODES && !globalThis.matchMedia?.(NARROW_WINDOW).matches;
}

/**
 * How far the emotion curve reaches below the nodes' bounds, in canvas units: it is drawn under the stage
 * columns (or the grid), which are React Flow's lowest nodes, and is no node itself.
 */
export const CURVE_BELOW_NODES = EMOTION_CURVE_GAP + CURVE.height;

/** The padding of one side in px, as React Flow reads a fraction or "px" (its parsePadding). */
function sidePx(value: number | Px, pane: number): number {
  if (typeof value === 'number') return Math.floor((pane - pane / (1 + value)) * 0.5);
  return Math.floor(parseFloat(value));
}

/**
 * The options to fit the nodes' `bounds` (canvas units) in a pane of `width` x `height` px so that the
 * emotion curve under them shows too, and, when `minimap` is shown, the minimap covers none of it:
 * FIT_VIEW_OPTIONS with the minimap's room kept free either below the map or beside it, whichever leaves
 * the larger zoom (a wide map, as most journeys are, has room to spare above and below, so it moves up and
 * keeps its zoom; a tall one moves left). Readable cards come first: neither is done where it would lower
 * the cards' detail (zoomDetail: a 1280 x 720 window would lose the cards' icons and labels), nor the
 * minimap's room where it costs over 40 % of the zoom (a small pane); the fit then lets the minimap cover a
 * corner, or counts the nodes alone, as React Flow's does. React Flow fits nodes only, so the curve's
 * height at the chosen zoom is added to the bottom padding in px; its fitView with these options and the
 * viewport getViewportForBounds gives for them are then the same.
 */
export function fitViewOptions(
  bounds: Rect | null,
  width: number,
  height: number,
  { minimap, minZoom }: { minimap: boolean; minZoom: number },
): { padding: FitPadding; maxZoom: number; includeHiddenNodes: true } {
  if (!bounds || width <= 0 || height <= 0) return FIT_VIEW_OPTIONS;
  const withCurve = { ...bounds, height: bounds.height + CURVE_BELOW_NODES };
  const base = FIT_VIEW_OPTIONS.padding;
  // Unclamped below (0 for a padding wider than the pane), to compare; clamped to minZoom, to show.
  const zoomOf = (box: Rect, padding: FitPadding, least = 0) =>
    getViewportForBounds(box, width, height, least, FIT_VIEW_OPTIONS.maxZoom, padding).zoom;
  const detail = zoomDetail(zoomOf(bounds, base, minZoom));
  const keepsDetail = (padding: FitPadding) => zoomDetail(zoomOf(withCurve, padding, minZoom)) === detail;
  const candidates: FitPadding[] = [];
  if (minimap) {
    const below: FitPadding = { ...base, bottom: `${MINIMAP_ROOM.height}px` };
    const beside: FitPadding = { ...base, right: `${MINIMAP_ROOM.width}px` };
    const clear = zoomOf(withCurve, beside) > zoomOf(withCurve, below) ? beside : below;
    if (zoomOf(withCurve, clear) >= MIN_SHARE_OF_ZOOM * zoomOf(withCurve, base)) candidates.push(clear);
  }
  candidates.push(base);
  const padding = candidates.find(keepsDetail);
  if (!padding) return FIT_VIEW_OPTIONS;
  const bottom = sidePx(padding.bottom ?? padding.y, height) + CURVE_BELOW_NODES * zoomOf(withCurve, padding, minZoom);
  return { ...FIT_VIEW_OPTIONS, padding: { ...padding, bottom: `${bottom}px` } };
}
