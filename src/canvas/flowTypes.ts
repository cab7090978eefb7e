import type { Edge, Node } from '@xyflow/react';
import type { Touchpoint } from '../domain/journey';

export type TouchpointNodeData = { touchpoint: Touchpoint };
export type StageNodeData = { stageId: string; name: string; index: number; height: number };
export type TouchpointFlowNode = Node<TouchpointNodeData, 'touchpoint'>;
export type StageFlowNode = Node<StageNodeData, 'stage'>;
export type JourneyFlowNode = TouchpointFlowNode | StageFlowNode;
export type ConnectionEdgeData = { handoff: boolean };
export type JourneyFlowEdge = Edge<ConnectionEdgeData>;
/** A lane row drawn behind the cards; not selectable nor draggable, below touchpoints in z order. */
export type LaneFlowNode = Node<
  { laneId: string | null; label: string; color: string; width: number; height: number },
  'lane'
>;
