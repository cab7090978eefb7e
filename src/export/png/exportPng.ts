import type { Journey } from '../../domain/journey';
import type { Locale } from '../../domain/locale';
import { paintMap, planMap, type CurveChoices } from './drawMap';
import { createMapSurface, takePngEncoder, type MapSurface, type PngEncoder } from './encodePng';
import type { Box, MapView } from './geometry';

export { warmPngEncoder } from './encodePng';

/** Longest side of the image, in pixels; browsers refuse canvases much bigger (Chromium: 32,767). */
export const MAX_IMAGE_SIDE = 16_384;
/** Most pixels in one image (16k × 16k), Chromium's canvas area limit. */
// About 120M px: a bigger image takes well over 5 s and a gigabyte to encode; the ratio drops instead.
export const MAX_IMAGE_PIXELS = 120_000_000;

/** `curveOverlay` and `personaId`: the curve as the editor shows it (main persona, no measure by default). */
export interface PngExportOptions extends CurveChoices {
  locale: Locale;
  view: MapView;
  /** Any CSS colour; white by default. */
  background?: string;
  /** Image pixels per canvas unit; 2 by default. */
  pixelRatio?: number;
}

export interface PngExport {
  blob: Blob;
  /** Image size in pixels. */
  width: number;
  height: number;
  /** The pixel ratio actually used: lower than asked when the map is too big for one image. */
  pixelRatio: number;
  /** True when the ratio was lowered to keep the image within MAX_IMAGE_SIDE and MAX_IMAGE_PIXELS. */
  scaledDown: boolean;
}

/** The largest ratio up to `wanted` that keeps an image of `bounds` within the size limits. */
export function fitPixelRatio(bounds: Pick<Box, 'width' | 'height'>, wanted: number): number {
  const side = MAX_IMAGE_SIDE / Math.max(bounds.width, bounds.height, 1);
  const area = Math.sqrt(MAX_IMAGE_PIXELS / Math.max(bounds.width * bounds.height, 1));
  // Floor to 1/1000 so rounding the canvas size up cannot cross a limit.
  return Math.min(wanted, Math.floor(Math.min(side, area) * 1000) / 1000);
}

/** The map's pixels as a PNG: in the worker when there is one, else (or when it fails) on this thread. */
async function encode(surface: MapSurface, encoder: PngEncoder | null, repaint: () => void): Promise<Blob> {
  if (!encoder || !surface.takeBitmap) return surface.encodeHere();
  try {
    return await encoder.encode(surface.takeBitmap());
  } catch {
    // The worker did not start or cannot encode in this browser; its bitmap is gone, so draw again.
    repaint();
    return surface.encodeHere();
  }
}

/** Renders the whole journey map from the model to a PNG, at 2× unless the map is too big for that. */
export async function exportMapPng(journey: Journey, options: PngExportOptions): Promise<PngExport> {
  const { locale, view, background = '#ffffff', pixelRatio: wanted = 2 } = options;
  const surface = createMapSurface();
  if (!surface) throw new Error('This browser cannot draw on a canvas.');
  // Warm since the export menu opened, or started before drawing so the worker's script loads meanwhile.
  const encoder = takePngEncoder();
  try {
    const plan = planMap(surface.ctx, journey, locale, view, options);
    const { bounds } = plan.geometry;
    const pixelRatio = fitPixelRatio(bounds, wanted);
    const width = Math.ceil(bounds.width * pixelRatio);
    const height = Math.ceil(bounds.height * pixelRatio);
    const paint = () => {
      // Resizing resets the context, so painting sets every state it needs.
      surface.resize(width, height);
      paintMap(surface.ctx, plan, background, pixelRatio);
    };
    paint();
    const blob = await encode(surface, encoder, paint);
    return { blob, width, height, pixelRatio, scaledDown: pixelRatio < wanted };
  } finally {
    encoder?.close();
    // Free the bitmap now rather than whenever the canvas is collected.
    surface.resize(0, 0);
  }
}
