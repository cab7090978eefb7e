import type { Journey, Position } from './journey';
import { ROW_GAP, STAGE_HEADER_HEIGHT, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH, stageColumns } from './layout';

/**
 * Where "Tidy up" puts each touchpoint: dagre orders the graph to follow its connections with few
 * crossings, then each card is stacked in its own stage column in that order. Loaded on demand.
 */
export async function computeTidyLayout(journey: Journey): Promise<Record<string, Position>> {
  const { default: dagre } = await import('@dagrejs/dagre');
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
  dagre.layout(graph);
  return stackInColumns(journey, (id) => graph.node(id)?.y ?? 0);
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
