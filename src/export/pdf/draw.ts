import type { jsPDF } from 'jspdf';
import { FAINT_COLOR, PRINT_COLORS } from '../../domain/look/colors';
import { THEMES } from '../../domain/look/themes';
import { measure, type TextStyle } from './text';

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

export interface WriteOptions {
  color?: string;
  align?: 'left' | 'right' | 'center';
}

/** Draws sanitised single-line text with its baseline at y; alignment measured with the AFM widths. */
export function write(
  doc: jsPDF,
  text: string,
  x: number,
  y: number,
  style: TextStyle,
  options: WriteOptions = {},
): void {
  if (text === '') return;
  doc.setFont('helvetica', style.weight);
  doc.setFontSize(style.size);
  doc.setTextColor(...rgb(options.color ?? COLORS.text));
  const width = measure(text, style);
  const left = options.align === 'right' ? x - width : options.align === 'center' ? x - width / 2 : x;
  doc.text(text, left, y);
}

/** Baseline of a line whose box starts at `top` and is `leading` tall, so the capitals sit in its middle. */
export function baseline(top: number, leading: number, size: number): number {
  return top + leading / 2 + size * 0.35;
}

/** Draws wrapped lines from `top`, one every `leading` points. */
export function writeLines(
  doc: jsPDF,
  lines: readonly string[],
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
