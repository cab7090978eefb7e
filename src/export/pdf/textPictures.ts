import { zlibSync } from 'fflate';
import type { jsPDF } from 'jspdf';
import type { Direction } from '../../domain/look/direction';
import type { FallbackPicture, FallbackText } from './fallback';
import type { FontWeight } from './metrics';

/**
 * Pictures of text as PDF images, compressed. jsPDF's own RGBA input stores pixels uncompressed and drops
 * the alpha channel, and its PNG input would mean encoding and decoding each picture again; this image type
 * (a jsPDF image plugin: jsPDF looks processors up as `process<FORMAT>` on its API) deflates the colour and
 * keeps the alpha as a soft mask, so a picture blends with the card under it as text would.
 */
const FORMAT = 'RECORRIDOTEXT';
const MARKER = new Uint8Array([0]);

/** Pixels waiting for jsPDF to process them, by document and alias. */
const waiting = new WeakMap<object, Map<string, FallbackPicture>>();
/** The image resource number jsPDF gave each stored picture (it names them /I<index>), by document and alias. */
const stored = new WeakMap<object, Map<string, number>>();

function binary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** The jsPDF image processor for text pictures: split RGB and alpha, deflate both (level 1: fast). */
function processTextPicture(this: object, _marker: Uint8Array, index: number, alias: string) {
  const picture = waiting.get(this)?.get(alias);
  if (!picture) throw new Error(`No text picture for ${alias}`);
  waiting.get(this)!.delete(alias);
  let indexes = stored.get(this);
  if (!indexes) stored.set(this, (indexes = new Map()));
  indexes.set(alias, index);
  const pixels = picture.width * picture.height;
  const rgb = new Uint8Array(pixels * 3);
  const alpha = new Uint8Array(pixels);
  const { data } = picture;
  for (let p = 0, i = 0; p < pixels; p++, i += 4) {
    rgb[p * 3] = data[i];
    rgb[p * 3 + 1] = data[i + 1];
    rgb[p * 3 + 2] = data[i + 2];
    alpha[p] = data[i + 3];
  }
  return {
    alias,
    index,
    data: binary(zlibSync(rgb, { level: 1 })),
    sMask: binary(zlibSync(alpha, { level: 1 })),
    filter: 'FlateDecode',
    // jsPDF writes the soft mask's DecodeParms from this; 1 is "no prediction".
    predictor: 1,
    width: picture.width,
    height: picture.height,
    bitsPerComponent: 8,
    sMaskBitsPerComponent: 8,
    colorSpace: 'DeviceRGB',
  };
}

/** Registers the image type with jsPDF (its API object, `jsPDF.API`), once. */
export function registerTextPictures(api: object): void {
  const target = api as Record<string, unknown>;
  if (typeof target[`process${FORMAT}`] !== 'function') target[`process${FORMAT}`] = processTextPicture;
}

type Placed = Omit<FallbackPicture, 'data'> | null;

/**
 * The text pictures of one document: each distinct text, weight, size, colour and direction is drawn by the
 * fallback and stored once, then placed wherever it recurs.
 */
export class TextPictures {
  private readonly placed = new Map<string, Placed>();

  constructor(
    private readonly doc: jsPDF,
    private readonly fallback: FallbackText,
  ) {}

  /**
   * Draws `text` with its start at `x` and its baseline at `baseline` (points), in at most `width` points
   * (a picture wider than the planned width is scaled down to it). Returns false when nothing could be
   * drawn (no canvas).
   */
  place(
    text: string,
    look: { weight: FontWeight; size: number; color: string; direction: Direction },
    x: number,
    baseline: number,
    width: number,
  ): boolean {
    const key = `${look.weight}|${look.size}|${look.color}|${look.direction}|${text}`;
    const alias = `text:${key}`;
    let picture = this.placed.get(key);
    if (picture === undefined) {
      const painted = this.fallback.paint(text, look.weight, look.size, look.color, look.direction);
      if (painted) {
        let forDoc = waiting.get(this.doc);
        if (!forDoc) waiting.set(this.doc, (forDoc = new Map()));
        forDoc.set(alias, painted);
      }
      picture = null;
      if (painted) {
        const { data: _pixels, ...size } = painted;
        picture = size;
      }
      this.placed.set(key, picture);
    }
    if (!picture) return false;
    const k = picture.resolution;
    const fit = Math.min(1, width / Math.max(picture.advance / k, 0.001));
    const box = {
      x: x - (picture.originX / k) * fit,
      y: baseline - (picture.baseline / k) * fit,
      width: (picture.width / k) * fit,
      height: (picture.height / k) * fit,
    };
    const index = stored.get(this.doc)?.get(alias);
    if (index === undefined) this.doc.addImage(MARKER, FORMAT, box.x, box.y, box.width, box.height, alias);
    else {
      // Placed again: the image is stored, so paint it straight away rather than through addImage, which
      // re-checks the data on every call (a map repeats its titles in every appendix table). jsPDF draws
      // images the same way; its page origin is at the bottom left.
      const bottom = this.doc.internal.pageSize.getHeight() - box.y - box.height;
      const n = (v: number) => +v.toFixed(3);
      const out = this.doc.internal as unknown as { write(text: string): void };
      out.write(`q ${n(box.width)} 0 0 ${n(box.height)} ${n(box.x)} ${n(bottom)} cm /I${index} Do Q`);
    }
    return true;
  }
}
