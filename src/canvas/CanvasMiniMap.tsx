import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { boundsOf, miniMapCards, miniMapFrame, windowOnMiniMap, type MiniMapCard } from './miniMapFrame';
import type { CanvasNode } from './useFlowElements';
import './CanvasMiniMap.css';

/** The minimap's size on screen (px), React Flow's MiniMap's. */
const WIDTH = 200;
const HEIGHT = 150;
/** Cards' corner radius in canvas units. */
const CARD_RADIUS = 5;

/** The visible canvas rectangle in canvas units. */
const viewOf = ({
  transform: [x, y, zoom],
  width,
  height,
}: Pick<ReactFlowState, 'transform' | 'width' | 'height'>) => ({
  x: -x / zoom,
  y: -y / zoom,
  width: width / zoom,
  height: height / zoom,
});

/**
 * The canvas's minimap: the cards as rectangles and the view as a window in a mask. React Flow's MiniMap
 * re-renders on every frame of a pan and, its frame fitted to the view, re-scales and repaints every card's
 * rectangle each time: at 100 cards that was most of a pan's main-thread time beyond bare React Flow's.
 * Here the rectangles are drawn only when the cards change and the frame changes only when the view leaves
 * it (see miniMapFrame); a pan moves the view's window alone, an element on a layer of its own whose
 * transform is written from a React Flow store subscription: no React render, no repaint of the page.
 * Dragging and wheeling on it pan and zoom the canvas through React Flow's own minimap handler, as its
 * MiniMap does.
 */
export const CanvasMiniMap = memo(function CanvasMiniMap({
  nodes,
  label,
}: {
  nodes: readonly CanvasNode[];
  label: string;
}) {
  const store = useStoreApi<CanvasNode>();
  const svg = useRef<SVGSVGElement>(null);
  const viewWindow = useRef<HTMLDivElement>(null);
  const titleId = `minimap-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const cards = useMemo(() => miniMapCards(nodes), [nodes]);
  // By value: a drag gives new nodes on every frame, mostly with the same bounds, and the frame waits on them.
  const bounds = boundsOf(cards);
  const boundsKey = bounds ? `${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}` : '';
  const cardBounds = useMemo(() => {
    if (!boundsKey) return null;
    const [x, y, width, height] = boundsKey.split(' ').map(Number);
    return { x, y, width, height };
  }, [boundsKey]);
  // The frame shown now, and canvas units per minimap pixel (XYMinimap pans by it).
  const frame = useRef<{ x: number; y: number; width: number; height: number } | null>(null);

  useEffect(() => {
    const draw = (state: ReactFlowState<CanvasNode>) => {
      if (!svg.current || !viewWindow.current || state.width === 0) return;
      const view = viewOf(state);
      const next = miniMapFrame(cardBounds, view, WIDTH / HEIGHT, frame.current);
      if (next !== frame.current) {
        frame.current = next;
        svg.current.setAttribute('viewBox', `${next.x} ${next.y} ${next.width} ${next.height}`);
      }
      // Its size changes with the zoom; a pan only translates it, which its own layer takes without a repaint.
      const { x, y, width, height } = windowOnMiniMap(next, view, WIDTH);
      const style = viewWindow.current.style;
      style.transform = `translate(${x}px, ${y}px)`;
      if (style.width !== `${width}px`) style.width = `${width}px`;
      if (style.height !== `${height}px`) style.height = `${height}px`;
    };
    draw(store.getState());
    return store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height)
        draw(state);
    });
  }, [store, cardBounds]);

  // React Flow's pan and zoom handler exists once the canvas is mounted; the minimap hooks into it then.
  const panZoom = useStore((s) => s.panZoom);
  useEffect(() => {
    const state = store.getState();
    if (!svg.current || !state.panZoom) return;
    const handler: XYMinimapInstance = XYMinimap({
      domNode: svg.current,
      panZoom: state.panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => (frame.current ? frame.current.width / WIDTH : 1),
    });
    const update = (s: ReactFlowState<CanvasNode>) =>
      handler.update({
        translateExtent: s.translateExtent,
        width: s.width,
        height: s.height,
        pannable: true,
        zoomable: true,
      });
    update(state);
    const unsubscribe = store.subscribe((s, previous) => {
      if (s.width !== previous.width || s.height !== previous.height || s.translateExtent !== previous.translateExtent)
        update(s);
    });
    return () => {
      unsubscribe();
      handler.destroy();
    };
  }, [store, panZoom]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap canvas-minimap" data-testid="rf__minimap">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{label}</title>
        <MiniMapCards cards={cards} />
      </svg>
      <div ref={viewWindow} className="canvas-minimap__window" />
    </Panel>
  );
});

const MiniMapCards = memo(function MiniMapCards({ cards }: { cards: readonly MiniMapCard[] }) {
  return (
    <g className="canvas-minimap__cards">
      {cards.map((c) => (
        <CardRect key={c.id} x={c.x} y={c.y} width={c.width} height={c.height} />
      ))}
    </g>
  );
});

/** One card; a drag re-renders only the rectangles that moved. */
const CardRect = memo(function CardRect({ x, y, width, height }: Omit<MiniMapCard, 'id'>) {
  return <rect x={x} y={y} width={width} height={height} rx={CARD_RADIUS} ry={CARD_RADIUS} />;
});
