import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/services';
import type { Position } from '../domain/journey';
import { EMOTION_CURVE_GAP, columnHeight } from '../domain/layout';
import { blueprintLanes, blueprintLayout, type BlueprintLayout } from '../domain/blueprint';
import type { JourneyFlowEdge, JourneyFlowNode, LaneFlowNode } from './flowTypes';
import {
  estimatedSize,
  toEdges,
  toStageNodes,
  toTouchpointNodes,
  type Dimensions,
  type TouchpointLabeller,
} from './toFlow';
import type { ResolvedVocabularyEntry } from '../domain/vocabulary';

const EMPTY = { stages: [], touchpoints: [], connections: [] };

export type CanvasNode = JourneyFlowNode | LaneFlowNode;

interface Transient {
  measured: ReadonlyMap<string, Dimensions>;
  /** Where a dragged stage column is drawn while it is being dragged. */
  stageDrag: { id: string; x: number } | null;
  /** Where cards being dragged are drawn until they are dropped. */
  dragging: Readonly<Record<string, Position>>;
}

interface Words {
  /** Words each card for screen readers. */
  label: TouchpointLabeller;
  /** The journey's functions, which name the blueprint's lanes. */
  functions: readonly ResolvedVocabularyEntry[];
}

/**
 * The React Flow view of the open journey, for the free canvas or the blueprint grid: derived from the
 * document, the selection and React Flow's own transient state, never written back.
 */
export function useFlowElements({ measured, stageDrag, dragging }: Transient, { label, functions }: Words) {
  const { t } = useTranslation();
  const view = useEditor((s) => s.view);
  const selection = useEditor((s) => s.selection);
  const { stages, touchpoints, connections } = useEditor(
    useShallow((s) => {
      const j = s.journey ?? EMPTY;
      return { stages: j.stages, touchpoints: j.touchpoints, connections: j.connections };
    }),
  );
  const selectedTouchpoints = useMemo(() => new Set(selection.touchpoints), [selection.touchpoints]);
  const selectedConnections = useMemo(() => new Set(selection.connections), [selection.connections]);

  const grid = useMemo<BlueprintLayout | null>(() => {
    if (view !== 'blueprint') return null;
    const journey = { stages, touchpoints };
    // Cards off screen are never drawn, so never measured: lay them out by their estimated height.
    const heights = Object.fromEntries(
      touchpoints.map((tp) => [tp.id, measured.get(tp.id)?.height ?? estimatedSize(tp).height]),
    );
    return blueprintLayout(journey, blueprintLanes(journey, functions, t('touchpoint.noFunction')), heights);
  }, [view, stages, touchpoints, functions, measured, t]);

  const nodes = useMemo<CanvasNode[]>(() => {
    let stageNodes = toStageNodes({ stages, touchpoints });
    if (stageDrag) {
      stageNodes = stageNodes.map((n) =>
        n.id === stageDrag.id ? { ...n, position: { x: stageDrag.x, y: 0 }, zIndex: 2 } : n,
      );
    }
    const cards = toTouchpointNodes({ touchpoints }, selectedTouchpoints, measured, label);
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
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: 0,
    }));
    const tall = stageNodes.map((n) => ({ ...n, height: grid.height, data: { ...n.data, height: grid.height } }));
    const placed = cards.map((n) => ({ ...n, position: dragging[n.id] ?? grid.positions[n.id] ?? n.position }));
    return [...tall, ...lanes, ...placed];
  }, [stages, touchpoints, stageDrag, selectedTouchpoints, measured, label, grid, dragging]);

  const edges = useMemo<JourneyFlowEdge[]>(
    () => toEdges({ touchpoints, connections }, selectedConnections),
    [touchpoints, connections, selectedConnections],
  );

  /** Where the emotion curve starts: below the columns (or the grid). */
  const curveTop = (grid ? grid.height : columnHeight({ touchpoints })) + EMOTION_CURVE_GAP;
  return { nodes, edges, grid, curveTop };
}
