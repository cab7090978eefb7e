import type { jsPDF } from 'jspdf';
import { FAINT_COLOR, PRINT_COLORS } from '../../domain/look/colors';
import { THEMES } from '../../domain/look/themes';
import { NOTO_SANS } from './fonts/notoSans';
import { fontWidths } from './metrics';
import { Typesetter, type Run, type TextLine, type TextStyle } from './text';
import { TextPictures } from './textPictures';

const light = THEMES.light.colors;

/** The PDF's colours: the light theme's tokens (domain/look), and the few only print uses. */
export const COLORS = {
  text: light.text,
  muted: light.textMuted,
  faint: FAINT_COLOR,
  border: light.border,
  surface: light.surface,
  surface2: light.surface2,
  accent: light.accent,
  truth: light.truth,
  pain: light.pain,
  ...PRINT_COLORS,
} as const;

/** A CSS hex colour (#rgb or #rrggbb) as 0..255 channels; slate grey when it is not one. */
export function rgb(hex: string): [number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (short) return [1, 2, 3].map((i) => parseInt(short[i] + short[i], 16)) as [number, number, number];
  if (long) return [1, 2, 3].map((i) => parseInt(long[i], 16)) as [number, number, number];
  return [100, 116, 139];
}

/** The colour mixed with white: `amount` 1 is the colour itself, 0 is white. */
export function tint(hex: string, amount: number): string {
  return (
    '#' +
    rgb(hex)
      .map((c) => Math.round(255 - (255 - c) * amount))
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')
  );
}

export function setFill(doc: jsPDF, hex: string): void {
  doc.setFillColor(...rgb(hex));
}

export function setStroke(doc: jsPDF, hex: string, width = 0.5): void {
  doc.setDrawColor(...rgb(hex));
  doc.setLineWidth(width);
}

export function fillRect(doc: jsPDF, x: number, y: number, width: number, height: number, hex: string): void {
  setFill(doc, hex);
  doc.rect(x, y, width, height, 'F');
}

interface TextSetting {
  type: Typesetter;
  pictures: TextPictures;
  /** What was last set on the document, so `write` sets only what changes (jsPDF parses each setting). */
  font?: string;
  size?: number;
  color?: string;
  /** Font keys whose placeholder glyph jsPDF has registered (see searchableText). */
  placeholders: Set<string>;
}

// The document's typesetter travels with it, as a canvas context carries its font: every drawing function
// writes through `write` with the plan's typesetter without each one passing it along.
const settings = new WeakMap<jsPDF, TextSetting>();

/** Makes `type` the typesetter of everything written on `doc`. */
export function setTypesetter(doc: jsPDF, type: Typesetter): void {
  settings.set(doc, { type, pictures: new TextPictures(doc, type.fallback), placeholders: new Set() });
}

/** The document's typesetter (see setTypesetter). */
export function typesetterOf(doc: jsPDF): Typesetter {
  const setting = settings.get(doc);
  if (!setting) throw new Error('No typesetter for this PDF document.');
  return setting.type;
}

export interface WriteOptions {
  color?: string;
  /** `left` is the line's start: with `width`, a right-to-left line starts at the right, x + width. */
  align?: 'left' | 'right' | 'center';
  /** Width of the box the line sits in, from x. */
  width?: number;
}

/** Writes raw operators into the current page's content stream (jsPDF has it, its types do not say). */
function raw(doc: jsPDF, operators: string): void {
  (doc.internal as unknown as { write(text: string): void }).write(operators);
}

/** UTF-16BE with its byte order mark, as a PDF hexadecimal string. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Sets the font, size and text colour that differ from what the document has. */
function applyText(doc: jsPDF, setting: TextSetting, fontName: string, style: TextStyle, color: string) {
  const font = `${fontName}/${style.weight}`;
  if (setting.font !== font) doc.setFont(fontName, style.weight);
  if (setting.size !== style.size) doc.setFontSize(style.size);
  if (setting.color !== color) doc.setTextColor(...rgb(color));
  Object.assign(setting, { font, size: style.size, color });
}

/** The font as jsPDF holds it: its resource key and, for an embedded font, its glyph lookup. */
interface FontEntry {
  id: string;
  metadata?: { characterToGlyph(code: number): number };
}

const n3 = (v: number) => +v.toFixed(3);

/**
 * Keeps a picture's words in the text layer: an invisible placeholder as wide as the picture, marked with
 * the words as its ActualText (PDF 32000-1, 14.9.4), which text extraction, search and screen readers read
 * instead of the placeholder. The placeholder is an "x" at the picture's width (horizontal scale Tz) in
 * rendering mode 3 (invisible), inside q/Q so neither setting leaks. jsPDF writes the first one of each
 * font, which registers the glyph in the embedded subset and its ToUnicode map; the rest are written
 * directly, a map having thousands.
 */
function searchableText(doc: jsPDF, setting: TextSetting, run: Run, x: number, y: number, style: TextStyle) {
  const fontName = setting.type.font === 'noto' ? NOTO_SANS : 'helvetica';
  const unit = ((fontWidths(setting.type.font, style.weight).get(0x78) ?? 500) * style.size) / 1000;
  const scale = Math.max(run.width, 0.01) / unit;
  applyText(doc, setting, fontName, style, setting.color ?? COLORS.text);
  const font = doc.getFont() as unknown as FontEntry;
  raw(doc, `q /Span <</ActualText ${pdfTextString(run.text)}>> BDC`);
  if (!setting.placeholders.has(font.id)) {
    setting.placeholders.add(font.id);
    doc.text('x', x, y, { renderingMode: 'invisible', horizontalScale: scale });
  } else {
    // Identity-H fonts are addressed by glyph number, WinAnsi ones by character.
    const glyph =
      setting.type.font === 'noto' && font.metadata
        ? `<${font.metadata.characterToGlyph(0x78).toString(16).padStart(4, '0')}>`
        : '(x)';
    const baseline = doc.internal.pageSize.getHeight() - y;
    raw(
      doc,
      `BT /${font.id} ${n3(style.size)} Tf 3 Tr ${n3(scale * 100)} Tz 1 0 0 1 ${n3(x)} ${n3(baseline)} Tm ${glyph} Tj ET`,
    );
  }
  raw(doc, 'EMC Q');
}

