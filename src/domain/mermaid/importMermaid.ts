import type { Emotion, Journey } from '../journey';
import type { Repair } from '../restore';
import {
  assembleJourney,
  keepText,
  keepTouchpointTexts,
  touchpointLimitRefusal,
  type JourneyDraft,
} from '../import/assemble';
import { LIMITS } from '../limits';
import { refuse, type ImportRefusal, type ImportResult, type ImportWarning } from '../import/importResult';
import { checkImportText, decodeImportBytes } from '../import/inputText';
import { journeyFromFlowchart } from './flowchartJourney';
import { findMermaidBlocks, type MermaidBlock } from './mermaidSource';
import { parseMermaidFlowchart } from './parseFlowchart';
import { parseMermaidJourney, type MermaidJourneyDoc, type MermaidTask } from './parseJourney';
import { FLOWCHART_KEYWORDS } from './preamble';

/** The UI's words (and the clock) an import builds with; every one has a plain default. */
export interface MermaidImportOptions {
  /**
   * Put before the actor names in a touchpoint's notes, e.g. the UI's translation of "Actors"; without it
   * the notes hold the names alone ("Me, Cat").
   */
  actorsLabel?: string;
  /** Journey name when the diagram has no title (e.g. the file name). */
  fallbackName?: string;
  /** A flowchart's stage of the nodes outside every subgraph: the UI's name for an untitled stage. */
  untitledStage?: string;
  now?: Date;
}

/** One journey or flowchart diagram found in the input, built into a journey. */
export interface MermaidJourneyCandidate {
  /** 1-based line of the input holding the diagram's header (`journey`, `flowchart` or `graph`). */
  line: number;
  /** The kind of diagram it was built from. */
  diagramType: 'journey' | 'flowchart';
  origin: MermaidBlock['origin'];
  /** The diagram's title ('' when it has none): what the UI lists when the user picks among several. */
  title: string;
  journey: Journey;
  warnings: ImportWarning[];
  repairs: Repair[];
  /**
   * Distinct actor names, in order of first appearance: the journey's personas (up to LIMITS.personas).
   * A flowchart has none.
   */
  actors: string[];
}

/**
 * A diagram of the input that was not imported: another diagram type, an empty journey or flowchart, or one
 * with more touchpoints than a journey holds. `line` is 1-based, where the diagram starts.
 */
export interface SkippedDiagram {
  line: number;
  origin: MermaidBlock['origin'];
  refusal: ImportRefusal;
}

/**
 * Every journey or flowchart diagram of the input, each built (in input order), and the other diagrams left
 * out; or, when none could be built, why (ImportRefusal).
 */
export type MermaidImportResult =
  { ok: true; journeys: MermaidJourneyCandidate[]; skipped: SkippedDiagram[] } | { ok: false; refusal: ImportRefusal };

/**
 * Turns a parsed `journey` diagram into a journey: title -> name (else accTitle, else `fallbackName`),
 * accDescr -> description, each section -> a stage (repeated names stay separate stages, as Mermaid draws
 * them), each task -> a touchpoint in order, stacked in its stage and connected to the next; score 1..5 ->
 * emotion -2..+2; actors -> the touchpoint's notes, and each distinct actor -> a persona (the first to appear
 * is the main one; beyond LIMITS.personas they are left out, reported): every task's score is the main
 * persona's emotion, as Mermaid draws one curve, and the emotion of each other actor it names. The result has passed restoreJourney.
 * A diagram of more tasks than a journey holds touchpoints is refused (`too-many-touchpoints`, at its line).
 */
export function journeyFromMermaid(
  doc: MermaidJourneyDoc,
  warnings: ImportWarning[],
  options: MermaidImportOptions = {},
): ImportResult {
  const tooMany = touchpointLimitRefusal(
    doc.sections.reduce((count, section) => count + section.tasks.length, 0),
    doc.line,
  );
  if (tooMany) return tooMany;
  const personas = doc.actors.slice(0, LIMITS.personas);
  for (const actor of doc.actors.slice(LIMITS.personas)) warnings.push({ code: 'too-many-personas', value: actor });
  const personaIndex = new Map(personas.map((name, index) => [name, index]));
  // Texts too long for the journey are cut where they were read, and reported with that line.
  const firstLine = new Map<string, number>();
  for (const task of doc.sections.flatMap((s) => s.tasks))
    for (const actor of task.actors) if (!firstLine.has(actor)) firstLine.set(actor, task.line);
  const draft: JourneyDraft = {
    name: doc.title || doc.accTitle || options.fallbackName || '',
    description: doc.accDescr,
    personas:
      personas.length > 0
        ? personas.map((name) =>
            keepText(name, LIMITS.personaName, { line: firstLine.get(name), field: 'personaName' }, warnings),
          )
        : undefined,
    stages: doc.sections.map((s) =>
      keepText(s.name, LIMITS.stageName, { line: s.line ?? undefined, field: 'stage' }, warnings),
    ),
    touchpoints: doc.sections.flatMap((section, stage) =>
      section.tasks.map((task) =>
        keepTouchpointTexts(
          {
            stage,
            title: task.name,
            // The main persona carries every score, the curve Mermaid draws (actors are often who takes part,
            // an agent or a function, rather than who feels); each other actor named gets the score too.
            emotion: task.emotion,
            personaEmotions: personaEmotionsOf(task, personaIndex),
            notes:
              task.actors.length === 0
                ? ''
                : `${options.actorsLabel ? `${options.actorsLabel}: ` : ''}${task.actors.join(', ')}`,
          },
          { line: task.line },
          warnings,
        ),
      ),
    ),
  };
  return assembleJourney(draft, warnings, options.now);
}

