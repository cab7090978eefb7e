import type { Journey, Position } from './journey';
import { ROW_GAP, STAGE_HEADER_HEIGHT, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH, stageColumns } from './layout';

/**
 * Where "Tidy up" puts each touchpoint: dagre orders the graph to follow its connections with few
 * crossings, then each card is stacked in its own stage column in that order. dagre loads on demand; if its
 * code cannot be fetched (offline before the app was cached), the barycentre sweeps order the map instead,
 * so Tidy up never does nothing.
 */
export async function computeTidyLayout(journey: Journey): Promise<Record<string, Position>> {
  let dagre: (typeof import('@dagrejs/dagre'))['default'];
  try {
    ({ default: dagre } = await import('@dagrejs/dagre'));
  } catch (error) {
    console.warn('Tidy up ordered the map without dagre, whose code could not be loaded', error);
    return stackInColumns(journey, barycentreOrder(journey));
  }
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: ROW_GAP, ranksep: 80 });
  graph.setDefaultEdgeLabel(() => ({}));
  const stageOrder = new Map(journey.stages.map((s, i) => [s.id, i]));
  const stageIndex = new Map(journey.touchpoints.map((t) => [t.id, stageOrder.get(t.stageId) ?? 0]));
  for (const t of journey.touchpoints) graph.setNode(t.id, { width: TOUCHPOINT_WIDTH, height: TOUCHPOINT_HEIGHT });
  for (const c of journey.connections) {
    // Edges that run backwards through the stages (loops) must not drag cards out of order.
    const forward = (stageIndex.get(c.from) ?? 0) <= (stageIndex.get(c.to) ?? 0);
    graph.setEdge(forward ? c.from : c.to, forward ? c.to : c.from);
  }
  try {
    dagre.layout(graph);
  } catch (error) {
    // dagre recurses along paths: a chain of a few thousand cards overflows the stack (2,000 did in
    // Chromium, 4,000 in Node; Firefox names it InternalError). Such maps, and any dagre cannot lay out,
    // are ordered by the barycentre sweeps alone.
    console.warn('Tidy up ordered the map without dagre', error);
    return stackInColumns(journey, barycentreOrder(journey));
  }
  return stackInColumns(journey, (id) => graph.node(id)?.y ?? 0);
}

/**
 * An order of each stage's touchpoints that follows their connections: starting from their order on the
 * canvas, each column is sorted by the mean row of its cards' neighbours in other columns, sweeping left to
 * right then right to left, twice (the barycentre heuristic of Sugiyama, Tagawa and Toda, "Methods for
 * visual understanding of hierarchical system structures", 1981, which dagre's ordering refines). Iterative,
 * so any size of map is ordered. Returns each touchpoint's row in its column.
 */
export function barycentreOrder(journey: Journey): (id: string) => number {
  const stageOf = new Map(journey.touchpoints.map((t) => [t.id, t.stageId]));
  const columns = journey.stages.map((stage) =>
    journey.touchpoints
      .filter((t) => t.stageId === stage.id)
      .sort((a, b) => a.position.y - b.position.y)
      .map((t) => t.id),
  );
  const row = new Map(columns.flatMap((column) => column.map((id, i) => [id, i] as const)));
  const neighbours = new Map<string, string[]>();
  for (const c of journey.connections) {
    if (!row.has(c.from) || !row.has(c.to) || stageOf.get(c.from) === stageOf.get(c.to)) continue;
    neighbours.set(c.from, [...(neighbours.get(c.from) ?? []), c.to]);
    neighbours.set(c.to, [...(neighbours.get(c.to) ?? []), c.from]);
  }
  const key = (id: string) => {
    const around = neighbours.get(id) ?? [];
    if (around.length === 0) return row.get(id)!;
    return around.reduce((sum, n) => sum + row.get(n)!, 0) / around.length;
  };
  for (const sweep of [columns, [...columns].reverse(), columns, [...columns].reverse()]) {
    for (const column of sweep) {
      const keys = new Map(column.map((id) => [id, key(id)]));
      column.sort((a, b) => keys.get(a)! - keys.get(b)! || row.get(a)! - row.get(b)!);
      column.forEach((id, i) => row.set(id, i));
    }
  }
  return (id) => row.get(id) ?? 0;
}

/** Stacks each stage's touchpoints top to bottom in the order given by `rank`, centred in the column. */
export function stackInColumns(journey: Journey, rank: (id: string) => number): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const column of stageColumns(journey.stages)) {
    const members = journey.touchpoints
      .filter((t) => t.stageId === column.stage.id)
      .sort((a, b) => rank(a.id) - rank(b.id) || a.position.y - b.position.y);
    const x = column.x + Math.max(0, (column.width - TOUCHPOINT_WIDTH) / 2);
    members.forEach((t, row) => {
      positions[t.id] = { x, y: STAGE_HEADER_HEIGHT + ROW_GAP + row * (TOUCHPOINT_HEIGHT + ROW_GAP) };
    });
  }
  return positions;
}
