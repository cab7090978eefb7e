/**
 * A card's rounded face with its drop shadow (the light theme's --shadow, domain/look/card.ts).
 *
 * Why a sprite: a Canvas 2D shadow blurs every shape it is drawn with, and a software canvas (no GPU) does
 * that blur per card at the image's full resolution; at N = 100 and 2× the shadows were ~110 ms of the
 * export's rasterising and ~45 ms of its drawing. A card's shadow depends only on its size, and away from
 * the corners it does not change along an edge, so one small card with its shadow is drawn once at the
 * image's scale and its nine pieces (four corners, four edges, the middle) are stretched to each card
 * ("nine-slice", as in CSS `border-image`). The edges and the middle are constant along the stretch, so
 * the result is the same blur. Contexts without a canvas behind them (the tests' recording context) draw
 * the shadow directly.
 */
import { CARD } from '../../domain/look/card';
import type { Box } from './geometry';
import { roundedRect } from './shapes';

type Ctx = CanvasRenderingContext2D;
type SpriteCanvas = OffscreenCanvas | HTMLCanvasElement;

const { color: SHADOW_COLOR, blur: SHADOW_BLUR, offsetY: SHADOW_OFFSET_Y } = CARD.shadow;
/**
 * How far the shadow reaches past the card, canvas units: a canvas shadow's blur is a Gaussian of
 * σ = shadowBlur / 2 (HTML Living Standard, "shadowBlur"), negligible beyond 3σ, plus its offset and a unit
 * for anti-aliasing.
 */
const REACH = Math.ceil(1.5 * SHADOW_BLUR) + Math.abs(SHADOW_OFFSET_Y) + 1;

interface Sprite {
  canvas: SpriteCanvas;
  /** Device pixels per canvas unit it was drawn at. */
  scale: number;
  radius: number;
  fill: string;
}

const sprites = new WeakMap<Ctx, Sprite>();

/** Fills the rounded card `box` in `fill`, with the card's drop shadow under it. */
export function fillCardFace(ctx: Ctx, box: Box, radius: number, fill: string): void {
  const sprite = fitsSlices(box, radius) ? spriteFor(ctx, radius, fill) : null;
  if (sprite) drawSlices(ctx, sprite, box);
  else {
    ctx.save();
    faceWithShadow(ctx, box, radius, fill);
    ctx.restore();
  }
  // The face itself stays a vector path, crisp at any position; it covers the sprite's copy of it.
  roundedRect(ctx, box.x, box.y, box.width, box.height, radius);
  ctx.fillStyle = fill;
  ctx.fill();
}

/** The one definition of the shadowed face: what the sprite holds, and what a plain context draws. */
function faceWithShadow(ctx: Ctx, box: Box, radius: number, fill: string): void {
  roundedRect(ctx, box.x, box.y, box.width, box.height, radius);
  ctx.shadowColor = SHADOW_COLOR;
  ctx.shadowBlur = SHADOW_BLUR;
  ctx.shadowOffsetY = SHADOW_OFFSET_Y;
  ctx.fillStyle = fill;
  ctx.fill();
}

/**
 * Corner pieces' size, canvas units: the shadow's reach outside the card, then the rounded corner and the
 * blur's reach inside it, past which the shadow no longer changes along the edge.
 */
function cornerOf(radius: number): number {
  return radius + 2 * REACH;
}

/** Whether the card is big enough for its corner pieces not to overlap. */
function fitsSlices(box: Box, radius: number): boolean {
  const least = 2 * (radius + REACH);
  return box.width >= least && box.height >= least;
}