/**
 * Imports Mermaid `journey` and `flowchart` (or `graph`) text: a .mmd file, pasted text, a Markdown file
 * holding one or more ```mermaid blocks, or HTML with `<div class="mermaid">`. Returns every journey and
 * flowchart diagram found, each built into a journey (journeyFromMermaid, journeyFromFlowchart), in input
 * order, for the UI to let the user pick one when there are several; other diagrams are listed as skipped.
 * A journey or flowchart that cannot be built (more touchpoints than a journey holds: `too-many-touchpoints`,
 * naming its line; one with no tasks or nodes) is listed as skipped with that refusal. Refuses when the text
 * is empty, too large or binary, or when no diagram can be imported: with the first such journey's or
 * flowchart's refusal, else the only diagram's, else `not-journey` naming the first other diagram type.
 */
export function importMermaid(text: string, options: MermaidImportOptions = {}): MermaidImportResult {
  const checked = checkImportText(text);
  if (!checked.ok) return checked;
  const journeys: MermaidJourneyCandidate[] = [];
  const skipped: SkippedDiagram[] = [];
  const blocks = findMermaidBlocks(checked.text);
  for (const block of blocks) {
    const read = readDiagram(block, options);
    if (read.kind === 'skipped') {
      skipped.push({ line: read.refusal.line ?? block.firstLine, origin: block.origin, refusal: read.refusal });
      continue;
    }
    if (!read.built.ok) {
      // One diagram too large for a journey leaves the others in the file to pick from.
      skipped.push({ line: read.candidate.line, origin: block.origin, refusal: read.built.refusal });
      continue;
    }
    journeys.push({ ...read.candidate, origin: block.origin, ...stripOk(read.built) });
  }
  if (journeys.length > 0) return { ok: true, journeys, skipped };
  // Nothing to import: why the first journey or flowchart failed says more than "none is a journey".
  const failed = skipped.find((s) => s.refusal.code !== 'not-journey');
  if (skipped.length === 1 || failed) return { ok: false, refusal: (failed ?? skipped[0]).refusal };
  const other = skipped.find((s) => s.refusal.diagramType)?.refusal.diagramType;
  return refuse('not-journey', {
    diagramType: other,
    detail: `${skipped.length} diagrams, none a journey or flowchart`,
  });
}

type DiagramRead =
  | { kind: 'skipped'; refusal: ImportRefusal }
  | {
      kind: 'built';
      built: ImportResult;
      candidate: Pick<MermaidJourneyCandidate, 'line' | 'diagramType' | 'title' | 'actors'>;
    };

/** Reads one block as a journey diagram, else (when its header says so) as a flowchart. */
function readDiagram(block: MermaidBlock, options: MermaidImportOptions): DiagramRead {
  const parsed = parseMermaidJourney(block.text, block.firstLine);
  if (parsed.ok) {
    const { doc } = parsed;
    const built = journeyFromMermaid(doc, [...block.warnings, ...parsed.warnings], options);
    const candidate = { line: doc.line, diagramType: 'journey' as const, title: doc.title, actors: doc.actors };
    return { kind: 'built', built, candidate };
  }
  if (!FLOWCHART_KEYWORDS.has(parsed.refusal.diagramType ?? '')) return { kind: 'skipped', refusal: parsed.refusal };
  const flow = parseMermaidFlowchart(block.text, block.firstLine);
  if (!flow.ok) return { kind: 'skipped', refusal: flow.refusal };
  const { doc } = flow;
  const built = journeyFromFlowchart(doc, [...block.warnings, ...flow.warnings], options);
  const title = doc.title || doc.accTitle;
  return { kind: 'built', built, candidate: { line: doc.line, diagramType: 'flowchart', title, actors: [] } };
}

/** importMermaid for a file's bytes: decoded (UTF-8, UTF-16 with BOM, else Windows-1252) and checked first. */
export function importMermaidBytes(bytes: Uint8Array, options: MermaidImportOptions = {}): MermaidImportResult {
  const decoded = decodeImportBytes(bytes);
  return decoded.ok ? importMermaid(decoded.text, options) : decoded;
}

/** The task's score as the emotion of each persona but the main one that it names, keyed by persona index. */
function personaEmotionsOf(task: MermaidTask, personaIndex: Map<string, number>): Record<number, Emotion> {
  const emotions: Record<number, Emotion> = {};
  if (task.emotion === null) return emotions;
  for (const actor of task.actors) {
    const index = personaIndex.get(actor);
    if (index !== undefined && index > 0) emotions[index] = task.emotion;
  }
  return emotions;
}

function stripOk(built: ImportResult & { ok: true }) {
  return { journey: built.journey, warnings: built.warnings, repairs: built.repairs };
}
