import type { Emotion } from '../journey';
import { refuse, type ImportRefusal, type ImportWarning, type ImportWarningCode } from '../import/importResult';
import { entityCharacter, LINE_BREAK } from './mermaidText';
import { DIAGRAM_KEYWORDS, findDiagramStart, skipDirectiveOrComment } from './preamble';

/**
 * A parser for Mermaid's `journey` diagram, written after its grammar
 * (packages/mermaid/src/diagrams/user-journey/parser/journey.jison, journeyDb.ts) and the preprocessing
 * Mermaid does before it (front matter, `%%{init}%%` directives, `%%` comment lines, entity codes).
 * It accepts everything Mermaid accepts, and more, reporting with a warning each place where it read
 * something Mermaid would refuse or read differently. Pure: text in, data out.
 */

export interface MermaidTask {
  name: string;
  /** The 1..5 score read as an emotion (score - 3), or null when the task has none. */
  emotion: Emotion | null;
  /** Actor names in the order written, without empty ones or repeats. */
  actors: string[];
  line: number;
}

export interface MermaidSection {
  name: string;
  /** Line of the `section` statement; null for the unnamed stage of tasks written before any section. */
  line: number | null;
  tasks: MermaidTask[];
}

/** What a `journey` diagram says. */
export interface MermaidJourneyDoc {
  /** The `title` statement, else the front matter's `title:`, else ''. */
  title: string;
  accTitle: string;
  accDescr: string;
  sections: MermaidSection[];
  /** Distinct actor names over all tasks, in order of first appearance. */
  actors: string[];
  /** Line of the `journey` header. */
  line: number;
}

export type MermaidParseResult =
  { ok: true; doc: MermaidJourneyDoc; warnings: ImportWarning[] } | { ok: false; refusal: ImportRefusal };

/**
 * A Recorrido comment (Mermaid skips it) put by the exporter before a task whose touchpoint has no
 * emotion: Mermaid needs a score, so the task carries a neutral 3 that this marker says to ignore.
 */
export const NO_EMOTION_MARKER = '%% recorrido:no-emotion';

// Entity codes are set aside before a line is split, as Mermaid does, so that `#58;` never splits a name.
const ENTITY = /#(\w+);/g;
const MASK_OPEN = '\uE000';
const MASK_CLOSE = '\uE001';

interface Masked {
  text: string;
  entities: string[];
}

function mask(line: string): Masked {
  const entities: string[] = [];
  const text = line.replace(/[\uE000\uE001]/g, '').replace(ENTITY, (whole) => {
    entities.push(whole);
    return `${MASK_OPEN}${entities.length - 1}${MASK_CLOSE}`;
  });
  return { text, entities };
}

class JourneyReader {
  readonly warnings: ImportWarning[] = [];
  readonly doc: MermaidJourneyDoc;
  private readonly taskNames = new Set<string>();
  private readonly sectionNames = new Set<string>();
  private noEmotionNext = false;

  constructor(line: number, frontMatterTitle: string) {
    this.doc = { title: frontMatterTitle, accTitle: '', accDescr: '', sections: [], actors: [], line };
  }

  warn(code: ImportWarningCode, line: number, value?: string) {
    this.warnings.push(value === undefined ? { code, line } : { code, line, value });
  }

  /** Unmasks and decodes one field: entity codes, `<br>`, outer whitespace. */
  decode(field: string, masked: Masked, line: number): string {
    return field
      .replace(new RegExp(`${MASK_OPEN}(\\d+)${MASK_CLOSE}`, 'g'), (_w, i: string) => {
        const whole = masked.entities[Number(i)];
        const char = entityCharacter(whole.slice(1, -1));
        if (char === undefined) this.warn('unknown-entity', line, whole);
        return char ?? whole;
      })
      .replace(LINE_BREAK, '\n')
      .trim();
  }

  markNoEmotion() {
    this.noEmotionNext = true;
  }

  /** Reads one statement (comments already stripped): a title, a section or a task. */
  statement(masked: Masked, line: number) {
    const text = masked.text;
    let m: RegExpExecArray | null;
    if ((m = /^title(?:\s+(.*))?$/i.exec(text)))
      this.doc.title = this.unquote(this.decode(m[1] ?? '', masked, line), line);
    else if ((m = /^section(?:\s+(.*))?$/i.exec(text))) this.section(m[1] ?? '', masked, line);
    else if (!/^journey$/i.test(text)) this.task(text, masked, line);
  }

