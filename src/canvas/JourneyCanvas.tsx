import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type EdgeChange,
  type NodeChange,
  type OnConnect,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useServices } from '../store/services';
import { connectTouchpoints } from '../domain/commands/connectionCommands';
import { moveStage } from '../domain/commands/stageCommands';
import { moveTouchpoints, updateTouchpoints } from '../domain/commands/touchpointCommands';
import type { Position } from '../domain/journey';
import { TOUCHPOINT_WIDTH, stageAtX, stageColumns } from '../domain/layout';
import { operationsOf } from '../actions/registry';
import { laneAtY } from '../domain/blueprint';
import { BlueprintLaneNode } from './BlueprintLaneNode';
import { CanvasMiniMap } from './CanvasMiniMap';
import { CardSizes } from './cardSizes';
import { CurvePortal } from './CurvePortal';
import { LayerNoteNode, LayerRowNode, VisibilityLineNode } from './BlueprintLayerNodes';
import { CardContext, useCardWords } from './cardContext';
import { ConnectionEdge } from './ConnectionEdge';
import { EmotionCurve } from './EmotionCurve';
import { flowAriaLabels } from './flowAriaLabels';
import { initialViewport, sizedBounds } from './initialViewport';
import type { JourneyFlowEdge } from './flowTypes';
import { PALETTE_MIME } from './palette';
import { PeerSelectionContext, PeerSelectionStore, type PeerSelections } from './peerSelections';
import { StageNode } from './StageNode';
import type { Dimensions } from '../domain/look/cardSize';
import { TouchpointNode } from './TouchpointNode';
import { fitMap } from './useCanvasView';
import { fitViewOptions, minimapShown, MINIMAP_MAX_NODES } from './fitView';
import { useFlowElements, type CanvasNode } from './useFlowElements';
import { useVisibleSpan } from './visibleSpan';
import { useZoomDetail } from './zoomDetail';
import { SkipToCards } from './SkipToCards';
import './JourneyCanvas.css';

const nodeTypes = {
  touchpoint: TouchpointNode,
  stage: StageNode,
  lane: BlueprintLaneNode,
  layer: LayerRowNode,
  visibility: VisibilityLineNode,
  note: LayerNoteNode,
};
/** Connections: React Flow's smooth step, announced by their touchpoints' titles. */
const edgeTypes = { connection: ConnectionEdge };

const SNAP: [number, number] = [12, 12];
// Props given to ReactFlow as constants: a new object or function on every render is work for React Flow.
const PRO_OPTIONS = { hideAttribution: true };
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const STAGE_PREFIX = 'stage:';
const NO_DRAG: Readonly<Record<string, Position>> = {};
const NO_PEERS: PeerSelections = new Map();
/** The curve is redrawn each time the view pans past this many canvas units. */
const CURVE_CHUNK = 1200;
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;

/** Whether two props of the canvas draw the same: the same peers' selections, or nobody's in both. */
const sameCanvasProps = (a: { peerSelections?: PeerSelections }, b: { peerSelections?: PeerSelections }) =>
  a.peerSelections === b.peerSelections || (!a.peerSelections?.size && !b.peerSelections?.size);

/**
 * The journey drawn on a React Flow canvas: a view derived from the document, edits sent back as commands.
 * Memoised: the editor around it renders again for what the canvas does not show (a dialog opening, the
 * versions or sync state arriving after the journey opened, with a new but still empty list of peers), and
 * a render of the canvas renders React Flow's parts again.
 */
