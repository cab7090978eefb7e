import { CARD } from '../../domain/look/card';
import { fillCardFace } from './cardShadow';
import { recordingContext } from './fakeContext';

/** One drawImage call: the sprite's rectangle (device pixels) and where it lands (canvas units). */
interface Piece {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A stand-in for the browser's OffscreenCanvas, whose context counts the shadows drawn on it. */
class FakeOffscreenCanvas {
  static shadowsDrawn = 0;
  constructor(
    public width: number,
    public height: number,
  ) {}
  getContext() {
    const { ctx } = recordingContext();
    const fill = ctx.fill.bind(ctx);
    return Object.assign(ctx, {
      fill: () => {
        if (ctx.shadowBlur > 0) FakeOffscreenCanvas.shadowsDrawn++;
        fill();
      },
    });
  }
}

/** A context drawing at `scale` device pixels per unit, recording the sprite's pieces and the sprite's size. */
function imageContext(scale: number) {
  const { ctx } = recordingContext();
  const pieces: Piece[] = [];
  let spriteSide = 0;
  const drawImage = (sprite: FakeOffscreenCanvas, ...args: number[]) => {
    spriteSide = sprite.width;
    const [sx, sy, sw, sh, x, y, width, height] = args;
    pieces.push({ sx, sy, sw, sh, x, y, width, height });
  };
  const transform = { a: scale, b: 0, c: 0, d: scale };
  Object.assign(ctx, { canvas: new FakeOffscreenCanvas(1000, 1000), drawImage, getTransform: () => transform });
  return { ctx, pieces, transform, spriteSide: () => spriteSide };
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const r = CARD.radius;
const box = { x: 40, y: 64, width: CARD.width, height: 150 };

describe("a PNG card's shadow", () => {
  beforeEach(() => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    FakeOffscreenCanvas.shadowsDrawn = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each([1, 2, 3])(
    'at %s device pixels a unit, frames the card once all round with the blur copied, not rescaled',
    (scale) => {
      const { ctx, pieces, spriteSide } = imageContext(scale);
      fillCardFace(ctx, box, r, '#ffffff');
      expect(pieces).toHaveLength(8);
      const left = Math.min(...pieces.map((p) => p.x));
      const top = Math.min(...pieces.map((p) => p.y));
      const right = Math.max(...pieces.map((p) => p.x + p.width));
      const bottom = Math.max(...pieces.map((p) => p.y + p.height));
      const reach = box.x - left;
      // The blur (3σ, σ = shadowBlur / 2 device pixels) and the offset fit in the frame at any scale.
      expect(reach * scale).toBeGreaterThanOrEqual(1.5 * CARD.shadow.blur + CARD.shadow.offsetY);
      expect(top).toBeCloseTo(box.y - reach);
      expect(right).toBeCloseTo(box.x + box.width + reach);
      expect(bottom).toBeCloseTo(box.y + box.height + reach);

      // Every point around the card and its rounded corners is drawn once: no gap, no doubled shadow.
      const wrong: string[] = [];
      const inside = (p: Piece, x: number, y: number) => x > p.x && x < p.x + p.width && y > p.y && y < p.y + p.height;
      const step = 0.5;
      for (let y = top + step / 2; y < bottom; y += step) {
        for (let x = left + step / 2; x < right; x += step) {
          const underFace = x > box.x + r && x < box.x + box.width - r && y > box.y + r && y < box.y + box.height - r;
          const drawn = pieces.filter((p) => inside(p, x, y)).length;
          if (drawn > 1 || (drawn === 0 && !underFace)) wrong.push(`${x},${y}: ${drawn}`);
        }
      }
      expect(wrong).toEqual([]);

      // Across an edge the sprite is copied pixel for pixel, from its own edge; along an edge only a strip
      // where the blur no longer changes (past the corner's radius and the blur's reach) is stretched.
      const side = spriteSide();
      const axis = (p: Piece, horizontal: boolean) =>
        horizontal
          ? { source: p.sx, sourceSize: p.sw, at: p.x, size: p.width, start: box.x, end: box.x + box.width }
          : { source: p.sy, sourceSize: p.sh, at: p.y, size: p.height, start: box.y, end: box.y + box.height };
      for (const piece of pieces) {
        for (const horizontal of [true, false]) {
          const a = axis(piece, horizontal);
          const stretched = !close(a.sourceSize, a.size * scale);
          if (stretched) {
            const from = a.source / scale;
            expect(from).toBeGreaterThanOrEqual(r + 2 * reach - 1e-6);
            expect(side / scale - (from + a.sourceSize / scale)).toBeGreaterThanOrEqual(r + 2 * reach - 1 - 1e-6);
          } else if (close(a.at, a.start - reach)) {
            expect(a.source).toBe(0);
          } else {
            expect(close(a.at + a.size, a.end + reach)).toBe(true);
            expect(side - (a.source + a.sourceSize)).toBeLessThan(1);
          }
        }
      }
    },
  );

  it('draws the blur once for all the cards, and again when the scale changes', () => {
    const { ctx, transform } = imageContext(2);
    fillCardFace(ctx, box, r, '#ffffff');
    fillCardFace(ctx, { ...box, y: 300, height: 96 }, r, '#ffffff');
    expect(FakeOffscreenCanvas.shadowsDrawn).toBe(1);
    Object.assign(transform, { a: 1, d: 1 });
    fillCardFace(ctx, box, r, '#ffffff');
    expect(FakeOffscreenCanvas.shadowsDrawn).toBe(2);
  });

  it('draws the shadow itself for a card between device pixels, as an imported file may place one', () => {
    const { ctx, pieces } = imageContext(2);
    let blurred = 0;
    Object.defineProperty(ctx, 'shadowBlur', { set: (blur: number) => (blurred += blur > 0 ? 1 : 0), get: () => 0 });
    fillCardFace(ctx, { ...box, x: 30.25 }, r, '#ffffff');
    expect(pieces).toEqual([]);
    expect(blurred).toBe(1);
    // Half a unit is a whole pixel at 2x: that card is framed by pieces, with no blur on the image.
    fillCardFace(ctx, { ...box, x: 30.5 }, r, '#ffffff');
    expect(pieces).toHaveLength(8);
    expect(blurred).toBe(1);
  });

  it.each([
    ['a rotation', { a: 0, b: 2, c: -2, d: 0 }],
    ['a fractional scale', { a: 1.5, b: 0, c: 0, d: 1.5 }],
    ['a scale below one', { a: 0.5, b: 0, c: 0, d: 0.5 }],
  ])('draws the shadow itself, with no pieces, under %s', (_, matrix) => {
    const { ctx, pieces, transform } = imageContext(2);
    Object.assign(transform, matrix);
    let blurred = 0;
    Object.defineProperty(ctx, 'shadowBlur', { set: (blur: number) => (blurred += blur > 0 ? 1 : 0), get: () => 0 });
    fillCardFace(ctx, box, r, '#ffffff');
    expect(pieces).toEqual([]);
    expect(blurred).toBe(1);
  });
});
