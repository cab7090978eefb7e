import type { Page } from '@playwright/test';

/** A PNG's size and the RGBA bytes of a rectangle of it (the whole image unless asked), row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: number[];
}

/**
 * Decodes a PNG in the page (an <img> drawn on a canvas), as the browser shows it, and reads `rect` of its
 * pixels, or all of them.
 */
export function readPixels(
  page: Page,
  png: Buffer,
  rect?: { x: number; y: number; width: number; height: number },
): Promise<Pixels> {
  return page.evaluate(
    async ({ base64, rect }): Promise<Pixels> => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const area = rect ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
      const { data } = ctx.getImageData(area.x, area.y, area.width, area.height);
      return { width: canvas.width, height: canvas.height, data: Array.from(data) };
    },
    { base64: png.toString('base64'), rect },
  );
}
