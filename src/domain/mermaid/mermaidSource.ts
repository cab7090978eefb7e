import type { ImportWarning } from '../import/importResult';

/** One Mermaid diagram's text found in an input, with where it was found. */
export interface MermaidBlock {
  text: string;
  /** 1-based line of the input on which `text` starts, so line numbers can point into the input. */
  firstLine: number;
  /** `text`: the whole input; `markdown`: a ```mermaid (or ~~~mermaid) fence; `html`: a div or pre of class mermaid. */
  origin: 'text' | 'markdown' | 'html';
  warnings: ImportWarning[];
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const HTML_OPEN = /<(div|pre)\b[^>]*\bclass\s*=\s*["'][^"']*\bmermaid\b[^"']*["'][^>]*>/i;

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the HTML entities a browser would (`&amp;`, `&#39;`, `&#x1F600;`...): in a `<div class="mermaid">`,
 * whose text Mermaid reads, and in a flowchart's labels, which Mermaid renders as HTML.
 */
export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return HTML_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Removes the indentation every non-blank line shares, as Mermaid does with a div's text. */
function dedent(text: string): string {
  const lines = text.split('\n');
  // A reduce, not Math.min(...indents): spreading a div of 200,000 lines as arguments overflows the stack.
  const common = lines
    .filter((l) => l.trim() !== '')
    .reduce((least, l) => Math.min(least, /^[ \t]*/.exec(l)![0].length), Infinity);
  const cut = Number.isFinite(common) ? common : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

/**
 * Finds the Mermaid diagrams in a text: each ```mermaid or ~~~mermaid fenced block of a Markdown file
 * (CommonMark fences: up to 3 spaces of indent, closed by a fence of the same character at least as long;
 * one left open runs to the end, reported as `unclosed-fence`), and each `<div class="mermaid">` or
 * `<pre class="mermaid">` outside other fences (its HTML entities decoded and indentation removed, as
 * Mermaid reads an element's text). When there is neither, the whole text is one diagram.
 */
export function findMermaidBlocks(input: string): MermaidBlock[] {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MermaidBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE_OPEN.exec(lines[i]);
    if (fence) {
      const [, indent, marks, info] = fence;
      const close = new RegExp(`^ {0,3}${marks[0] === '`' ? '`' : '~'}{${marks.length},}[ \\t]*$`);
      let end = i + 1;
      while (end < lines.length && !close.test(lines[end])) end++;
      if (info.toLowerCase() === 'mermaid') {
        const body = lines.slice(i + 1, end).map((l) => l.replace(new RegExp(`^ {0,${indent.length}}`), ''));
        const warnings: ImportWarning[] = end >= lines.length ? [{ code: 'unclosed-fence', line: i + 1 }] : [];
        blocks.push({ text: body.join('\n'), firstLine: i + 2, origin: 'markdown', warnings });
      }
      i = end;
      continue;
    }
    const open = HTML_OPEN.exec(lines[i]);
    if (!open) continue;
    const closeTag = new RegExp(`</${open[1]}\\s*>`, 'i');
    const rest = [lines[i].slice(open.index + open[0].length), ...lines.slice(i + 1)];
    const endLine = rest.findIndex((l) => closeTag.test(l));
    const taken = endLine < 0 ? rest : rest.slice(0, endLine + 1);
    if (endLine >= 0) taken[endLine] = taken[endLine].slice(0, closeTag.exec(taken[endLine])!.index);
    blocks.push({ text: dedent(decodeHtml(taken.join('\n'))), firstLine: i + 1, origin: 'html', warnings: [] });
    i += endLine < 0 ? lines.length : endLine;
  }
  return blocks.length ? blocks : [{ text: input, firstLine: 1, origin: 'text', warnings: [] }];
}