  private section(raw: string, masked: Masked, line: number) {
    const name = this.unquote(this.decode(raw, masked, line), line);
    if (raw.includes(':')) this.warn('colon-in-section', line, name);
    if (this.sectionNames.has(name)) this.warn('repeated-section', line, name);
    this.sectionNames.add(name);
    this.doc.sections.push({ name, line, tasks: [] });
  }

  private unquote(text: string, line: number): string {
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
      this.warn('quotes-removed', line);
      return text.slice(1, -1).trim();
    }
    return text;
  }

  private task(text: string, masked: Masked, line: number) {
    let nameRaw: string;
    let data: string | null;
    const quoted = /^"([^"]*)"\s*(:.*)?$/.exec(text);
    if (quoted) {
      this.warn('quotes-removed', line);
      nameRaw = quoted[1];
      data = quoted[2]?.slice(1) ?? null;
    } else {
      const colon = text.indexOf(':');
      nameRaw = colon < 0 ? text : text.slice(0, colon);
      data = colon < 0 ? null : text.slice(colon + 1);
    }
    const name = this.decode(nameRaw, masked, line);
    if (nameRaw.trim() === '') this.warn('empty-task-name', line);
    if (this.taskNames.has(name)) this.warn('repeated-task', line, name);
    this.taskNames.add(name);

    const [scoreText = '', actorText = '', ...extra] = data === null ? [] : data.split(':');
    if (extra.some((e) => e.trim() !== ''))
      this.warn('extra-task-field', line, this.decode(extra.join(':'), masked, line));
    const emotion = this.emotion(scoreText.trim(), line);
    const actors: string[] = [];
    const pieces = actorText.split(',');
    for (const piece of pieces) {
      const actor = this.unquote(this.decode(piece, masked, line), line);
      if (actor === '') continue;
      if (!actors.includes(actor)) actors.push(actor);
      if (!this.doc.actors.includes(actor)) this.doc.actors.push(actor);
    }
    if (pieces.length > 1 && pieces.some((p) => p.trim() === '')) this.warn('empty-actor', line);

    if (this.doc.sections.length === 0) {
      this.warn('task-outside-section', line);
      this.doc.sections.push({ name: '', line: null, tasks: [] });
    }
    this.doc.sections[this.doc.sections.length - 1].tasks.push({ name, emotion, actors, line });
  }

  private emotion(scoreText: string, line: number): Emotion | null {
    const noEmotion = this.noEmotionNext;
    this.noEmotionNext = false;
    if (scoreText === '') {
      if (!noEmotion) this.warn('missing-score', line);
      return null;
    }
    // journeyDb reads the score with Number(), so " 5", "+5" and "5.0" are all 5.
    const score = Number(scoreText);
    if (Number.isNaN(score) || scoreText.includes(MASK_OPEN)) {
      this.warn('invalid-score', line, scoreText);
      return null;
    }
    if (noEmotion) return null;
    let step = Math.round(score);
    if (step !== score && Number.isFinite(score)) this.warn('score-rounded', line, scoreText);
    if (!(step >= 1 && step <= 5)) {
      this.warn('score-clamped', line, scoreText);
      step = step < 1 ? 1 : 5;
    }
    return (step - 3) as Emotion;
  }
}