/** The sprite for this context's current scale, drawn on first use; null where no canvas can be made. */
function spriteFor(ctx: Ctx, radius: number, fill: string): Sprite | null {
  if (typeof ctx.getTransform !== 'function') return null;
  const scale = ctx.getTransform().a;
  const cached = sprites.get(ctx);
  if (cached && cached.scale === scale && cached.radius === radius && cached.fill === fill) return cached;
  // A card just big enough for its corners and a one-unit middle, with its reach all round.
  const card = 2 * (radius + REACH) + 1;
  const side = Math.ceil((2 * cornerOf(radius) + 1) * scale);
  const canvas = newCanvasLike(ctx, side, side);
  const spriteCtx = canvas?.getContext('2d') as Ctx | null | undefined;
  if (!canvas || !spriteCtx) return null;
  spriteCtx.setTransform(scale, 0, 0, scale, 0, 0);
  faceWithShadow(spriteCtx, { x: REACH, y: REACH, width: card, height: card }, radius, fill);
  const sprite = { canvas, scale, radius, fill };
  sprites.set(ctx, sprite);
  return sprite;
}

/** A blank canvas of the same kind as the context's, in device pixels; null for a context with none. */
function newCanvasLike(ctx: Ctx, width: number, height: number): SpriteCanvas | null {
  const canvas: unknown = ctx.canvas;
  if (typeof OffscreenCanvas !== 'undefined' && canvas instanceof OffscreenCanvas) {
    return new OffscreenCanvas(width, height);
  }
  if (typeof HTMLCanvasElement !== 'undefined' && canvas instanceof HTMLCanvasElement) {
    const made = canvas.ownerDocument.createElement('canvas');
    made.width = width;
    made.height = height;
    return made;
  }
  return null;
}

/** Where a piece lies along one axis: in the sprite (device pixels ÷ scale) and on the image (canvas units). */
interface Span {
  source: number;
  sourceSize: number;
  at: number;
  size: number;
}

/** Along one axis of a card from `start`, `size` long: the near corner, the stretched middle, the far corner. */
function spansOf(start: number, size: number, corner: number): [Span, Span, Span] {
  return [
    { source: 0, sourceSize: corner, at: start - REACH, size: corner },
    { source: corner, sourceSize: 1, at: start - REACH + corner, size: size + 2 * REACH - 2 * corner },
    { source: corner + 1, sourceSize: corner, at: start + size + REACH - corner, size: corner },
  ];
}

/**
 * A corner span cut to its outer `depth`: across an edge, only the reach outside the card and its rounded
 * corner can be seen; the rest lies under the face.
 */
function outer(span: Span, depth: number, far: boolean): Span {
  if (!far) return { ...span, sourceSize: depth, size: depth };
  const cut = span.size - depth;
  return { source: span.source + cut, sourceSize: depth, at: span.at + cut, size: depth };
}

/**
 * Draws the sprite's four corners and four edges around `box`, grown by the shadow's reach. Nearest-pixel
 * sampling: the corners are copied at the sprite's own scale and the edges stretched only along themselves,
 * where the sprite does not change, so smoothing would cost time and change nothing.
 */
function drawSlices(ctx: Ctx, sprite: Sprite, box: Box): void {
  const { canvas, scale, radius } = sprite;
  const corner = cornerOf(radius);
  const depth = REACH + radius;
  const [left, middleX, right] = spansOf(box.x, box.width, corner);
  const [top, middleY, bottom] = spansOf(box.y, box.height, corner);
  const pieces: Array<[Span, Span]> = [
    [left, top],
    [right, top],
    [left, bottom],
    [right, bottom],
    [middleX, outer(top, depth, false)],
    [middleX, outer(bottom, depth, true)],
    [outer(left, depth, false), middleY],
    [outer(right, depth, true), middleY],
  ];
  const smoothing = ctx.imageSmoothingEnabled;
  ctx.imageSmoothingEnabled = false;
  for (const [x, y] of pieces) {
    if (x.size <= 0 || y.size <= 0) continue;
    ctx.drawImage(
      canvas,
      x.source * scale,
      y.source * scale,
      x.sourceSize * scale,
      y.sourceSize * scale,
      x.at,
      y.at,
      x.size,
      y.size,
    );
  }
  ctx.imageSmoothingEnabled = smoothing;
}
