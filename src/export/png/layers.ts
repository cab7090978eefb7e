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
import { LAYER_LOOK, visibilityDash } from '../../domain/look/layers';
import { ellipsize, layoutLines, type TextLine } from '../../domain/look/wrap';
import type { MapLabels } from './labels';
import { roundedRect } from './shapes';
import { COLORS, font } from './theme';

type Ctx = CanvasRenderingContext2D;

const { strip, label: LABEL, visibility: LINE, note: NOTE } = LAYER_LOOK;
// Canvas fonts take CSS 2 keywords only (theme.ts); the look's weights are all bold (700).
const NOTE_SIZE = NOTE.size;

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
    ctx.fillStyle = COLORS[LAYER_LOOK.rowColor[row.layer]];
    ctx.globalAlpha = LAYER_LOOK.rowWash;
    ctx.fillRect(0, row.y, width, row.height);
    ctx.fillStyle = COLORS[strip.color];
    ctx.globalAlpha = strip.wash;
    ctx.fillRect(0, row.y, width, LANE_LABEL_HEIGHT);
    ctx.globalAlpha = 1;
    ctx.fillRect(0, row.y, strip.edge, LANE_LABEL_HEIGHT);
    ctx.fillStyle = COLORS.border;
    ctx.fillRect(0, row.y + row.height - 1, width, 1);
    ctx.font = font(LABEL.size, 'bold');
    ctx.fillStyle = COLORS.text;
    ctx.fillText(labels.layers[row.layer], strip.edge + strip.padX, row.y + LANE_LABEL_HEIGHT / 2);
  }
  const y = layers.visibilityY;
  ctx.font = font(LINE.label.size, 'bold');
  const label = LINE.label.upperCase ? labels.visibility.toLocaleUpperCase() : labels.visibility;
  ctx.fillStyle = COLORS[LINE.color];
  ctx.direction = baseDirection(label);
  ctx.fillText(label, LINE.padX, y);
  ctx.direction = 'ltr';
  const start = LINE.padX + ctx.measureText(label).width + LINE.gap;
  ctx.strokeStyle = COLORS[LINE.color];
  ctx.lineWidth = LINE.lineWidth;
  ctx.setLineDash(visibilityDash(LINE.lineWidth));
  ctx.beginPath();
  ctx.moveTo(start, y);
  ctx.lineTo(width - LINE.padX, y);
  ctx.stroke();
  ctx.restore();
}

/** The layers' notes: a card with its function's colour on the left edge, heading, then the whole text. */
export function drawNotes(ctx: Ctx, layers: LayeredLayout): void {
  ctx.save();
  ctx.textBaseline = 'middle';
  for (const { note, x, y, width, height } of layers.notes) {
    ctx.fillStyle = COLORS[NOTE.fill];
    roundedRect(ctx, x, y, width, height, NOTE.radius);
    ctx.fill();
    ctx.strokeStyle = COLORS[NOTE.stroke];
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = note.color || COLORS[NOTE.stroke];
    ctx.fillRect(x, y + 1, NOTE.edge, height - 2);
    const { heading, text } = noteLines(ctx, note);
    let line = y + NOTE_PAD + NOTE_LINE / 2;
    ctx.fillStyle = COLORS.text;
    if (heading) {
      ctx.font = font(NOTE_SIZE, 'bold');
      ctx.textAlign = 'left';
      ctx.fillText(heading, x + NOTE.padX + NOTE.edge, line);
      line += NOTE_LINE;
    }
    ctx.font = font(NOTE_SIZE);
    for (const { text: words, direction } of text) {
      const rtl = direction === 'rtl';
      ctx.direction = direction;
      ctx.textAlign = rtl ? 'right' : 'left';
      ctx.fillText(words, rtl ? x + width - NOTE.padX : x + NOTE.padX + NOTE.edge, line);
      line += NOTE_LINE;
    }
    ctx.direction = 'ltr';
  }
  ctx.restore();
}
