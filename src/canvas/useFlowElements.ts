import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/services';
import type { Position } from '../domain/journey';
import { EMOTION_CURVE_GAP } from '../domain/layout';
import { blueprintLanes, blueprintLayout, type BlueprintLayout } from '../domain/blueprint';
import { layeredBlueprint, layeredLayout, VISIBILITY_BAND, type LayeredLayout } from '../domain/blueprintLayers';
import type {
  JourneyFlowEdge,
  JourneyFlowNode,
  LaneFlowNode,
  LayerRowFlowNode,
  NoteFlowNode,
  VisibilityFlowNode,
} from './flowTypes';
import {
  BACKGROUND_NODE_ATTRIBUTES,
  toEdges,
  toStageNodes,
  sameListAs,
  toTouchpointNodes,
  touchpointNodeCache,
} from './toFlow';
import type { ResolvedVocabularyEntry } from '../domain/vocabulary';
import { columnHeight, estimatedCardSize } from '../domain/look/cardSize';
import { flowTouchpointsCache } from './flowTouchpoints';
import { layoutSizesOf, type CardSizes } from './cardSizes';

const EMPTY = { stages: [], touchpoints: [], connections: [] };

export type CanvasNode = JourneyFlowNode | LaneFlowNode | LayerRowFlowNode | VisibilityFlowNode | NoteFlowNode;

interface Transient {
  /** The cards' sizes as React Flow measured them. */
  sizes: CardSizes;
  /** Where a dragged stage column is drawn while it is being dragged. */
  stageDrag: { id: string; x: number } | null;
  /** Where cards being dragged are drawn until they are dropped. */
  dragging: Readonly<Record<string, Position>>;
}

interface Words {
  /** The journey's functions, which name the blueprint's lanes. */
  functions: readonly ResolvedVocabularyEntry[];
  /** The journey's channels, which the layered blueprint's frontstage notes name. */
  channels: readonly ResolvedVocabularyEntry[];
}

/** Behind-the-cards nodes are never dragged, selected nor focused. */
const STATIC = {
  draggable: false,
  selectable: false,
  focusable: false,
  domAttributes: BACKGROUND_NODE_ATTRIBUTES,
} as const;

/** The layered blueprint's rows, line of visibility and notes as nodes (cards are placed by the caller). */
function layerNodes(layers: LayeredLayout, label: (key: string) => string): CanvasNode[] {
  const { width } = layers;
  const rows: LayerRowFlowNode[] = layers.rows.map((row) => ({
    id: `layer:${row.layer}`,
    type: 'layer',
    position: { x: 0, y: row.y },
    data: { layer: row.layer, label: label(`blueprint.${row.layer}`), width, height: row.height },
    ...STATIC,
    zIndex: 0,
  }));
  const line: VisibilityFlowNode = {
    id: 'layer:visibility',
    type: 'visibility',
    position: { x: 0, y: layers.visibilityY - VISIBILITY_BAND / 2 },
    data: { label: label('blueprint.visibility'), width, height: VISIBILITY_BAND },
    ...STATIC,
    zIndex: 0,
  };
  const notes: NoteFlowNode[] = layers.notes.map(({ note, x, y, width: w, height }) => ({
    id: `note:${note.id}`,
    type: 'note',
    position: { x, y },
    data: { note, width: w, height },
    ...STATIC,
    // React Flow lets clicks through nodes that cannot be selected nor dragged; a note's click selects its card.
    style: { pointerEvents: 'all' },
    zIndex: 1,
  }));
  return [...rows, line, ...notes];
}

/**
 * The React Flow view of the open journey, for the free canvas or the blueprint (lanes by function, or
 * layers): derived from the
 * document, the selection and React Flow's own transient state, never written back.
 */