/** Removes a trailing '#' comment, `%%` comment and stray ';' from a masked line, reporting what went. */
function stripLine(masked: Masked, line: number, reader: JourneyReader): Masked {
  let text = masked.text;
  const hash = text.indexOf('#');
  if (hash >= 0) {
    const dropped = text.slice(hash + 1).trim();
    if (dropped !== '') reader.warn('hash-comment', line, reader.decode(dropped, masked, line));
    text = text.slice(0, hash);
  }
  const comment = /\s%%(?!\{)/.exec(text);
  if (comment) {
    reader.warn('inline-comment', line, reader.decode(text.slice(comment.index), masked, line));
    text = text.slice(0, comment.index);
  }
  text = text.trim();
  if (text.includes(';')) {
    reader.warn('semicolon', line);
    text = text.replace(/;+$/, '').trim();
  }
  return { text, entities: masked.entities };
}

/**
 * Parses the text of one Mermaid diagram (no Markdown around it: see findMermaidBlocks). `firstLine` is
 * the input line the text starts on, so that warnings point into the whole input. Refuses `empty` text,
 * `unclosed-front-matter`, `not-journey` (with the other diagram's keyword when it is one) and
 * `empty-journey` (a header with neither section nor task).
 */
export function parseMermaidJourney(text: string, firstLine = 1): MermaidParseResult {
  const found = findDiagramStart(text, firstLine);
  if (!found.ok) return found;
  const { lines, frontMatterTitle } = found.start;
  const lineNo = (i: number) => firstLine + i;
  let i = found.start.header;

  // Directives (%%{init: ...}%%, possibly over several lines) and %% comment lines, anywhere.
  const skipComment = (reader: JourneyReader): boolean => {
    const next = skipDirectiveOrComment(lines, i);
    if (next < 0) return false;
    if (lines[i].trim().replace(/\s+/g, ' ') === NO_EMOTION_MARKER) reader.markNoEmotion();
    i = next;
    return true;
  };

  const header = /^(journey)(?=\s|$)(.*)$/i.exec(lines[i].trim());
  if (!header) {
    const other = DIAGRAM_KEYWORDS.exec(lines[i].trim());
    return refuse('not-journey', { line: lineNo(i), diagramType: other?.[1] });
  }
  const reader = new JourneyReader(lineNo(i), frontMatterTitle);
  if (header[1] !== 'journey') reader.warn('header-case', lineNo(i));

  /**
   * Reads one line's statement. accTitle and accDescr take their text raw, as Mermaid's lexer states do
   * (no '#' comment, ';' allowed); an `accDescr {` block takes the lines after it up to its '}'.
   */
  const readLine = (raw: string, line: number) => {
    const trimmed = raw.trim();
    const acc = /^acc(Title|Descr)\s*:(.*)$/i.exec(trimmed);
    if (acc) {
      const value = mask(acc[2]);
      reader.doc[acc[1].toLowerCase() === 'title' ? 'accTitle' : 'accDescr'] = reader.decode(value.text, value, line);
      return;
    }
    const open = /^accDescr\s*\{(.*)$/i.exec(trimmed);
    if (!open) {
      const masked = stripLine(mask(trimmed), line, reader);
      if (masked.text !== '') reader.statement(masked, line);
      return;
    }
    // Mermaid takes everything up to the next '}' and folds each line's indentation.
    const body = [open[1]];
    let rest: { text: string; line: number } | null = null;
    if (open[1].includes('}')) {
      body[0] = open[1].slice(0, open[1].indexOf('}'));
      rest = { text: open[1].slice(open[1].indexOf('}') + 1), line };
    } else {
      const close = lines.findIndex((l, k) => k >= i && l.includes('}'));
      if (close < 0) reader.warn('unclosed-acc-descr', line);
      const section = lines.findIndex((l, k) => k >= i && /^\s*section(\s|$)/i.test(l));
      const last = close >= 0 ? close : section >= 0 ? section : lines.length;
      // A loop, not push(...slice): an unclosed block of 200,000 lines as arguments overflows the stack.
      for (let k = i; k < last; k++) body.push(lines[k]);
      if (close >= 0) {
        const at = lines[close].indexOf('}');
        body.push(lines[close].slice(0, at));
        rest = { text: lines[close].slice(at + 1), line: lineNo(close) };
        i = close + 1;
      } else i = last;
    }
    const descr = mask(body.join('\n'));
    reader.doc.accDescr = reader.decode(descr.text, descr, line).replace(/\n\s+/g, '\n');
    if (rest) readLine(rest.text, rest.line);
  };

  // Mermaid's lexer needs no line break after the header: `journey title X` is a title.
  i++;
  readLine(header[2], lineNo(i - 1));
  while (i < lines.length) {
    if (lines[i].trim() === '') i++;
    else if (!skipComment(reader)) readLine(lines[i], lineNo(i++));
  }

  const { doc, warnings } = reader;
  if (doc.sections.length === 0) return refuse('empty-journey', { line: doc.line });
  if (doc.sections.every((s) => s.tasks.length === 0)) warnings.push({ code: 'no-tasks', line: doc.line });
  return { ok: true, doc, warnings };
}
