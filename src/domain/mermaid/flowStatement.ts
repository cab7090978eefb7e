import type { FlowCursor } from './flowCursor';
import { labelText, readQuoted, readShapeText } from './flowLabel';

/**
 * The nodes-and-edges statement of a Mermaid flowchart (https://mermaid.js.org/syntax/flowchart.html):
 * `A`, `A[text]` and the other shapes, `A@{ shape: ..., label: "text" }`, `A:::class`; groups `A & B`;
 * links `-->`, `---`, `-.->`, `-.-`, `==>`, `===`, `--o`, `--x`, `<-->`, `~~~` and their longer forms, with a
 * label as `-->|text|` or `-- text -->`; chains `A --> B --> C`, where each link joins every node of the
 * group before it to every node of the group after it.
 */

/** A node named by a statement, with its label when the statement gives one (a shape), else null. */
export interface NodeMention {
  id: string;
  text: string | null;
  line: number;
}

/** A link between two nodes, as written: `both` for `<-->`-style links, `invisible` for `~~~`. */
export interface EdgeMention {
  from: string;
  to: string;
  label: string;
  both: boolean;
  invisible: boolean;
  line: number;
}

/** Why (part of) a statement could not be read; what was read before it stands. */
export interface StatementProblem {
  code: 'unclosed-shape' | 'link-without-end' | 'ampersand-without-node' | 'unread-statement';
  value: string;
  line: number;
}

/** What one statement of nodes and links says, in order: what readNodeStatement returns. */
export interface NodeStatement {
  /** Every node named, each time it is named (a node named twice is listed twice). */
  nodes: NodeMention[];
  edges: EdgeMention[];
  /** Links not made because `room` ran out (a huge `A & B & ... --> C & D & ...`). */
  edgesLeftOut: number;
  problem: StatementProblem | null;
}

/** A node id: letters, digits, '_' and '$', with single '-' or '.' between them (`paso-1`), never `--`. */
export const NODE_ID = /[\p{L}\p{N}_$](?:[\p{L}\p{N}_$]|[-.](?=[\p{L}\p{N}_$]))*/uy;

/** Shape openers with their closers, longest first so `((` is not read as `(` holding `(`. */
const SHAPES: readonly (readonly [string, readonly string[]])[] = [
  ['(((', [')))']],
  ['([', ['])']],
  ['((', ['))']],
  ['(', [')']],
  ['[[', [']]']],
  ['[(', [')]']],
  ['[/', ['/]', '\\]']],
  ['[\\', ['\\]', '/]']],
  ['[', [']']],
  ['{{', ['}}']],
  ['{', ['}']],
  ['>', [']']],
];

// A whole link: optional start head, then a normal (--), thick (==) or dotted (-.-) body and its end head.
const FULL_LINK = /([<ox])?(?:(-{2,})([->ox])|(={2,})([=>ox])|-\.+-([>ox])?|(~{3,}))/y;
// The start of a link whose label sits inside it: `-- text -->`, `== text ==>`, `-. text .->`.
const LABEL_LINK = /([<ox])?(--|==|-\.)/y;
const LABEL_LINK_END: Record<string, RegExp> = {
  '--': /-{2,}([->ox])/g,
  '==': /={2,}([=>ox])/g,
  '-.': /\.+-([>ox])?/g,
};
const WORD = /[\p{L}\p{N}_]/u;

interface Link {
  label: string;
  both: boolean;
  invisible: boolean;
}

function problem(code: StatementProblem['code'], value: string, line: number): StatementProblem {
  return { code, value: value.trim().slice(0, 80), line };
}

/** A line of shape data after the first: `key: value`, or blank. */
const DATA_LINE = /^[ \t]*(?:[\p{L}\p{N}_-]+[ \t]*:.*)?$/u;

/**
 * Reads `@{ ... }` (the cursor just past '@'): its `label`, or null when it has none. 'unclosed' without '}',
 * and when a line before the '}' is no `key: value` (`B --> C`): the block was left open, and its '}' is
 * another's, so taking it would swallow the lines between.
 */
