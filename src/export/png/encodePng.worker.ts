/**
 * Encodes a drawn map as PNG off the main thread (see encodePng.ts). Chromium encodes a page's
 * `canvas.toBlob` and `OffscreenCanvas.convertToBlob` in idle slices of the main thread, and starts them
 * only after up to a second of waiting for idle time; in a worker `convertToBlob` encodes at once, with the
 * same encoder, so the file is the same.
 */

/** The picture to encode, transferred (not copied) from the page. */
export interface EncodeRequest {
  bitmap: ImageBitmap;
}

export type EncodeReply = { ok: true; blob: Blob } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<EncodeRequest>) => {
  const { bitmap } = event.data;
  let reply: EncodeReply;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('bitmaprenderer');
    if (!ctx) throw new Error('This browser cannot encode images in the background.');
    // Takes the bitmap's pixels over without copying them.
    ctx.transferFromImageBitmap(bitmap);
    reply = { ok: true, blob: await canvas.convertToBlob({ type: 'image/png' }) };
  } catch (error) {
    bitmap.close();
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