/**
 * Draws one line with its baseline at y: runs in the PDF's font as text, the rest as pictures drawn by the
 * browser with their words kept for search (text.ts decides which). A string is set on one line first; a
 * wrapped line (TextLine) keeps its paragraph's direction.
 */
export function write(
  doc: jsPDF,
  text: string | TextLine,
  x: number,
  y: number,
  style: TextStyle,
  options: WriteOptions = {},
): void {
  const setting = settings.get(doc) ?? fail();
  const { type, pictures } = setting;
  const line = typeof text === 'string' ? Typesetter.line(type.singleLine(text)) : text;
  if (line.text === '') return;
  const color = options.color ?? COLORS.text;
  const runs = type.runs(line.text, style, line.direction);
  const width = runs.reduce((sum, run) => sum + run.width, 0);
  const fromRight =
    options.align === 'right' ||
    (line.direction === 'rtl' && options.width !== undefined && options.align !== 'center');
  const right = options.align === 'right' ? x : x + (options.width ?? 0);
  let cursor = fromRight ? right - width : options.align === 'center' ? x - width / 2 : x;
  const fontName = type.font === 'noto' ? NOTO_SANS : 'helvetica';
  for (const run of runs) {
    if (run.image) {
      const direction = run.rtl ? 'rtl' : 'ltr';
      pictures.place(run.text, { ...style, color, direction }, cursor, y, run.width);
      searchableText(doc, setting, run, cursor, y, style);
    } else if (run.text.trim() !== '') {
      // (A run of spaces, such as between two pictures, only moves the cursor: viewers infer the gap.)
      applyText(doc, setting, fontName, style, color);
      doc.text(run.text, cursor, y);
    }
    cursor += run.width;
  }
}

function fail(): never {
  throw new Error('No typesetter for this PDF document.');
}

/** Width in points of one line as `write` draws it. */
export function measureLine(doc: jsPDF, text: string, style: TextStyle): number {
  const type = typesetterOf(doc);
  const line = type.singleLine(text);
  return type.measure(line, style, Typesetter.line(line).direction);
}

/** Baseline of a line whose box starts at `top` and is `leading` tall, so the capitals sit in its middle. */
export function baseline(top: number, leading: number, size: number): number {
  return top + leading / 2 + size * 0.35;
}

/** Draws wrapped lines from `top`, one every `leading` points. */
export function writeLines(
  doc: jsPDF,
  lines: readonly TextLine[],
  x: number,
  top: number,
  style: TextStyle,
  leading: number,
  options: WriteOptions = {},
): void {
  lines.forEach((line, i) => write(doc, line, x, baseline(top + i * leading, leading, style.size), style, options));
}

/** A five-pointed star, the moment-of-truth marker, as on the canvas. */
export function star(doc: jsPDF, cx: number, cy: number, radius: number, hex: string): void {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius : radius * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  polygon(doc, points, hex);
}

/** A warning triangle, the pain-point marker, as on the canvas. */
export function triangle(doc: jsPDF, cx: number, cy: number, size: number, hex: string): void {
  const h = size * 0.9;
  polygon(
    doc,
    [
      [cx, cy - h / 2],
      [cx + size / 2, cy + h / 2],
      [cx - size / 2, cy + h / 2],
    ],
    hex,
  );
}

function polygon(doc: jsPDF, points: readonly [number, number][], hex: string): void {
  setFill(doc, hex);
  const deltas = points.slice(1).map(([x, y], i) => [x - points[i][0], y - points[i][1]]);
  doc.lines(deltas, points[0][0], points[0][1], [1, 1], 'F', true);
}

/** A filled dot; hollow (outlined) when `hollow`. */
export function dot(doc: jsPDF, cx: number, cy: number, radius: number, hex: string, hollow = false): void {
  if (hollow) {
    setStroke(doc, hex, 0.8);
    doc.circle(cx, cy, radius, 'S');
  } else {
    setFill(doc, hex);
    doc.circle(cx, cy, radius, 'F');
  }
}

/** A filled arrowhead whose tip is at (x, y), pointing right (dir 1) or left (dir -1). */
export function arrowHead(doc: jsPDF, x: number, y: number, dir: 1 | -1, size: number, hex: string): void {
  setFill(doc, hex);
  doc.triangle(x, y, x - dir * size, y - size * 0.55, x - dir * size, y + size * 0.55, 'F');
}

/** A connection's line style: solid slate, or dashed in the pain colour for a hand-off. */
export function linkStyle(doc: jsPDF, handoff: boolean, scale = 1): string {
  const color = handoff ? COLORS.pain : COLORS.link;
  setStroke(doc, color, (handoff ? 0.9 : 0.7) * scale);
  doc.setLineDashPattern(handoff ? [3 * scale, 2 * scale] : [], 0);
  return color;
}

export function solidLines(doc: jsPDF): void {
  doc.setLineDashPattern([], 0);
}