function readShapeData(cursor: FlowCursor): string | null | 'unclosed' {
  const start = cursor.pos;
  // Its data may span lines; a '}' inside a quoted label would end it early, as it rarely holds one.
  const at = cursor.find('}', start + 1);
  if (at < 0) return 'unclosed';
  // Line by line, stopping at the first that is no data, so open blocks on many lines cost one pass in all.
  for (let end = cursor.lineEnd(start); end < at; end = cursor.lineEnd(end + 1))
    if (!DATA_LINE.test(cursor.text.slice(end + 1, Math.min(at, cursor.lineEnd(end + 1))))) return 'unclosed';
  cursor.pos = at + 1;
  const label = /(?:^|[{,\s])label\s*:\s*(?:"([^"]*)"|'([^']*)'|([^,}\n]*))/.exec(cursor.text.slice(start, at));
  if (!label) return null;
  const text = label[1] ?? label[2] ?? label[3];
  const markdown = text.startsWith('`') && text.endsWith('`') && text.length >= 2;
  return labelText({ text: markdown ? text.slice(1, -1) : text, markdown });
}

/** Reads one node at the cursor: null when no id starts here. */
function readNode(cursor: FlowCursor): NodeMention | StatementProblem | null {
  const line = cursor.lineOf();
  const id = cursor.match(NODE_ID);
  if (!id) return null;
  let text: string | null = null;
  if (cursor.peek(2) === '@{') {
    cursor.pos++;
    const data = readShapeData(cursor);
    if (data === 'unclosed') return problem('unclosed-shape', cursor.restOfLine(), line);
    text = data;
  } else {
    const beforeSpaces = cursor.pos;
    cursor.skipSpaces();
    const shape = SHAPES.find(
      ([open]) => cursor.peek(open.length) === open && (open !== '>' || cursor.pos === beforeSpaces),
    );
    if (shape) {
      const opened = cursor.pos;
      cursor.pos += shape[0].length;
      const raw = readShapeText(cursor, shape[1]);
      if (raw === 'unclosed')
        return problem('unclosed-shape', cursor.text.slice(opened, opened + 80).split('\n')[0], line);
      text = labelText(raw);
    } else cursor.pos = beforeSpaces;
  }
  cursor.match(/:::[\w-]+/y); // a class to style the node: no place in a journey
  return { id: id[0], text, line };
}

/**
 * Reads `A & B & C` at the cursor; an empty list when no node starts here, `ampersand-without-node` (naming
 * the nodes before it) when an '&' is followed by none.
 */
function readGroup(cursor: FlowCursor): NodeMention[] | StatementProblem {
  const group: NodeMention[] = [];
  for (;;) {
    const node = readNode(cursor);
    if (node === null)
      return group.length === 0
        ? group
        : problem('ampersand-without-node', group.map((n) => n.id).join(' & '), cursor.lineOf());
    if ('code' in node) return node;
    group.push(node);
    cursor.skipSpaces();
    if (cursor.peek() !== '&') return group;
    cursor.pos++;
    cursor.skipSpaces();
  }
}

/** The label of `|text|` or of `-- text -->`, quotes taken off. */
function linkLabel(text: string): string {
  const quoted = /^\s*"(`?)([\s\S]*)\1"\s*$/.exec(text);
  return labelText(quoted ? { text: quoted[2], markdown: quoted[1] === '`' } : { text, markdown: false });
}

/** Reads a link's `|label|` at the cursor, if any (a quoted one may hold '|'); '' when there is none. */
function readPipeLabel(cursor: FlowCursor): string {
  const start = cursor.pos;
  if (!cursor.match(/[ \t]*\|[ \t]*/y)) return '';
  const quoted = readQuoted(cursor);
  if (quoted && quoted !== 'unclosed' && cursor.match(/[ \t]*\|/y)) return labelText(quoted);
  cursor.pos = start;
  const pipe = cursor.match(/[ \t]*\|([^|\n]*)\|/y);
  return pipe ? linkLabel(pipe[1]) : '';
}

