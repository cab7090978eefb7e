import { CARD } from '../../domain/look/card';
import { fillCardFace } from './cardShadow';
import { recordingContext } from './fakeContext';

interface Piece {
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

function imageContext(scale: number) {
  const { ctx } = recordingContext();
  const pieces: Piece[] = [];
  const canvas = new FakeOffscreenCanvas(1000, 1000);
  const drawImage = (...args: number[]) => {
    const [x, y, width, height] = args.slice(-4);
    pieces.push({ x, y, width, height });
  };
  Object.assign(ctx, { canvas, drawImage, getTransform: () => ({ a: scale }) });
  return { ctx, pieces };
}

const area = (p: Piece) => p.width * p.height;
const overlaps = (a: Piece, b: Piece) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("a PNG card's shadow", () => {
  beforeEach(() => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    FakeOffscreenCanvas.shadowsDrawn = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('surrounds the card with no gap and no overlap, and draws the blur once for every card', () => {
    const { ctx, pieces } = imageContext(2);
    const box = { x: 40, y: 64, width: CARD.width, height: 150 };
    fillCardFace(ctx, box, CARD.radius, '#ffffff');
    fillCardFace(ctx, { ...box, y: 300, height: 96 }, CARD.radius, '#ffffff');
    expect(FakeOffscreenCanvas.shadowsDrawn).toBe(1);

    const first = pieces.slice(0, 8);
    expect(first).toHaveLength(8);
    for (const [i, a] of first.entries()) for (const b of first.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    // The eight pieces frame the card: the box they span, less the part under the card's middle.
    const left = Math.min(...first.map((p) => p.x));
    const top = Math.min(...first.map((p) => p.y));
    const right = Math.max(...first.map((p) => p.x + p.width));
    const bottom = Math.max(...first.map((p) => p.y + p.height));
    const reach = box.x - left;
    expect(reach).toBeGreaterThanOrEqual(CARD.shadow.blur);
    expect([top, right, bottom]).toEqual([box.y - reach, box.x + box.width + reach, box.y + box.height + reach]);
    const framed = first.reduce((sum, p) => sum + area(p), 0);
    const middle = pieces[1].width * pieces[3].height;
    expect(framed + middle).toBeCloseTo((right - left) * (bottom - top));
  });

  it('is drawn again when the scale changes, so it stays as sharp as the image', () => {
    const { ctx } = imageContext(2);
    const box = { x: 0, y: 0, width: CARD.width, height: 120 };
    fillCardFace(ctx, box, CARD.radius, '#ffffff');
    (ctx as unknown as { getTransform: () => { a: number } }).getTransform = () => ({ a: 1 });
    fillCardFace(ctx, box, CARD.radius, '#ffffff');
    expect(FakeOffscreenCanvas.shadowsDrawn).toBe(2);
  });
});
