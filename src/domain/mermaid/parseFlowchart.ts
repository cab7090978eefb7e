import { refuse, type ImportRefusal, type ImportWarning, type ImportWarningCode } from '../import/importResult';
import { FlowCursor } from './flowCursor';
import { labelText, readQuoted, readShapeText } from './flowLabel';
import { NODE_ID, readNodeStatement, type EdgeMention } from './flowStatement';
import { DIAGRAM_KEYWORDS, findDiagramStart, FLOWCHART_KEYWORDS } from './preamble';

/**
 * A parser for the subset of Mermaid's flowchart (https://mermaid.js.org/syntax/flowchart.html) that
 * journeys are sketched in: nodes, links and subgraphs. Styling and interaction (`classDef`, `class`,
 * `style`, `linkStyle`, `click`) are skipped and reported; what it cannot read is skipped statement by
 * statement and reported with its line, never thrown. Pure: text in, data out.
 */

/** A node of the flowchart, once however many statements name it: what becomes a touchpoint. */
export interface FlowchartNode {
  /** As written (`A`, `paso-1`); a node named like a subgraph's id is that subgraph (see journeyFromFlowchart). */
  id: string;
  /** The label of its last shape (Mermaid draws the last one given), or null when only its id is written. */
  text: string | null;
  /** Line where it first appears. */
  line: number;
  /** Index into MermaidFlowchartDoc.subgraphs of the subgraph it belongs to, or null for none. */
  subgraph: number | null;
  /** Place among nodes and subgraphs, in order of first appearance. */
  order: number;
}

/** A `subgraph ... end` block: what becomes a stage. */
export interface FlowchartSubgraph {
  /** As written, or Mermaid's generated `subGraph<index>` when the title is quoted or holds spaces. */
  id: string;
  /** The title as drawn (labelText); '' when it has none, and then its id names its stage. */
  title: string;
  /** Line of its `subgraph` statement. */
  line: number;
  /** Index of the subgraph it is written in, or null. */
  parent: number | null;
  /** Place among nodes and subgraphs, in order of first appearance. */
  order: number;
}

/** A link between two nodes (or subgraphs) by id, as written; one per pair that an `A & B --> C` joins. */
export type FlowchartEdge = EdgeMention;

/** What a flowchart says, in order of appearance. */
export interface MermaidFlowchartDoc {
  /** The front matter's `title:`, else ''. */
  title: string;
  /** The `accTitle:` statement's text, else ''. */
  accTitle: string;
  /** The `accDescr:` statement's or `accDescr { }` block's text, else ''. */
  accDescr: string;
  nodes: FlowchartNode[];
  subgraphs: FlowchartSubgraph[];
  edges: FlowchartEdge[];
  /** Line of the `flowchart` (or `graph`) header. */
  line: number;
}

/**
 * The flowchart read, with what was skipped or guessed on the way (ImportWarning codes: `flowchart-skipped`,
 * `unread-statement`, `unclosed-shape`, `link-without-end`, `ampersand-without-node`, `too-many-links`,
 * `stray-end`, `unclosed-subgraph`, `unclosed-flowchart-acc-descr`), or why nothing could be read.
 */
export type MermaidFlowchartParseResult =
  { ok: true; doc: MermaidFlowchartDoc; warnings: ImportWarning[] } | { ok: false; refusal: ImportRefusal };

/**
 * The most links a flowchart's import makes: `A & B & ... --> C & D & ...` joins every pair, and a journey
 * of LIMITS.touchpoints cards with more connections than this would be unreadable long before.
 */
export const MAX_FLOWCHART_EDGES = 20_000;

/** Statements of styling and interaction, skipped (and counted) as a journey has no place for them. */
const SKIPPED = /(classDef|class|style|linkStyle|click)(?=[ \t])/y;
/** A subgraph's `direction`, as a whole statement: `direction --> B` is a link from a node named direction. */
const DIRECTION = /direction[ \t]+(?:TB|TD|BT|RL|LR)(?=[ \t]*(?:[;\n]|%%|$))/y;
const HEADER = /(flowchart-elk|flowchart|graph)(?:[ \t]+(TB|TD|BT|RL|LR|[<>^v]))?(?=[ \t;]|$)/my;

/**
 * The start of a line that reads as a flowchart statement rather than prose: a keyword, or a node id alone
 * or followed by a shape, a group, a class or a link (`A`, `A[`, `A & B`, `A --> B`).
 */
