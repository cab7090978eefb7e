/**
 * Where the PNG export draws and how it encodes. Chromium encodes a page's `canvas.toBlob` in idle slices
 * of the main thread and, when the page is never idle enough, only after a second's wait: at N = 100 the
 * export spent ~1 s waiting and ~0.4 s encoding for ~0.2 s of drawing. So the map is drawn on an
 * OffscreenCanvas, its pixels handed without a copy to a worker (encodePng.worker.ts) that encodes at once
 * with the browser's own encoder. Browsers or tests without OffscreenCanvas or workers draw on a <canvas>
 * and encode with `toBlob`, as before.
 */
import type { EncodeReply, EncodeRequest } from './encodePng.worker';

/** A canvas to draw the map on, at any size, and encode on the page's thread. */
export interface MapSurface {
  /** Its 2D context; resizing keeps the object but resets its state. */
  ctx: CanvasRenderingContext2D;
  resize(width: number, height: number): void;
  /** Encodes on the page's thread (slow in Chromium, see above); rejects when the browser cannot. */
  encodeHere(): Promise<Blob>;
  /** The pixels as a bitmap, leaving the surface blank; only where OffscreenCanvas exists. */
  takeBitmap?: () => ImageBitmap;
}

const CANNOT_ENCODE = 'The browser could not encode the PNG image.';

/** An OffscreenCanvas where the browser has one, else a <canvas>; null when neither gives a 2D context. */
export function createMapSurface(): MapSurface | null {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(1, 1);
    // The drawing code is typed for a page canvas; an OffscreenCanvas's 2D context has every call it makes.
    const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D | null;
    if (ctx) {
      return {
        ctx,
        resize: (width, height) => ((canvas.width = width), (canvas.height = height)),
        encodeHere: () => canvas.convertToBlob({ type: 'image/png' }),
        takeBitmap: () => canvas.transferToImageBitmap(),
      };
    }
  }
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  return {
    ctx,
    resize: (width, height) => ((canvas.width = width), (canvas.height = height)),
    encodeHere: () =>
      new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(CANNOT_ENCODE))), 'image/png'),
      ),
  };
}

/** A worker that encodes one bitmap as PNG. */
export interface PngEncoder {
  /** Resolves with the PNG; rejects when the worker failed to start or to encode. */
  encode(bitmap: ImageBitmap): Promise<Blob>;
  /** Ends the worker; call once done, whatever happened. */
  close(): void;
}

/**
 * Starts the encoding worker now, so its script loads while the map is drawn; null where workers or
 * OffscreenCanvas are missing (then encode with MapSurface.encodeHere).
 */
export function startPngEncoder(): PngEncoder | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./encodePng.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  let failure: Error | null = null;
  let waiting: { resolve: (blob: Blob) => void; reject: (error: Error) => void } | null = null;
  const fail = (error: Error) => {
    failure = error;
    waiting?.reject(error);
  };
  // A script that did not load reports a plain Event, with no message.
  worker.onerror = (event) => fail(new Error(event.message || 'The image encoder did not start.'));
  worker.onmessageerror = () => fail(new Error(CANNOT_ENCODE));
  worker.onmessage = (event: MessageEvent<EncodeReply>) => {
    const reply = event.data;
    if (reply.ok) waiting?.resolve(reply.blob);
    else waiting?.reject(new Error(reply.message || CANNOT_ENCODE));
  };
  return {
    encode: (bitmap) =>
      new Promise<Blob>((resolve, reject) => {
        if (failure) {
          bitmap.close();
          reject(failure);
          return;
        }
        waiting = { resolve, reject };
        worker.postMessage({ bitmap } satisfies EncodeRequest, [bitmap]);
      }),
    close: () => worker.terminate(),
  };
}

/** How long a worker started ahead of an export waits for it before it is ended. */
const WARM_FOR_MS = 30_000;
let warm: { encoder: PngEncoder; timer: ReturnType<typeof setTimeout> } | null = null;

/**
 * Starts an encoder ahead of an export (the export menu opened) and keeps it for the next export for
 * WARM_FOR_MS: a worker's start needs a few main-thread tasks, which drawing the map would otherwise hold
 * up (measured: ~40 ms idle, ~400 ms behind a 300 ms drawing). Calling it again restarts the wait.
 */
export function warmPngEncoder(): void {
  if (warm) clearTimeout(warm.timer);
  const encoder = warm?.encoder ?? startPngEncoder();
  if (!encoder) return;
  warm = { encoder, timer: setTimeout(() => (encoder.close(), (warm = null)), WARM_FOR_MS) };
}

/** The encoder warmPngEncoder started, now the caller's to close; else a new one (startPngEncoder). */
export function takePngEncoder(): PngEncoder | null {
  if (!warm) return startPngEncoder();
  clearTimeout(warm.timer);
  const { encoder } = warm;
  warm = null;
  return encoder;
}