/** Reads `-- text -->` (and its thick and dotted forms) at the cursor; null, without moving, if none. */
function readLabelledLink(cursor: FlowCursor): Link | null {
  const start = cursor.pos;
  const open = cursor.match(LABEL_LINK);
  if (!open) return null;
  const end = LABEL_LINK_END[open[2]];
  const lineEnd = cursor.lineEnd();
  for (let from = cursor.pos, found = cursor.search(end, from); found && found.index < lineEnd;) {
    const after = found.index + found[0].length;
    const head = found[1] ?? '';
    // `--x`/`--o` ends the link only before a space or a bracket, not inside a word (`-- box -->`).
    if ((head === 'x' || head === 'o') && WORD.test(cursor.text[after] ?? '')) {
      from = found.index + 1;
      found = cursor.search(end, from);
      continue;
    }
    const label = linkLabel(cursor.text.slice(cursor.pos, found.index));
    if (label === '' && found.index === cursor.pos) break;
    cursor.pos = after;
    return { label, both: open[1] !== undefined && /[>ox]/.test(head), invisible: false };
  }
  cursor.pos = start;
  return null;
}

/** Reads a link at the cursor, with its `|label|`; null, without moving, if none starts here. */
function readLink(cursor: FlowCursor): Link | null {
  const start = cursor.pos;
  const full = cursor.match(FULL_LINK);
  if (full) {
    const head = full[3] ?? full[5] ?? full[6] ?? '';
    // `A --ok--> B`: the `--o` is the start of a label, not a circle head.
    if ((head === 'x' || head === 'o') && WORD.test(cursor.peek())) {
      const end = cursor.pos;
      cursor.pos = start;
      const labelled = readLabelledLink(cursor);
      if (labelled) return labelled;
      cursor.pos = end;
    }
    const link = { label: '', both: full[1] !== undefined && /[>ox]/.test(head), invisible: full[7] !== undefined };
    link.label = readPipeLabel(cursor);
    return link;
  }
  return readLabelledLink(cursor);
}

/**
 * Joins every node of `from` to every node of `to` with `link`, up to `room` edges in `result`; the pairs past
 * it are counted, not walked: `A1 & ... & A100000 --> B1 & ... & B100000` has 10^10 of them.
 */
function joinGroups(
  result: NodeStatement,
  from: NodeMention[],
  to: NodeMention[],
  link: Link & { line: number },
  room: number,
) {
  const before = result.edges.length;
  for (const a of from)
    for (const b of to) {
      if (result.edges.length >= room) {
        result.edgesLeftOut += from.length * to.length - (result.edges.length - before);
        return;
      }
      result.edges.push({ from: a.id, to: b.id, ...link });
    }
}

/**
 * Reads a statement of nodes and links at the cursor (which stands on a node id), up to its end; at most
 * `room` edges are made. On a problem, what came before it is returned with it, and the cursor stays where
 * reading stopped (the caller skips the rest of the statement).
 */
export function readNodeStatement(cursor: FlowCursor, room: number): NodeStatement {
  const result: NodeStatement = { nodes: [], edges: [], edgesLeftOut: 0, problem: null };
  let group = readGroup(cursor);
  if ('code' in group) return { ...result, problem: group };
  // Loops, not push(...group): a spread passes each node as an argument, and a group of 200,000 overflows the stack.
  for (const node of group) result.nodes.push(node);
  while (!cursor.atStatementEnd()) {
    const line = cursor.lineOf();
    const link = readLink(cursor);
    if (!link) return { ...result, problem: problem('unread-statement', cursor.restOfLine(), line) };
    if (cursor.atStatementEnd())
      return { ...result, problem: problem('link-without-end', group.map((n) => n.id).join(' & '), line) };
    const next = readGroup(cursor);
    if ('code' in next) return { ...result, problem: next };
    if (next.length === 0) return { ...result, problem: problem('unread-statement', cursor.restOfLine(), line) };
    joinGroups(result, group, next, { ...link, line }, room);
    for (const node of next) result.nodes.push(node);
    group = next;
  }
  return result;
}