export function useFlowElements({ sizes, stageDrag, dragging }: Transient, { functions, channels }: Words) {
  const { t } = useTranslation();
  const view = useEditor((s) => s.view);
  // The blueprint's rows grow with their cards, so it renders again for each measurement; the free canvas
  // places cards by their positions alone and renders nothing for one (see CardSizes).
  const measured = useSyncExternalStore(sizes.subscribe, () => layoutSizesOf(sizes, view === 'blueprint'));
  const layout = useEditor((s) => s.blueprintLayout);
  const selection = useEditor((s) => s.selection);
  // On the free canvas, a change no node or edge shows (typing a title) keeps the last touchpoints array,
  // so the canvas and React Flow do not render again; the blueprint lays out by more fields and reads them live.
  const [flowCache] = useState(flowTouchpointsCache);
  const { stages, touchpoints, connections } = useEditor(
    useShallow((s) => {
      const j = s.journey ?? EMPTY;
      const live = j.touchpoints;
      return {
        stages: j.stages,
        touchpoints: s.view === 'canvas' ? flowCache.of(live) : live,
        connections: j.connections,
      };
    }),
  );
  const selectedTouchpoints = useMemo(() => new Set(selection.touchpoints), [selection.touchpoints]);
  const selectedConnections = useMemo(() => new Set(selection.connections), [selection.connections]);
  const [cardCache] = useState(touchpointNodeCache);

  // Cards off screen are never drawn, so never measured: lay them out by their estimated height.
  const heights = useMemo(
    () =>
      view === 'blueprint'
        ? Object.fromEntries(
            touchpoints.map((tp) => [tp.id, measured.get(tp.id)?.height ?? estimatedCardSize(tp).height]),
          )
        : {},
    [view, touchpoints, measured],
  );

  const grid = useMemo<BlueprintLayout | null>(() => {
    if (view !== 'blueprint' || layout !== 'functions') return null;
    const journey = { stages, touchpoints };
    return blueprintLayout(journey, blueprintLanes(journey, functions, t('touchpoint.noFunction')), heights);
  }, [view, layout, stages, touchpoints, functions, heights, t]);

  const layers = useMemo<LayeredLayout | null>(() => {
    if (view !== 'blueprint' || layout !== 'layers') return null;
    const journey = { stages, touchpoints };
    return layeredLayout(journey, layeredBlueprint(journey, functions, channels), heights);
  }, [view, layout, stages, touchpoints, functions, channels, heights]);

  // Once per change of the touchpoints, not on every drag step that rebuilds the nodes: it estimates each
  // card's height.
  const columnsHeight = useMemo(() => columnHeight({ touchpoints }), [touchpoints]);

  const built = useMemo<CanvasNode[]>(() => {
    let stageNodes = toStageNodes(stages, columnsHeight);
    if (stageDrag) {
      stageNodes = stageNodes.map((n) =>
        n.id === stageDrag.id ? { ...n, position: { x: stageDrag.x, y: 0 }, zIndex: 2 } : n,
      );
    }
    // The latest sizes, also on the free canvas: a card moved or selected keeps what React Flow measured.
    const cards = toTouchpointNodes(
      { touchpoints },
      selectedTouchpoints,
      sizes.sizes,
      cardCache,
      t('flow.touchpointRole'),
    );
    if (layers) {
      const tall = stageNodes.map((n) => ({ ...n, height: layers.height, data: { ...n.data, height: layers.height } }));
      const placed = cards.map((n) => ({ ...n, position: dragging[n.id] ?? layers.positions[n.id] ?? n.position }));
      return [...tall, ...layerNodes(layers, t), ...placed];
    }
    if (!grid) {
      const moving = Object.keys(dragging).length > 0;
      const placed = moving ? cards.map((n) => (dragging[n.id] ? { ...n, position: dragging[n.id] } : n)) : cards;
      return [...stageNodes, ...placed];
    }
    const lanes: LaneFlowNode[] = grid.lanes.map((lane) => ({
      id: `lane:${lane.id ?? 'none'}`,
      type: 'lane',
      position: { x: 0, y: lane.y },
      data: { laneId: lane.id, label: lane.label, color: lane.color, width: grid.width, height: lane.height },
      ...STATIC,
      zIndex: 0,
    }));
    const tall = stageNodes.map((n) => ({ ...n, height: grid.height, data: { ...n.data, height: grid.height } }));
    const placed = cards.map((n) => ({ ...n, position: dragging[n.id] ?? grid.positions[n.id] ?? n.position }));
    return [...tall, ...lanes, ...placed];
  }, [stages, touchpoints, columnsHeight, stageDrag, selectedTouchpoints, sizes, cardCache, grid, layers, dragging, t]);
  // Typing a title changes the journey's touchpoints but no node: then React Flow gets the same array and
  // does not go over all its nodes again.
  const nodes = useMemo(() => sameListAs(cardCache, built), [cardCache, built]);

  const edges = useMemo<JourneyFlowEdge[]>(
    () => toEdges({ touchpoints, connections }, selectedConnections, t('flow.connectionRole')),
    [touchpoints, connections, selectedConnections, t],
  );

  /** Where the emotion curve starts: below the columns (or the grid). */
  const curveTop = (layers?.height ?? grid?.height ?? columnsHeight) + EMOTION_CURVE_GAP;
  return { nodes, edges, grid, layers, curveTop };
}
