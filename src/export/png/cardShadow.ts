/**
 * A card's rounded face with its drop shadow (the light theme's --shadow, domain/look/card.ts).
 *
 * Why a sprite: a Canvas 2D shadow blurs every shape it is drawn with, and a software canvas (no GPU) does
 * that blur per card at the image's full resolution; at N = 100 and 2× the shadows were ~110 ms of the
 * export's rasterising and ~45 ms of its drawing. A card's shadow depends only on its size, and away from
 * the corners it does not change along an edge, so one small card with its shadow is drawn once at the
 * image's scale; its four corners are copied around each card and its four edges stretched along them
 * ("nine-slice", as in CSS `border-image`, without the middle, which the face covers). The edges are
 * constant along the stretch, so the result is the same blur. Contexts without a canvas behind them (the
 * tests' recording context), or under a transform other than a whole-number scale, draw each shadow itself.
 */
import { CARD } from '../../domain/look/card';
import type { Box } from './geometry';
import { roundedRect } from './shapes';

type Ctx = CanvasRenderingContext2D;
type SpriteCanvas = OffscreenCanvas | HTMLCanvasElement;

const { color: SHADOW_COLOR, blur: SHADOW_BLUR, offsetY: SHADOW_OFFSET_Y } = CARD.shadow;
/**
 * How far the shadow reaches past the card, in device pixels (a canvas shadow's blur and offset are not
 * scaled by the current transform): twice the blur, plus the offset and a pixel for anti-aliasing. The
 * standard's Gaussian (σ = shadowBlur / 2, HTML Living Standard, "shadowBlur") would be negligible beyond
 * 1.5 × shadowBlur, but Chromium's blur reaches further: with that reach, pieces differed from a blur drawn
 * per card by up to 9/255 along the edges; with this one by 2/255 at most.
 */
const REACH_PX = 2 * SHADOW_BLUR + Math.abs(SHADOW_OFFSET_Y) + 1;

interface Sprite {
  canvas: SpriteCanvas;
  /** Device pixels per canvas unit it was drawn at: a whole number. */
  scale: number;
  /** REACH_PX in canvas units at that scale. */
  reach: number;
  radius: number;
  fill: string;
}

const sprites = new WeakMap<Ctx, Sprite>();

/** Fills the rounded card `box` (canvas units) in `fill`, with the card's drop shadow under it. */
export function fillCardFace(ctx: Ctx, box: Box, radius: number, fill: string): void {
  const sprite = spriteFor(ctx, radius, fill);
  ctx.save();
  if (sprite && sliceable(box, sprite)) drawSlices(ctx, sprite, box);
  else faceWithShadow(ctx, box, radius, fill);
  ctx.restore();
  // The face stays a vector path, crisp at any position; it covers the sprite's copy of it.
  roundedRect(ctx, box.x, box.y, box.width, box.height, radius);
  ctx.fillStyle = fill;
  ctx.fill();
}

/** The one definition of the shadowed face: what the sprite holds, and what is drawn where there is none. */
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
function cornerOf({ radius, reach }: Pick<Sprite, 'radius' | 'reach'>): number {
  return radius + 2 * reach;
}

/**
 * Whether the pieces can frame the card: it is big enough for its corners not to overlap, and its edges lie
 * on whole device pixels, as the sprite's do. A card off the grid (an imported file can place one at 30.25)
 * would show the sprite's copy of its edge beside its own (up to 20/255 at the corners).
 */
function sliceable(box: Box, sprite: Sprite): boolean {
  const least = 2 * (sprite.radius + sprite.reach);
  const onPixels = [box.x, box.y, box.width, box.height].every((v) => Number.isInteger(v * sprite.scale));
  return onPixels && box.width >= least && box.height >= least;
}

/**
 * The sprite for the context's scale, radius and fill, drawn on first use. Null, so each card's shadow is
 * drawn itself, where no canvas can be made, where the transform is not a uniform scale (rotated, skewed,
 * stretched or mirrored), or where the scale is not a whole number of device pixels a unit (a map too big for
 * 2×): there cards fall between pixels, and the sprite's copy of a face's edge, at another sub-pixel phase,
 * would show beside it (up to 30/255 at 1.37×).
 */
function spriteFor(ctx: Ctx, radius: number, fill: string): Sprite | null {
  if (typeof ctx.getTransform !== 'function') return null;
  const { a, b, c, d } = ctx.getTransform();
  if (b !== 0 || c !== 0 || a !== d || !Number.isInteger(a) || a < 1) return null;
  const scale = a;
  const cached = sprites.get(ctx);
  if (cached && cached.scale === scale && cached.radius === radius && cached.fill === fill) return cached;
  const reach = REACH_PX / scale;
  // A card just big enough for its corners and a middle one device pixel long, with its reach all round.
  const middle = 1 / scale;
  const card = 2 * (radius + reach) + middle;
  const side = Math.ceil((2 * cornerOf({ radius, reach }) + middle) * scale);
  const canvas = newCanvasLike(ctx, side, side);
  const spriteCtx = canvas?.getContext('2d') as Ctx | null | undefined;
  if (!canvas || !spriteCtx) return null;
  spriteCtx.setTransform(scale, 0, 0, scale, 0, 0);
  faceWithShadow(spriteCtx, { x: reach, y: reach, width: card, height: card }, radius, fill);
  const sprite = { canvas, scale, reach, radius, fill };
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

/** Where a piece lies along one axis: in the sprite and on the image, both in canvas units. */
interface Span {
  source: number;
  sourceSize: number;
  at: number;
  size: number;
}

/** Along one axis of a card from `start`, `size` long: the near corner, the stretched middle, the far corner. */
function spansOf(start: number, size: number, sprite: Sprite): [Span, Span, Span] {
  const { reach } = sprite;
  const corner = cornerOf(sprite);
  const middle = 1 / sprite.scale;
  return [
    { source: 0, sourceSize: corner, at: start - reach, size: corner },
    { source: corner, sourceSize: middle, at: start - reach + corner, size: size + 2 * reach - 2 * corner },
    { source: corner + middle, sourceSize: corner, at: start + size + reach - corner, size: corner },
  ];
}

/**
 * A corner span cut to its outer `depth` (the reach outside the card and the corner's radius inside):
 * across an edge, the rest of an edge piece lies under the face.
 */
function outer(span: Span, depth: number, far: boolean): Span {
  if (!far) return { ...span, sourceSize: depth, size: depth };
  const cut = span.size - depth;
  return { source: span.source + cut, sourceSize: depth, at: span.at + cut, size: depth };
}

/**
 * Draws the sprite's four corners and four edges around `box`, grown by the shadow's reach. For a card on
 * whole device pixels (sliceable), every piece lands on whole pixels, the corners are copied at the sprite's
 * own scale and the edges stretched only along themselves, where the sprite does not change: nearest-pixel
 * sampling gives the pixels smoothing would, without its cost (~50 ms of a 2× export at N = 100).
 */
function drawSlices(ctx: Ctx, sprite: Sprite, box: Box): void {
  const { canvas, scale } = sprite;
  const depth = sprite.reach + sprite.radius;
  const [left, middleX, right] = spansOf(box.x, box.width, sprite);
  const [top, middleY, bottom] = spansOf(box.y, box.height, sprite);
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
  // fillCardFace restores the context's own choice.
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
}
