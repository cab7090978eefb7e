import { MarkerType, Position, type NodeHandle } from '@xyflow/react';
import type { Connection, Journey, Stage, Touchpoint } from '../domain/journey';
import { stageColumns } from '../domain/layout';
import { estimatedCardSize, type Dimensions } from '../domain/look/cardSize';
import { cleanText } from '../domain/look/wrap';
import { connectionLabelId } from './connectionLabel';
import type { JourneyFlowEdge, StageFlowNode, TouchpointFlowNode, TouchpointNodeData } from './flowTypes';

/** Words a touchpoint's card is announced with by screen readers. */
export type TouchpointLabeller = (touchpoint: Touchpoint) => string;

/** The id of the element inside a card that holds its screen-reader label (see TouchpointNode). */
export const touchpointLabelId = (touchpointId: string) => `touchpoint-label-${touchpointId}`;

/** A card node's data: empty, the card reads its touchpoint by the node's id. */
const NO_DATA: TouchpointNodeData = {};

const HANDLE = 8;

function estimatedHandles({ width, height }: Dimensions): NodeHandle[] {
  const y = height / 2 - HANDLE / 2;
  return [
    { type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
    { type: 'source', position: Position.Right, x: width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
  ];
}

/**
 * The last node made for each touchpoint id. A node holds only what React Flow needs, so it is kept while
 * the touchpoint's position (compared by value: the document reader makes a new object for every edited
 * touchpoint), its selection and, until it is measured, its estimated size stay the same, whatever else of
 * the touchpoint changed: typing a title then gives React Flow the very same nodes.
 */
export type TouchpointNodeCache = Map<string, TouchpointFlowNode>;

/** A fresh cache for toTouchpointNodes, one per canvas. */
export const touchpointNodeCache = (): TouchpointNodeCache => new Map();

function toTouchpointNode(
  touchpoint: Touchpoint,
  selected: boolean,
  measured: Dimensions | undefined,
  cache: TouchpointNodeCache,
  role: string | undefined,
) {
  // Before React Flow has measured a card it is placed by the documented initialWidth/initialHeight and
  // handles (React Flow still measures it when it is first drawn); a node made after carries the measured
  // size back, as applyNodeChanges would in a controlled flow, and React Flow keeps the handles it measured.
  // A measurement alone makes no new node: React Flow already holds it in its own, and a new object would
  // have it go over the node and render the card again (on opening: every card, once more).
  const estimate = measured ? undefined : estimatedCardSize(touchpoint);
  const cached = cache.get(touchpoint.id);
  const sameSize = measured ? true : cached?.initialHeight === estimate?.height;
  const { x, y } = touchpoint.position;
  if (
    cached &&
    cached.position.x === x &&
    cached.position.y === y &&
    cached.selected === selected &&
    sameSize &&
    cached.domAttributes?.['aria-roledescription'] === role
  )
    return cached;
  const node: TouchpointFlowNode = {
    id: touchpoint.id,
    type: 'touchpoint',
    position: touchpoint.position,
    data: NO_DATA,
    selected,
    ...(estimate
      ? { initialWidth: estimate.width, initialHeight: estimate.height, handles: estimatedHandles(estimate) }
      : { measured }),
    zIndex: 1,
    // The card holds its label, so a change of words leaves the node as it is (but for the role's word).
    domAttributes: { 'aria-labelledby': touchpointLabelId(touchpoint.id), ...roleDescription(role) },
  };
  cache.set(touchpoint.id, node);
  return node;
}

/**
 * What a screen reader calls a node or edge ("touchpoint", "punto de contacto") in place of React Flow's
 * English "node" and "edge"; nothing when no word is given (React Flow's stays).
 */
function roleDescription(role: string | undefined): { 'aria-roledescription'?: string } {
  return role === undefined ? {} : { 'aria-roledescription': role };
}

/**
 * For the nodes behind the cards (stage columns, lanes, layers, notes), which are never focused: no role
 * description ("node") and no keyboard help, which is the touchpoints' and would be read for a column.
 */
export const BACKGROUND_NODE_ATTRIBUTES = { 'aria-roledescription': undefined, 'aria-describedby': undefined };

/** The last list given to sameListAs for each owner. */
const lastLists = new WeakMap<object, readonly unknown[]>();

/**
 * The list last given for this owner while every item of `list` is the same object as that one's, else
 * `list` (remembered for next time): React Flow goes over all its nodes whenever it is given a new array.
 */
export function sameListAs<T>(owner: object, list: T[]): T[] {
  const last = lastLists.get(owner) as T[] | undefined;
  if (last && last.length === list.length && last.every((item, i) => item === list[i])) return last;
  lastLists.set(owner, list);
  return list;
}

/** Column nodes kept per stage object, reused while their place and height stay the same. */
const stageNodes = new WeakMap<Stage, StageFlowNode>();

/** Stage columns as background nodes, their header on top, `height` tall (columnHeight, canvas units). */
export function toStageNodes(stages: readonly Stage[], height: number): StageFlowNode[] {
  return stageColumns(stages).map(({ stage, index, x, width }) => {
    const cached = stageNodes.get(stage);
    if (cached && cached.position.x === x && cached.data.index === index && cached.height === height) return cached;
    const node: StageFlowNode = {
      id: `stage:${stage.id}`,
      type: 'stage',
      position: { x, y: 0 },
      data: { stageId: stage.id, name: stage.name, index, height },
      width,
      height,
      draggable: true,
      dragHandle: '.stage-column__grip',
      selectable: false,
      focusable: false,
      zIndex: 0,
      domAttributes: BACKGROUND_NODE_ATTRIBUTES,
    };
    stageNodes.set(stage, node);
    return node;
  });
}

/** The cache toTouchpointNodes uses when its caller keeps none (tests, one-off mappings). */
const sharedCache = touchpointNodeCache();

/**
 * Touchpoints as React Flow nodes; the journey stays the source of truth. React Flow's measured sizes
 * (canvas units, by touchpoint id) come back in from the canvas so a node made again (moved, selected) is
 * not measured again; a new measurement by itself keeps the node. Nodes carry no touchpoint fields but
 * position and size: each card reads its touchpoint and words itself.
 */
export function toTouchpointNodes(
  journey: Pick<Journey, 'touchpoints'>,
  selected: ReadonlySet<string> = new Set(),
  measured: ReadonlyMap<string, Dimensions> = new Map(),
  cache: TouchpointNodeCache = sharedCache,
  role?: string,
): TouchpointFlowNode[] {
  const { touchpoints } = journey;
  const last = lastMapping.get(cache);
  // Typing a title makes a new array in which one touchpoint is a new object: with the same selection and
  // sizes, every other place keeps its node without being looked at again.
  const reuse =
    last &&
    last.selected === selected &&
    last.measured === measured &&
    last.role === role &&
    last.touchpoints.length === touchpoints.length;
  const nodes = touchpoints.map((t, i) =>
    reuse && last.touchpoints[i] === t
      ? last.nodes[i]
      : toTouchpointNode(t, selected.has(t.id), measured.get(t.id), cache, role),
  );
  lastMapping.set(cache, { touchpoints, selected, measured, role, nodes });
  return nodes;
}

/** The last mapping made with each cache: what it was given and the nodes it made. */
const lastMapping = new WeakMap<
  TouchpointNodeCache,
  {
    touchpoints: readonly Touchpoint[];
    selected: ReadonlySet<string>;
    measured: ReadonlyMap<string, Dimensions>;
    role: string | undefined;
    nodes: TouchpointFlowNode[];
  }
>();

/** Tells React Flow to write no aria-label of its own on an edge (`ariaLabel === null`; typed as a string). */
const NO_ARIA_LABEL = null as unknown as string;

/** Edge objects kept per connection object, for the same reason as touchpoint nodes. */
const connectionEdges = new WeakMap<Connection, JourneyFlowEdge>();

/** The last edge list made for each connections array, with the touchpoints and selection it was made for. */
const edgeLists = new WeakMap<
  readonly Connection[],
  { edges: JourneyFlowEdge[]; touchpoints: readonly Touchpoint[]; selected: ReadonlySet<string>; role?: string }
>();

/** Whether every touchpoint of `next` has the id and owning function of the one at its place in `previous`. */
function sameOwners(previous: readonly Touchpoint[], next: readonly Touchpoint[]): boolean {
  if (previous.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) {
    const a = previous[i];
    const b = next[i];
    if (a !== b && (a.id !== b.id || a.functionId !== b.functionId)) return false;
  }
  return true;
}

/**
 * Connections as edges; a connection between two owning functions is marked as a hand-off. Moving a card
 * changes the touchpoints but seldom an edge: then the same array comes back, so React Flow does not
 * re-index every edge on each step of a drag.
 */
export function toEdges(
  journey: Pick<Journey, 'touchpoints' | 'connections'>,
  selected: ReadonlySet<string> = new Set(),
  role?: string,
): JourneyFlowEdge[] {
  const last = edgeLists.get(journey.connections);
  // Typing a title changes no edge: same connections, same selection, every owner as it was.
  if (last && last.selected === selected && last.role === role && sameOwners(last.touchpoints, journey.touchpoints)) {
    last.touchpoints = journey.touchpoints;
    return last.edges;
  }
  const edges = edgesOf(journey, selected, role);
  const previous = last?.edges;
  const kept =
    previous && previous.length === edges.length && previous.every((edge, i) => edge === edges[i]) ? previous : edges;
  edgeLists.set(journey.connections, { edges: kept, touchpoints: journey.touchpoints, selected, role });
  return kept;
}

function edgesOf(
  journey: Pick<Journey, 'touchpoints' | 'connections'>,
  selected: ReadonlySet<string>,
  role: string | undefined,
) {
  const owner = new Map(journey.touchpoints.map((t) => [t.id, t.functionId]));
  return journey.connections.map((c) => {
    const from = owner.get(c.from);
    const to = owner.get(c.to);
    const handoff = from != null && to != null && from !== to;
    const isSelected = selected.has(c.id);
    const cached = connectionEdges.get(c);
    if (
      cached &&
      cached.selected === isSelected &&
      cached.data?.handoff === handoff &&
      cached.domAttributes?.['aria-roledescription'] === role
    )
      return cached;
    const edge: JourneyFlowEdge = {
      id: c.id,
      source: c.from,
      target: c.to,
      label: cleanText(c.label, 'collapse') || undefined,
      type: 'connection',
      className: handoff ? 'edge--handoff' : undefined,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      selected: isSelected,
      // Above the stage columns and blueprint lanes (0), which cover the canvas and took every click meant
      // for a line; below the cards (1 too, drawn after the edges).
      zIndex: 1,
      data: { handoff },
      // The edge holds its label (ConnectionEdge, naming both touchpoints by title), so a title edit leaves the
      // edge as it is. React Flow otherwise writes an English aria-label of ids ("Edge from 3f2a... to ...");
      // null leaves it out (the edge renderer checks for null; its type only says string).
      ariaLabel: NO_ARIA_LABEL,
      domAttributes: { 'aria-labelledby': connectionLabelId(c.id), ...roleDescription(role) },
    };
    connectionEdges.set(c, edge);
    return edge;
  });
}
