import {
  assembleJourney,
  keepText,
  keepTouchpointTexts,
  touchpointLimitRefusal,
  type DraftConnection,
  type DraftTouchpoint,
} from '../import/assemble';
import type { ImportResult, ImportWarning } from '../import/importResult';
import { LIMITS } from '../limits';
import type { FlowchartNode, MermaidFlowchartDoc } from './parseFlowchart';

/** The words and clock journeyFromFlowchart builds with: the UI's, as the domain has no language. */
export interface FlowchartJourneyOptions {
  /** Journey name when the diagram has no title (e.g. the file name). */
  fallbackName?: string;
  /** Name of the stage of nodes outside every subgraph (the UI's word for an untitled stage). */
  untitledStage?: string;
  now?: Date;
}

interface StagePlan {
  name: string;
  order: number;
  line?: number;
}

/**
 * `name`, or `name (2)`, `name (3)`... the first not `taken`: the stage of the nodes outside every subgraph is
 * named with the editor's word for a first stage ("Etapa 1"), which a subgraph may be titled too, and two
 * columns of one name would leave the user guessing which holds the loose nodes.
 */
function nameApart(name: string, taken: Set<string>): string {
  let apart = name;
  for (let nth = 2; taken.has(apart); nth++) apart = `${name} (${nth})`;
  return apart;
}

/**
 * Lays a flowchart's subgraphs out as stages: a subgraph that holds nodes of its own, or nothing at all, is
 * a stage, in order of its `subgraph` line; one that only holds other subgraphs is none (they are its
 * stages). Nodes outside every subgraph make one more stage, named `untitledStage` (numbered apart from a
 * subgraph of that name), placed where the first of them appears. Returns the stages and each node's stage
 * index.
 */
function planStages(
  doc: MermaidFlowchartDoc,
  nodes: FlowchartNode[],
  untitledStage: string,
  warnings: ImportWarning[],
): { stages: StagePlan[]; stageOf: (node: FlowchartNode) => number } {
  const own = new Set(nodes.map((n) => n.subgraph));
  const parents = new Set(doc.subgraphs.map((s) => s.parent));
  const plans: (StagePlan & { key: number | null })[] = [];
  doc.subgraphs.forEach((sub, index) => {
    if (parents.has(index)) warnings.push({ code: 'nested-subgraph', line: sub.line, value: sub.title || sub.id });
    if (own.has(index) || !parents.has(index))
      plans.push({ key: index, name: sub.title || sub.id, order: sub.order, line: sub.line });
  });
  const outside = nodes.find((n) => n.subgraph === null);
  if (outside) {
    const name = nameApart(untitledStage, new Set(plans.map((plan) => plan.name)));
    plans.push({ key: null, name, order: outside.order });
    if (doc.subgraphs.length > 0) warnings.push({ code: 'node-outside-subgraph', line: outside.line, value: name });
  }
  plans.sort((a, b) => a.order - b.order);
  const indexOf = new Map(plans.map((plan, index) => [plan.key, index]));
  return { stages: plans, stageOf: (node) => indexOf.get(node.subgraph)! };
}

/**
 * The connections a flowchart's links make between its touchpoints (`touchpointOf`: node id -> index):
 * `<-->` makes one each way; `~~~` (invisible) none. Dropped with a warning: a link from a node to itself
 * (`self-loop`), one to or from a subgraph (`link-to-subgraph`), and one repeating a connection already made
 * (`repeated-link`; its label is kept when the first had none), as the editor holds one per direction.
 */
function connectionsOf(
  doc: MermaidFlowchartDoc,
  touchpointOf: Map<string, number>,
  titleOf: (id: string) => string,
  warnings: ImportWarning[],
): DraftConnection[] {
  const subgraphs = new Map(doc.subgraphs.map((s) => [s.id, s.title || s.id]));
  const made = new Map<string, DraftConnection>();
  for (const edge of doc.edges) {
    if (edge.invisible) continue;
    const cluster = subgraphs.get(edge.from) ?? subgraphs.get(edge.to);
    if (cluster !== undefined) {
      warnings.push({ code: 'link-to-subgraph', line: edge.line, value: cluster });
      continue;
    }
    if (edge.from === edge.to) {
      warnings.push({ code: 'self-loop', line: edge.line, value: titleOf(edge.from) });
      continue;
    }
    const label = keepText(edge.label, LIMITS.connectionLabel, { line: edge.line, field: 'connectionLabel' }, warnings);
    for (const [from, to] of edge.both
      ? [
          [edge.from, edge.to],
          [edge.to, edge.from],
        ]
      : [[edge.from, edge.to]]) {
      const key = `${from}\u0000${to}`;
      const seen = made.get(key);
      if (!seen) {
        made.set(key, { from: touchpointOf.get(from)!, to: touchpointOf.get(to)!, label });
        continue;
      }
      warnings.push({ code: 'repeated-link', line: edge.line, value: `${titleOf(from)} → ${titleOf(to)}` });
      if (!seen.label) seen.label = label;
    }
  }
  return [...made.values()];
}

/**
 * Turns a parsed flowchart into a journey: front matter `title` -> name (else accTitle, else
 * `fallbackName`), accDescr -> description; subgraphs -> stages (planStages); each node -> a touchpoint
 * titled with its label (else its id), in order of first appearance, stacked in its stage's column; each link
 * -> a connection carrying the link's label (connectionsOf). Shapes, link styles and directions are left
 * out: a journey has one card and one connection kind. The result has passed restoreJourney. A flowchart of
 * more nodes than a journey holds touchpoints is refused (`too-many-touchpoints`, at its header's line).
 * Adds to `warnings` (which it returns with the journey): `nested-subgraph`, `node-outside-subgraph`,
 * `self-loop`, `repeated-link`, `link-to-subgraph` and `text-cut`.
 */
export function journeyFromFlowchart(
  doc: MermaidFlowchartDoc,
  warnings: ImportWarning[],
  options: FlowchartJourneyOptions = {},
): ImportResult {
  const clusters = new Set(doc.subgraphs.map((s) => s.id));
  const nodes = doc.nodes.filter((n) => !clusters.has(n.id));
  const tooMany = touchpointLimitRefusal(nodes.length, doc.line);
  if (tooMany) return tooMany;
  const { stages, stageOf } = planStages(doc, nodes, options.untitledStage ?? '', warnings);
  // Touchpoints are listed stage by stage so that each stage's column stacks them in order of appearance.
  const ordered = nodes
    .map((node, index) => ({ node, index, stage: stageOf(node) }))
    .sort((a, b) => a.stage - b.stage || a.index - b.index);
  const touchpointOf = new Map(ordered.map(({ node }, index) => [node.id, index]));
  const texts = new Map(doc.nodes.map((n) => [n.id, n.text]));
  const titleOf = (id: string) => texts.get(id) ?? id;
  const touchpoints: DraftTouchpoint[] = ordered.map(({ node, stage }) =>
    keepTouchpointTexts({ stage, title: node.text ?? node.id }, { line: node.line }, warnings),
  );
  return assembleJourney(
    {
      name: doc.title || doc.accTitle || options.fallbackName || '',
      description: doc.accDescr,
      stages: stages.map((s) => keepText(s.name, LIMITS.stageName, { line: s.line, field: 'stage' }, warnings)),
      touchpoints,
      connections: connectionsOf(doc, touchpointOf, titleOf, warnings),
    },
    warnings,
    options.now,
  );
}