export const JourneyCanvas = memo(function JourneyCanvas({
  peerSelections = NO_PEERS,
}: {
  peerSelections?: PeerSelections;
}) {
  const { t } = useTranslation();
  const { editor } = useServices();
  const operations = operationsOf({ editor });
  const flow = useReactFlow<CanvasNode, JourneyFlowEdge>();
  const run = useEditor((s) => s.run);
  const view = useEditor((s) => s.view);

  // React Flow's measured sizes and in-flight drags: view state, never part of the document.
  const [sizes] = useState(() => new CardSizes());
  const [stageDrag, setStageDrag] = useState<{ id: string; x: number } | null>(null);
  // Cards in the middle of a drag: drawn where the pointer has them, written to the journey on the drop, so
  // a drag is one command and one undo step and nothing else on the page redraws while the card moves.
  const [dragging, setDragging] = useState<Readonly<Record<string, Position>>>(NO_DRAG);
  const cardWords = useCardWords();
  const { nodes, edges, grid, layers, curveTop } = useFlowElements(
    { sizes, stageDrag, dragging },
    { functions: cardWords.words.functions, channels: cardWords.words.channels },
  );
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  const detail = useZoomDetail();
  const cardContext = useMemo(() => ({ ...cardWords, detail }), [cardWords, detail]);
  const readOnly = useEditor((s) => s.readOnly);
  // One attribute dims every assumed card through CSS: toggling it re-renders no card.
  const dimAssumed = useEditor((s) => s.dimAssumed);
  const [peerStore] = useState(() => new PeerSelectionStore());
  useEffect(() => peerStore.set(peerSelections), [peerStore, peerSelections]);

  // React Flow is drawn from the second render on, already fitted to the map (see initialViewport.ts): the
  // pane's size is read once the canvas's box is laid out, before anything is painted.
  const pane = useRef<HTMLDivElement>(null);
  const store = useStoreApi<CanvasNode, JourneyFlowEdge>();
  const [start, setStart] = useState<{ view: Viewport; fit: ReturnType<typeof fitViewOptions> } | null>(null);
  useLayoutEffect(() => {
    if (start || !pane.current) return;
    const { offsetWidth: width, offsetHeight: height } = pane.current;
    // The same fit for the start view and React Flow's refit once it has measured the cards (its fitView).
    const fit = fitViewOptions(sizedBounds(nodes), width, height, {
      minimap: minimapShown(nodes.length),
      minZoom: MIN_ZOOM,
    });
    const fitted = initialViewport(nodes, width, height, { ...fit, minZoom: MIN_ZOOM });
    // React Flow learns its size and view in effects after its first render, which would cull every card
    // away and then draw those under the default view: giving them now draws the fitted cards at once.
    if (width > 0 && height > 0) store.setState({ width, height, transform: [fitted.x, fitted.y, fitted.zoom] });
    setStart({ view: fitted, fit });
  }, [start, nodes, store]);

  // Switching between the free canvas and the grid changes the map's shape: show all of it. (On opening,
  // the start view and React Flow's fitView once the cards are measured do that.)
  const fittedView = useRef(view);
  useEffect(() => {
    if (fittedView.current === view) return;
    fittedView.current = view;
    const frame = requestAnimationFrame(() => fitMap(flow, store.getState()));
    return () => cancelAnimationFrame(frame);
  }, [view, flow, store]);
  const fitToMap = useCallback(() => fitMap(flow, store.getState()), [flow, store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const moves: { id: string; position: Position }[] = [];
      const dropped: { id: string; position: Position }[] = [];
      let selected: Set<string> | undefined;
      const measurements: { id: string; dimensions: Dimensions }[] = [];
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions && !change.id.includes(':')) {
          // Only cards are measured; columns and lanes have their size set.
          measurements.push({ id: change.id, dimensions: change.dimensions });
        } else if (change.type === 'position' && change.position) {
          if (change.id.startsWith(STAGE_PREFIX)) setStageDrag({ id: change.id, x: change.position.x });
          else if (change.dragging || editor.getState().view === 'blueprint')
            moves.push({ id: change.id, position: change.position });
          else dropped.push({ id: change.id, position: change.position });
        } else if (change.type === 'select' && !change.id.includes(':')) {
          selected ??= new Set(editor.getState().selection.touchpoints);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      sizes.record(measurements);
      if (moves.length > 0) {
        setDragging((current) => ({ ...current, ...Object.fromEntries(moves.map((m) => [m.id, m.position])) }));
      }
      // On the free canvas a card lands where it is let go (the grid decides in dropInGrid).
      if (dropped.length > 0) {
        run(moveTouchpoints, { moves: dropped });
        setDragging(NO_DRAG);
      }
      if (selected) editor.getState().select({ touchpoints: [...selected] });
    },
    [editor, run, sizes],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<JourneyFlowEdge>[]) => {
      let selected: Set<string> | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selected ??= new Set(editor.getState().selection.connections);
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
      if (selected) editor.getState().select({ connections: [...selected] });
    },
    [editor],
  );

  const onConnect: OnConnect = useCallback(
    ({ source, target }) => run(connectTouchpoints, { from: source, to: target }),
    [run],
  );

  // Every prop of ReactFlow that changes identity is copied into React Flow's store, which then re-runs every
  // selector of every drawn node and edge: so the drop handler keeps its identity while typing re-renders
  // the canvas (it changes only with the grid, in the blueprint).
  const onNodeDragStop = useCallback(
    (_event: unknown, node: CanvasNode, dragged: CanvasNode[]) => {
      const journey = editor.getState().journey;
      if (node.type === 'stage') {
        setStageDrag(null);
        const columns = stageColumns(journey?.stages ?? []);
        const column = columns.find((c) => STAGE_PREFIX + c.stage.id === node.id);
        if (!column) return;
        const centre = node.position.x + column.width / 2;
        const toIndex = columns.findIndex((c) => centre < c.x + c.width);
        run(moveStage, { id: column.stage.id, toIndex: toIndex < 0 ? columns.length - 1 : toIndex });
        return;
      }
      setDragging(NO_DRAG);
      if (!(grid || layers) || !journey) return;
      // In the grid a drop changes what the card means (its lane's function, its column's stage); in the
      // layers, whose rows no field decides, only its column's stage.
      for (const card of dragged) {
        if (card.type !== 'touchpoint') continue;
        const stageId = stageAtX(journey.stages, card.position.x + TOUCHPOINT_WIDTH / 2)?.id;
        if (!grid) {
          if (stageId) run(updateTouchpoints, { ids: [card.id], fields: { stageId } });
          continue;
        }
        const height = sizes.sizes.get(card.id)?.height ?? 0;
        const functionId = laneAtY(grid, card.position.y + height / 2);
        run(updateTouchpoints, { ids: [card.id], fields: { functionId, ...(stageId ? { stageId } : {}) } });
      }
    },
    [editor, run, grid, layers, sizes],
  );

  const onDoubleClick = (event: MouseEvent) => {
    // Empty canvas is the pane or a stage column's background (not its header, not a card).
    const target = event.target as Element;
    const empty = target.classList.contains('react-flow__pane') || target.classList.contains('stage-column');
    if (view !== 'canvas' || !empty) return;
    operations.addTouchpointAt(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    const channelId = event.dataTransfer.getData(PALETTE_MIME);
    if (!channelId) return;
    event.preventDefault();
    operations.addTouchpointAt(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }), { channelId });
  };
  const selectOne = useCallback(
    (id: string) => editor.getState().select({ touchpoints: [id], connections: [] }),
    [editor],
  );

  return (
    <div
      ref={pane}
      className={`canvas canvas--${view}`}
      data-testid="canvas"
      data-detail={detail}
      data-dim-assumed={String(dimAssumed)}
      aria-label={t('editor.canvas')}
      role="region"
      onDoubleClick={onDoubleClick}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <SkipToCards pane={pane} />
      <PeerSelectionContext value={peerStore}>
        <CardContext value={cardContext}>
          {start && (
            <ReactFlow<CanvasNode, JourneyFlowEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onNodeDragStop={onNodeDragStop}
              deleteKeyCode={null}
              selectionKeyCode="Shift"
              multiSelectionKeyCode={MULTI_SELECTION_KEYS}
              zoomOnDoubleClick={false}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              snapToGrid
              snapGrid={SNAP}
              onlyRenderVisibleElements
              fitView
              fitViewOptions={start.fit}
              defaultViewport={start.view}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              proOptions={PRO_OPTIONS}
              ariaLabelConfig={ariaLabelConfig}
              defaultMarkerColor="var(--edge)"
            >
              {/* Zoomed out, the dots would be specks a fraction of a pixel wide, still drawn on every frame. */}
              {detail === 'full' && <Background gap={24} />}
              <CurvePortal>
                <VisibleEmotionCurve top={curveTop} onSelect={selectOne} />
              </CurvePortal>
              <Controls showInteractive={false} onFitView={fitToMap} />
              {/* Past a few hundred cards the minimap costs more on every drag than it helps; zoom to fit instead. */}
              {nodes.length <= MINIMAP_MAX_NODES && <CanvasMiniMap nodes={nodes} label={t('editor.minimap')} />}
            </ReactFlow>
          )}
        </CardContext>
      </PeerSelectionContext>
    </div>
  );
}, sameCanvasProps);

/** The emotion curve, drawn for the part of the canvas that can be on screen. */
function VisibleEmotionCurve(props: { top: number; onSelect(id: string): void }) {
  return <EmotionCurve {...props} span={useVisibleSpan(CURVE_CHUNK)} detail={useZoomDetail()} />;
}