const STATEMENT_LINE =
  /^[ \t]*(?:(?:subgraph|end|classDef|class|style|linkStyle|click|direction|accTitle|accDescr)(?![\p{L}\p{N}_$])|[\p{L}\p{N}_$][\p{L}\p{N}_$.-]*(?:@\{|[[({>]|[ \t]*(?:[;&]|:::|--|==|-\.|~~~|<[-=]|[ox]--|$)))/u;

/** The index of the first line at or after `from` (a line break, or the end) that reads as a statement. */
function statementEnd(text: string, from: number): number {
  for (let at = from; at < text.length;) {
    const next = text.indexOf('\n', at + 1);
    const end = next < 0 ? text.length : next;
    if (STATEMENT_LINE.test(text.slice(at + 1, end))) return at + 1;
    at = end;
  }
  return text.length;
}

interface OpenSubgraph {
  index: number;
  mentions: string[];
}

class FlowchartReader {
  readonly warnings: ImportWarning[] = [];
  readonly doc: MermaidFlowchartDoc;
  private readonly nodeIndex = new Map<string, number>();
  private readonly open: OpenSubgraph[] = [];
  /** The warning of each kind of skipped statement, at its first line, counting them. */
  private readonly skipped = new Map<string, ImportWarning>();
  private order = 0;
  private edgesLeftOut = 0;

  constructor(
    readonly cursor: FlowCursor,
    line: number,
    title: string,
  ) {
    this.doc = { title, accTitle: '', accDescr: '', nodes: [], subgraphs: [], edges: [], line };
  }

  warn(code: ImportWarningCode, line: number, value?: string) {
    this.warnings.push(value === undefined ? { code, line } : { code, line, value });
  }

  /** Reads the statement at the cursor and moves past it. */
  statement() {
    const c = this.cursor;
    c.skipSpaces();
    if (c.peek() === '\n' || c.peek() === ';' || c.peek(2) === '%%') return c.endStatement();
    const line = c.lineOf();
    const skipped = c.match(SKIPPED);
    if (skipped) {
      const seen = this.skipped.get(skipped[1]);
      if (seen) seen.count = (seen.count ?? 1) + 1;
      else {
        const warning: ImportWarning = { code: 'flowchart-skipped', line, value: skipped[1], count: 1 };
        this.skipped.set(skipped[1], warning);
        this.warnings.push(warning);
      }
      c.skipStatement();
      return;
    }
    const acc = c.match(/acc(Title|Descr)[ \t]*:/y);
    if (acc) this.acc(acc[1]);
    else if (c.match(/subgraph(?=[ \t;\n]|$)/y)) this.subgraph(line);
    else if (c.match(/end(?=[ \t;\n]|$)/y)) this.end(line);
    else if (c.match(DIRECTION)) c.endStatement();
    else if (c.match(/accDescr[ \t]*\{/y)) this.accBlock(line);
    else if (/[\p{L}\p{N}_$]/u.test(c.peek())) this.nodes();
    else this.unread(line);
  }

  private unread(line: number) {
    this.warn('unread-statement', line, this.cursor.skipStatement().trim().slice(0, 80));
  }

  private acc(which: string) {
    const text = this.cursor.restOfLine();
    this.cursor.pos += text.length;
    this.doc[which === 'Title' ? 'accTitle' : 'accDescr'] = labelText({ text, markdown: false });
  }

  /**
   * `accDescr { ... }`, which Mermaid ends at the first '}'. When there is none, or a '{' comes first (a
   * shape's, so that '}' is the shape's too), the block was left open: it ends before the first line that
   * reads as a statement (statementEnd), reported, so the lines after it are read rather than swallowed.
   */
  private accBlock(line: number) {
    const c = this.cursor;
    const close = c.find('}', c.pos);
    const open = c.find('{', c.pos);
    if (close >= 0 && (open < 0 || close < open)) {
      this.doc.accDescr = labelText({ text: c.text.slice(c.pos, close), markdown: false });
      c.pos = close + 1;
      return;
    }
    this.warn('unclosed-flowchart-acc-descr', line);
    const end = statementEnd(c.text, c.lineEnd());
    this.doc.accDescr = labelText({ text: c.text.slice(c.pos, end), markdown: false });
    c.pos = end;
  }

  private nodes() {
    const c = this.cursor;
    const room = MAX_FLOWCHART_EDGES - this.doc.edges.length;
    const read = readNodeStatement(c, room);
    for (const mention of read.nodes) {
      let index = this.nodeIndex.get(mention.id);
      if (index === undefined) {
        index = this.doc.nodes.length;
        this.nodeIndex.set(mention.id, index);
        this.doc.nodes.push({ id: mention.id, text: null, line: mention.line, subgraph: null, order: this.order++ });
      }
      if (mention.text !== null) this.doc.nodes[index].text = mention.text;
      this.open.at(-1)?.mentions.push(mention.id);
    }
    for (const edge of read.edges) this.doc.edges.push(edge); // no spread: it may hold MAX_FLOWCHART_EDGES
    if (read.edgesLeftOut > 0 && this.edgesLeftOut === 0)
      this.warn('too-many-links', c.lineOf(), String(MAX_FLOWCHART_EDGES));
    this.edgesLeftOut += read.edgesLeftOut;
    if (read.problem) {
      this.warn(read.problem.code, read.problem.line, read.problem.value);
      c.skipStatement();
    } else c.endStatement();
  }

  /** `subgraph id [Title]`, `subgraph id["Title"]`, `subgraph "Title"`, `subgraph Title words`. */
  private subgraph(line: number) {
    const c = this.cursor;
    c.skipSpaces();
    let id = '';
    let title: string;
    const quoted = readQuoted(c);
    if (quoted && quoted !== 'unclosed') title = labelText(quoted);
    else {
      const start = c.pos;
      const named = c.match(NODE_ID);
      c.skipSpaces();
      if (named && c.peek() === '[') {
        c.pos++;
        const raw = readShapeText(c, [']']);
        id = named[0];
        if (raw === 'unclosed') {
          this.warn('unclosed-shape', line, c.restOfLine().trim());
          title = labelText({ text: c.restOfLine(), markdown: false });
          c.pos += c.restOfLine().length;
        } else title = labelText(raw);
      } else {
        // Mermaid takes the words as both id and title (the id is generated when they hold a space).
        c.pos = start;
        title = labelText({ text: c.scanStatement(), markdown: false });
        id = /\s/.test(title) ? '' : title;
      }
    }
    c.endStatement();
    const index = this.doc.subgraphs.length;
    const parent = this.open.at(-1)?.index ?? null;
    this.open.at(-1)?.mentions.push(id);
    this.doc.subgraphs.push({ id: id || `subGraph${index}`, title, line, parent, order: this.order++ });
    this.open.push({ index, mentions: [] });
  }

  /**
   * Closes the innermost open subgraph: each node it mentions that no subgraph closed before holds becomes
   * its own, so a node belongs to the innermost subgraph that names it, as in Mermaid's flowDb (makeUniq).
   */
  end(line: number) {
    const closed = this.open.pop();
    if (!closed) this.warn('stray-end', line);
    else
      for (const id of closed.mentions) {
        const index = this.nodeIndex.get(id);
        if (index !== undefined && this.doc.nodes[index].subgraph === null)
          this.doc.nodes[index].subgraph = closed.index;
      }
    this.cursor.endStatement();
  }

  /** At the end of the text: closes what is still open (reported) and adds the counts of skipped lines. */
  finish() {
    while (this.open.length > 0) {
      const sub = this.doc.subgraphs[this.open.at(-1)!.index];
      this.warn('unclosed-subgraph', sub.line, sub.title || sub.id);
      this.end(sub.line);
    }
  }
}

/**
 * Parses the text of one Mermaid flowchart (`flowchart` or `graph`, any direction; no Markdown around it:
 * see findMermaidBlocks). `firstLine` is the input line the text starts on, so warnings point into the
 * whole input. Never throws: a statement it cannot read is skipped and reported (see
 * MermaidFlowchartParseResult for the warnings). Refuses `empty` text, `unclosed-front-matter`,
 * `not-journey` for another diagram type (named in `diagramType`), and `empty-flowchart` for a flowchart
 * without a node.
 */
export function parseMermaidFlowchart(text: string, firstLine = 1): MermaidFlowchartParseResult {
  const found = findDiagramStart(text, firstLine);
  if (!found.ok) return found;
  const { lines, header, frontMatterTitle } = found.start;
  const body = lines.slice(header).join('\n');
  const cursor = new FlowCursor(body, firstLine + header);
  cursor.skipSpaces();
  const head = cursor.match(HEADER);
  if (!head || !FLOWCHART_KEYWORDS.has(head[1])) {
    const other = DIAGRAM_KEYWORDS.exec(lines[header].trim());
    return refuse('not-journey', { line: firstLine + header, diagramType: other?.[1] });
  }
  const reader = new FlowchartReader(cursor, firstLine + header, frontMatterTitle);
  cursor.endStatement();
  while (!cursor.atEnd()) {
    const before = cursor.pos;
    reader.statement();
    // Every statement moves on; should one not, skip a character rather than loop.
    if (cursor.pos === before) cursor.pos++;
  }
  reader.finish();
  const { doc, warnings } = reader;
  if (doc.nodes.length === 0) return refuse('empty-flowchart', { line: doc.line });
  return { ok: true, doc, warnings };
}
