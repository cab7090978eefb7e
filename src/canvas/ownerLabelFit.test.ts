import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (it keeps its measuring context and widths), over a fake 2D context. */
async function withCanvas(pxPerChar: number | null) {
  vi.resetModules();
  if (pxPerChar !== null) {
    const context = { font: '', measureText: (text: string) => ({ width: text.length * pxPerChar }) };
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        getContext() {
          return context;
        }
      },
    );
  }
  return (await import('./ownerLabelFit')).ownerLabelFits;
}

afterEach(() => vi.unstubAllGlobals());

describe('ownerLabelFits', () => {
  it('lets a short label go unclipped and clips one that may not fit', async () => {
    const fits = await withCanvas(9);
    expect(fits('Marketing', 0)).toBe(true);
    expect(fits('Customer care', 2)).toBe(true);
    expect(fits('Atención al cliente y posventa internacional', 0)).toBe(false);
  });

  it('leaves less room beside the marker badges', async () => {
    const fits = await withCanvas(9);
    // 22 characters: about 204 px, which fit a band without badges but not beside two.
    expect(fits('Servicio técnico final', 0)).toBe(true);
    expect(fits('Servicio técnico final', 2)).toBe(false);
  });

  it('clips every label where nothing can measure text', async () => {
    const fits = await withCanvas(null);
    vi.stubGlobal('OffscreenCanvas', undefined);
    expect(fits('Sales', 0)).toBe(false);
  });
});
