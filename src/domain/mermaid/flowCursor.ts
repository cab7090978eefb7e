import { escapeRegExp } from '../regExp';

/** The patterns FlowCursor.find searches with, one per needle. */
const NEEDLES = new Map<string, RegExp>();

/**
 * The tokenising layer of the flowchart parser: a cursor over a diagram's text that reads with sticky
 * regular expressions and knows where statements end. Mermaid's flowchart lexer
 * (packages/mermaid/src/diagrams/flowchart/parser/flow.jison) ends a statement at a line break or ';', and
 * skips `%%` comments wherever a statement may continue; quoted strings may span lines.
 */
export class FlowCursor {
  pos = 0;
  private readonly lineStarts: number[] = [0];
  /** The last search for each needle (or pattern): from where, and what it found, so rescans are skipped. */
  private readonly searches = new Map<string, { from: number; found: RegExpExecArray | null }>();

  /** `text` is the diagram from its header on; `firstLine` the input line that text starts on. */
  constructor(
    readonly text: string,
    private readonly firstLine: number,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The 1-based input line of an offset (the cursor's by default). */
  lineOf(at = this.pos): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return this.firstLine + low;
  }

  /**
   * The first match of a global (`g`) pattern at or after `from`, or null. Remembered per pattern: a statement
   * whose closer never comes (an unclosed bracket on every line) costs one scan of the text, not one per line.
   */
  search(pattern: RegExp, from: number): RegExpExecArray | null {
    const key = `${pattern.source}/${pattern.flags}`;
    const known = this.searches.get(key);
    if (known && known.from <= from && (known.found === null || from <= known.found.index)) return known.found;
    pattern.lastIndex = from;
    const found = pattern.exec(this.text);
    this.searches.set(key, { from, found });
    return found;
  }

  /** The index of `needle` at or after `from`, or -1 (remembered as search is). */
  find(needle: string, from: number): number {
    const pattern = NEEDLES.get(needle) ?? new RegExp(escapeRegExp(needle), 'g');
    NEEDLES.set(needle, pattern);
    return this.search(pattern, from)?.index ?? -1;
  }

  /** The index of the line break ending the line that holds `from`, or the text's length. */
  lineEnd(from = this.pos): number {
    const at = this.find('\n', from);
    return at < 0 ? this.text.length : at;
  }

  /** The index of `needle` between `from` and the end of its line, or -1. */
  findInLine(needle: string, from: number): number {
    const at = this.find(needle, from);
    return at >= 0 && at < this.lineEnd(from) ? at : -1;
  }

  /** Whether the cursor is past the last character. */
  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The next `length` characters, without moving ('' at the end). */
  peek(length = 1): string {
    return this.text.slice(this.pos, this.pos + length);
  }

  /** Skips spaces and tabs (not line breaks). */
  skipSpaces(): void {
    while (this.pos < this.text.length && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos++;
  }

  /** Matches a sticky (`y`) pattern at the cursor and moves past it; null, and no move, when it fails. */
  match(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (found) this.pos = pattern.lastIndex;
    return found;
  }

  /** Whether the statement ends here (after spaces): the end of the text, a line break, ';' or a `%%` comment. */
  atStatementEnd(): boolean {
    this.skipSpaces();
    return this.atEnd() || this.peek() === '\n' || this.peek() === ';' || this.peek(2) === '%%';
  }

  /** The text from the cursor to the end of its line, without moving. */
  restOfLine(): string {
    return this.text.slice(this.pos, this.lineEnd());
  }

  /**
   * Moves to the end of the statement, skipping quoted strings (which may hold ';'), and returns the text
   * passed over; the ';', line break or `%%` comment that ends it is left for endStatement.
   */
  scanStatement(): string {
    const start = this.pos;
    while (!this.atEnd()) {
      const char = this.text[this.pos];
      if (char === '"') {
        const close = this.findInLine('"', this.pos + 1);
        // A quote that does not close on its line is taken as a plain character.
        this.pos = close >= 0 ? close + 1 : this.pos + 1;
        continue;
      }
      if (this.peek(2) === '%%' || char === '\n' || char === ';') break;
      this.pos++;
    }
    return this.text.slice(start, this.pos);
  }

  /** scanStatement, then past the statement's end (endStatement). */
  skipStatement(): string {
    const skipped = this.scanStatement();
    this.endStatement();
    return skipped;
  }

  /** At a statement's end (see atStatementEnd): moves past a `%%` comment and the ';' or line break. */
  endStatement(): void {
    this.skipSpaces();
    if (this.peek(2) === '%%') {
      const directive = this.peek(3) === '%%{' ? this.find('}%%', this.pos) : -1;
      this.pos = this.lineEnd(directive < 0 ? this.pos : directive);
    }
    if (this.peek() === ';' || this.peek() === '\n') this.pos++;
  }
}
