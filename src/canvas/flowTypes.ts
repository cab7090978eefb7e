import type { Edge, Node } from '@xyflow/react';
import type { Layer, LayerNote } from '../domain/blueprintLayers';

/**
 * A card's node carries nothing but what React Flow needs (id, position, size, selection): the card reads
 * its touchpoint from the editor store by the node's id (useTouchpoint), so editing a touchpoint's words
 * gives React Flow no new node to process.
 */
export type TouchpointNodeData = Record<string, never>;
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
/** A row of the layered blueprint, its label strip on top; behind the cards, like a lane. */
export type LayerRowFlowNode = Node<{ layer: Layer; label: string; width: number; height: number }, 'layer'>;
/** The line of visibility across the layered blueprint, labelled. */
export type VisibilityFlowNode = Node<{ label: string; width: number; height: number }, 'visibility'>;
/** A note of the layered blueprint (frontstage, backstage or support) about one touchpoint. */
export type NoteFlowNode = Node<{ note: LayerNote; width: number; height: number }, 'note'>;
