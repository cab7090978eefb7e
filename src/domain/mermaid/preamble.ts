import { refuse, type ImportRefusal } from '../import/importResult';

/**
 * What comes before a Mermaid diagram's header, shared by the journey and flowchart parsers: blank lines,
 * YAML front matter (`---` ... `---`, whose `title:` names the diagram), `%%{init: ...}%%` directives (over
 * one or more lines) and `%%` comment lines, as Mermaid's preprocessing removes them
 * (https://mermaid.js.org/config/configuration.html#frontmatter-config).
 */
export interface DiagramStart {
  /** The diagram's lines, line breaks normalised. */
  lines: string[];
  /** 0-based index into `lines` of the header (the diagram's first statement). */
  header: number;
  /** The front matter's `title:`, else ''. */
  frontMatterTitle: string;
}

/** Keywords that open Mermaid diagrams, to name what was found (flowchart-elk before flowchart, and so on). */
export const DIAGRAM_KEYWORDS =
  /^(flowchart-elk|flowchart|graph|sequenceDiagram|classDiagram-v2|classDiagram|stateDiagram-v2|stateDiagram|erDiagram|gantt|pie|quadrantChart|requirementDiagram|gitGraph|C4Context|C4Container|C4Component|C4Dynamic|C4Deployment|mindmap|timeline|sankey-beta|sankey|xychart-beta|xychart|block-beta|block|packet-beta|packet|architecture-beta|architecture|kanban|radar-beta|radar|treemap|zenuml|info|venn-beta|venn)\b/;

/** The header keywords of a flowchart (`graph` is its older name; flowchart-elk only changes the layout). */
export const FLOWCHART_KEYWORDS = new Set(['flowchart', 'graph', 'flowchart-elk']);

function splitFrontMatter(lines: string[], at: number): { title: string; end: number } | 'unclosed' | null {
  const open = /^([ \t]*)-{3}\s*$/.exec(lines[at]);
  if (!open) return null;
  const close = new RegExp(`^${open[1]}-{3}\\s*$`);
  const end = lines.findIndex((l, i) => i > at && close.test(l));
  if (end < 0) return 'unclosed';
  let title = '';
  for (const l of lines.slice(at + 1, end)) {
    const m = new RegExp(`^${open[1]}title\\s*:\\s*(.*?)\\s*$`).exec(l);
    if (!m) continue;
    const v = m[1];
    if (/^".*"$/.test(v)) title = v.slice(1, -1).replace(/\\"/g, '"');
    else if (/^'.*'$/.test(v)) title = v.slice(1, -1).replace(/''/g, "'");
    else title = v.replace(/\s+#.*$/, '');
  }
  return { title, end };
}

/**
 * Skips a `%%{...}%%` directive (possibly over several lines) or a `%%` comment line at `lines[i]`:
 * the index after it, or -1 when `lines[i]` is neither.
 */
export function skipDirectiveOrComment(lines: string[], i: number): number {
  const t = lines[i].trim();
  if (t.startsWith('%%{')) {
    let end = i;
    while (end < lines.length && !lines[end].includes('}%%')) end++;
    return end + 1;
  }
  return t.startsWith('%%') ? i + 1 : -1;
}

/**
 * Finds the header of the one diagram in `text` past its front matter, directives and comments. Refuses
 * `unclosed-front-matter` (at its line) and `empty` (nothing but those), lines counted from `firstLine`.
 */
export function findDiagramStart(
  text: string,
  firstLine: number,
): { ok: true; start: DiagramStart } | { ok: false; refusal: ImportRefusal } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i].trim() === '') i++;
  };
  skipBlank();
  let frontMatterTitle = '';
  const front = i < lines.length ? splitFrontMatter(lines, i) : null;
  if (front === 'unclosed') return refuse('unclosed-front-matter', { line: firstLine + i });
  if (front) {
    frontMatterTitle = front.title;
    i = front.end + 1;
  }
  for (skipBlank(); i < lines.length; skipBlank()) {
    const next = skipDirectiveOrComment(lines, i);
    if (next < 0) break;
    i = next;
  }
  if (i >= lines.length) return refuse('empty', { line: firstLine });
  return { ok: true, start: { lines, header: i, frontMatterTitle } };
}
