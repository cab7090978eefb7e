import { LANE_LABEL_HEIGHT } from '../../domain/blueprint';
import {
  NOTE_LINE,
  NOTE_PAD,
  NOTE_TEXT_WIDTH,
  noteHeight,
  type LayerNote,
  type LayeredLayout,
} from '../../domain/blueprintLayers';
import { baseDirection } from '../../domain/look/direction';
import { ellipsize, layoutLines, type TextLine } from '../../domain/look/wrap';
import type { MapLabels } from './labels';
import { roundedRect } from './shapes';
import { COLORS, font } from './theme';

type Ctx = CanvasRenderingContext2D;

const NOTE_SIZE = 13;
const EDGE = 4;
const PAD_X = 12;

/** A note's lines as the PNG draws them: its heading on one line, its text wrapped in full. */
function noteLines(ctx: Ctx, note: LayerNote): { heading: string; text: TextLine[] } {
  const measure = (t: string) => ctx.measureText(t).width;
  ctx.font = font(NOTE_SIZE, 'bold');
  const heading = note.heading ? ellipsize(note.heading, NOTE_TEXT_WIDTH, measure) : '';
  ctx.font = font(NOTE_SIZE);
  return { heading, text: layoutLines(note.text, NOTE_TEXT_WIDTH, measure) };
}

/** Each note's drawn height with the context's fonts, by note id, for the layout. */
export function measureNotes(ctx: Ctx, notes: readonly LayerNote[]): Record<string, number> {
  const heights: Record<string, number> = {};
  for (const note of notes) {
    const { heading, text } = noteLines(ctx, note);
    heights[note.id] = noteHeight(heading !== '', text.length);
  }
  return heights;
}

/** The layers' rows with their name strips, and the dashed line of visibility with its name. */
export function drawLayerRows(ctx: Ctx, layers: LayeredLayout, labels: MapLabels): void {
  const { width } = layers;
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const row of layers.rows) {
    ctx.fillStyle = row.layer === 'customer' ? COLORS.accent : COLORS.textMuted;
    ctx.globalAlpha = 0.05;
    ctx.fillRect(0, row.y, width, row.height);
    ctx.fillStyle = COLORS.accent;
    ctx.globalAlpha = 0.12;
    ctx.fillRect(0, row.y, width, LANE_LABEL_HEIGHT);
    ctx.globalAlpha = 1;
    ctx.fillRect(0, row.y, EDGE, LANE_LABEL_HEIGHT);
    ctx.fillStyle = COLORS.border;
    ctx.fillRect(0, row.y + row.height - 1, width, 1);
    ctx.font = font(13, 'bold');
    ctx.fillStyle = COLORS.text;
    ctx.fillText(labels.layers[row.layer], EDGE + 10, row.y + LANE_LABEL_HEIGHT / 2);
  }
  const y = layers.visibilityY;
  ctx.font = font(12, 'bold');
  const label = labels.visibility.toLocaleUpperCase();
  ctx.fillStyle = COLORS.text;
  ctx.direction = baseDirection(label);
  ctx.fillText(label, 10, y);
  ctx.direction = 'ltr';
  const start = 20 + ctx.measureText(label).width;
  ctx.strokeStyle = COLORS.text;
  ctx.lineWidth = 2;
  ctx.setLineDash([6, 4]);
  ctx.beginPath();
  ctx.moveTo(start, y);
  ctx.lineTo(width - 10, y);
  ctx.stroke();
  ctx.restore();
}

/** The layers' notes: a card with its function's colour on the left edge, heading, then the whole text. */
export function drawNotes(ctx: Ctx, layers: LayeredLayout): void {
  ctx.save();
  ctx.textBaseline = 'middle';
  for (const { note, x, y, width, height } of layers.notes) {
    ctx.fillStyle = COLORS.surface;
    roundedRect(ctx, x, y, width, height, 6);
    ctx.fill();
    ctx.strokeStyle = COLORS.border;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = note.color || COLORS.border;
    ctx.fillRect(x, y + 1, EDGE, height - 2);
    const { heading, text } = noteLines(ctx, note);
    let line = y + NOTE_PAD + NOTE_LINE / 2;
    ctx.fillStyle = COLORS.text;
    if (heading) {
      ctx.font = font(NOTE_SIZE, 'bold');
      ctx.textAlign = 'left';
      ctx.fillText(heading, x + PAD_X + EDGE, line);
      line += NOTE_LINE;
    }
    ctx.font = font(NOTE_SIZE);
    for (const { text: words, direction } of text) {
      const rtl = direction === 'rtl';
      ctx.direction = direction;
      ctx.textAlign = rtl ? 'right' : 'left';
      ctx.fillText(words, rtl ? x + width - PAD_X : x + PAD_X + EDGE, line);
      line += NOTE_LINE;
    }
    ctx.direction = 'ltr';
  }
  ctx.restore();
}
