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
    const left = Math.min(...first.map((p) => p.x));
    const top = Math.min(...first.map((p) => p.y));
    const right = Math.max(...first.map((p) => p.x + p.width));
    const bottom = Math.max(...first.map((p) => p.y + p.height));
    const reach = box.x - left;
    expect(reach).toBeGreaterThanOrEqual(CARD.shadow.blur);
    expect([top, right, bottom]).toEqual([box.y - reach, box.x + box.width + reach, box.y + box.height + reach]);
    // Every point around the card and its rounded corners is drawn once: no gap, no doubled shadow.
    const inside = (p: Piece, x: number, y: number) => x > p.x && x < p.x + p.width && y > p.y && y < p.y + p.height;
    const r = CARD.radius;
    const wrong: string[] = [];
    for (let y = top + 0.5; y < bottom; y += 1) {
      for (let x = left + 0.5; x < right; x += 1) {
        const underFace = x > box.x + r && x < box.x + box.width - r && y > box.y + r && y < box.y + box.height - r;
        const drawn = first.filter((p) => inside(p, x, y)).length;
        if (drawn > 1 || (drawn === 0 && !underFace)) wrong.push(`${x},${y}: ${drawn}`);
      }
    }
    expect(wrong).toEqual([]);
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
