import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { exportMapPng, fitPixelRatio, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './exportPng';
import { recordingContext } from './fakeContext';
import { mapBounds } from './geometry';

describe('fitPixelRatio', () => {
  it('keeps the asked ratio when the image fits', () => {
    expect(fitPixelRatio({ width: 2000, height: 1500 }, 2)).toBe(2);
  });

  it('lowers the ratio so the longest side fits', () => {
    const ratio = fitPixelRatio({ width: 15_000, height: 1_200 }, 2);
    expect(ratio).toBeLessThan(2);
    expect(Math.ceil(15_000 * ratio)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
  });

  it('lowers the ratio so the pixel count fits', () => {
    const ratio = fitPixelRatio({ width: 16_000, height: 16_000 }, 2);
    expect(Math.ceil(16_000 * ratio) ** 2).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
  });
});

describe('exportMapPng', () => {
  function fakeCanvas() {
    const { ctx, texts } = recordingContext();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) =>
      callback(new Blob(['png'], { type: 'image/png' })),
    );
    return texts;
  }

  it('renders the whole map at 2x by default, from the model', async () => {
    const texts = fakeCanvas();
    const journey = instantiateTemplate(meUno, 'es');
    const bounds = mapBounds(journey, 'canvas');
    const result = await exportMapPng(journey, { locale: 'es', view: 'canvas' });
    expect(result.blob.type).toBe('image/png');
    expect(result.pixelRatio).toBe(2);
    expect(result.scaledDown).toBe(false);
    // Cards are measured shorter than the TOUCHPOINT_HEIGHT mapBounds assumes, so the image is no bigger.
    expect(result.width).toBe(bounds.width * 2);
    expect(result.height).toBeLessThanOrEqual(bounds.height * 2);
    expect(texts.some((t) => t.text === 'Me informo')).toBe(true);
  });

  it('scales a very wide map down and says so', async () => {
    fakeCanvas();
    const journey = instantiateTemplate(meUno, 'en');
    journey.stages = journey.stages.map((s) => ({ ...s, width: 2000 }));
    const result = await exportMapPng(journey, { locale: 'en', view: 'blueprint' });
    expect(result.scaledDown).toBe(true);
    expect(result.width).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
  });

  it('fails clearly when the browser has no canvas', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    await expect(exportMapPng(instantiateTemplate(meUno, 'es'), { locale: 'es', view: 'canvas' })).rejects.toThrow(
      /canvas/,
    );
  });
});

describe('exportMapPng where OffscreenCanvas and workers exist', () => {
  /** The bitmaps posted to the encoding worker, and what it answers; no real encoding in jsdom. */
  function fakeBrowser(reply: (bitmap: { width: number; height: number }) => unknown) {
    const { ctx, texts } = recordingContext();
    const posted: Array<{ width: number; height: number }> = [];
    const terminated: boolean[] = [];
    class FakeOffscreenCanvas {
      constructor(
        public width: number,
        public height: number,
      ) {}
      getContext = () => ctx;
      convertToBlob = async () => new Blob(['drawn on the page'], { type: 'image/png' });
      transferToImageBitmap = () => ({ width: this.width, height: this.height, close() {} });
    }
    class FakeWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      postMessage(message: { bitmap: { width: number; height: number } }) {
        posted.push(message.bitmap);
        queueMicrotask(() => this.onmessage?.({ data: reply(message.bitmap) }));
      }
      terminate() {
        terminated.push(true);
      }
    }
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    vi.stubGlobal('Worker', FakeWorker);
    return { texts, posted, terminated };
  }

  afterEach(() => vi.unstubAllGlobals());

  it('hands the drawn map to the worker and returns its PNG', async () => {
    const encoded = new Blob(['encoded in the worker'], { type: 'image/png' });
    const { texts, posted, terminated } = fakeBrowser(() => ({ ok: true, blob: encoded }));
    const result = await exportMapPng(instantiateTemplate(meUno, 'es'), { locale: 'es', view: 'canvas' });
    expect(result.blob).toBe(encoded);
    expect(posted.map(({ width, height }) => ({ width, height }))).toEqual([
      { width: result.width, height: result.height },
    ]);
    expect(texts.filter((t) => t.text === 'Me informo')).toHaveLength(1);
    expect(terminated).toEqual([true]);
  });

  it('draws again and encodes on the page when the worker cannot encode', async () => {
    const { texts, terminated } = fakeBrowser(() => ({ ok: false, message: 'no bitmaprenderer' }));
    const result = await exportMapPng(instantiateTemplate(meUno, 'es'), { locale: 'es', view: 'canvas' });
    expect(await result.blob.text()).toBe('drawn on the page');
    // The bitmap went to the worker, so the map was painted a second time for the page's encoder.
    expect(texts.filter((t) => t.text === 'Me informo')).toHaveLength(2);
    expect(terminated).toEqual([true]);
  });
});
