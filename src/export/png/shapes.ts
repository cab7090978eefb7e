import type { Emotion } from '../../domain/journey';
import { EMOTION_COLORS, NO_EMOTION_COLOR } from '../../domain/look/colors';
import { inkOn } from '../../domain/look/ink';
import { COLORS } from './theme';

type Ctx = CanvasRenderingContext2D;

/** Traces a rectangle with rounded corners (arcTo rather than roundRect, which older canvases lack). */
export function roundedRect(ctx: Ctx, x: number, y: number, width: number, height: number, radius: number): void {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + width, y, x + width, y + height, r);
  ctx.arcTo(x + width, y + height, x, y + height, r);
  ctx.arcTo(x, y + height, x, y, r);
  ctx.arcTo(x, y, x + width, y, r);
  ctx.closePath();
}

export function circle(ctx: Ctx, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
}

/** A five-pointed star centred on (x, y): the moment-of-truth mark. */
export function star(ctx: Ctx, x: number, y: number, outer: number, inner = outer * 0.42): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const r = i % 2 ? inner : outer;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    const px = x + r * Math.cos(angle);
    const py = y + r * Math.sin(angle);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
}

/** A warning triangle centred on (x, y), filled, with its exclamation mark in the ink rule's colour: the pain-point mark. */
export function warning(ctx: Ctx, x: number, y: number, size: number, color: string = COLORS.pain): void {
  const h = size * 0.87;
  ctx.beginPath();
  ctx.moveTo(x, y - h / 2);
  ctx.lineTo(x + size / 2, y + h / 2);
  ctx.lineTo(x - size / 2, y + h / 2);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
  ctx.strokeStyle = inkOn(color);
  ctx.lineWidth = Math.max(1, size / 9);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y - h * 0.12);
  ctx.lineTo(x, y + h * 0.16);
  ctx.stroke();
  circle(ctx, x, y + h * 0.32, ctx.lineWidth / 2);
  ctx.fillStyle = inkOn(color);
  ctx.fill();
}

/** A small face for an emotion step, like the lucide faces on the cards; a dashed ring when there is none. */
export function face(ctx: Ctx, x: number, y: number, emotion: Emotion | null, r = 7): void {
  ctx.lineWidth = 1.6;
  ctx.lineCap = 'round';
  if (emotion === null) {
    ctx.strokeStyle = NO_EMOTION_COLOR;
    ctx.setLineDash([2.5, 2]);
    circle(ctx, x, y, r);
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  const color = EMOTION_COLORS[emotion];
  ctx.strokeStyle = color;
  circle(ctx, x, y, r);
  ctx.stroke();
  ctx.fillStyle = color;
  for (const side of [-1, 1]) {
    circle(ctx, x + side * r * 0.36, y - r * 0.25, r * 0.13);
    ctx.fill();
  }
  const mouthY = y + r * 0.35;
  const half = r * 0.4;
  ctx.beginPath();
  if (emotion === 0) {
    ctx.moveTo(x - half, mouthY);
    ctx.lineTo(x + half, mouthY);
  } else {
    // Curved up for a smile, down for a frown; deeper at the ends of the scale.
    const bend = emotion * r * 0.22;
    const baseY = emotion > 0 ? mouthY - r * 0.1 : mouthY + r * 0.12;
    ctx.moveTo(x - half, baseY);
    ctx.quadraticCurveTo(x, baseY + bend, x + half, baseY);
  }
  ctx.stroke();
  if (emotion === -2) {
    ctx.beginPath();
    ctx.moveTo(x - r * 0.55, y - r * 0.55);
    ctx.lineTo(x - r * 0.2, y - r * 0.4);
    ctx.moveTo(x + r * 0.55, y - r * 0.55);
    ctx.lineTo(x + r * 0.2, y - r * 0.4);
    ctx.stroke();
  }
}
