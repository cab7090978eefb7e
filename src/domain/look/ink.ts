/**
 * The one ink rule: text on a colour is black or white, whichever contrasts more with it (WCAG 2 contrast
 * ratio). The canvas card band, the PNG band label and the PDF's coloured labels all ask inkOn, so a label
 * reads the same on screen and on paper whatever colour a team picked.
 */

const DARK_INK = '#000000';
const LIGHT_INK = '#ffffff';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance (0 black .. 1 white) of a #rgb or #rrggbb colour; null for anything else. */
export function luminance(color: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(full.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio (1..21) of two #rgb or #rrggbb colours; null when either is not one. */
export function contrastRatio(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Text colour for a label drawn on a colour (a function's band, a lane, a badge): white or black, whichever
 * contrasts more, so any colour a team picks stays readable. Black for anything not a hex colour.
 */
export function inkOn(background: string): string {
  const l = luminance(background);
  if (l === null) return DARK_INK;
  const withWhite = 1.05 / (l + 0.05);
  const withDark = (l + 0.05) / 0.05;
  return withWhite >= withDark ? LIGHT_INK : DARK_INK;
}
