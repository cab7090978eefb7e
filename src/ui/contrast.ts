const DARK_INK = '#000000';
const LIGHT_INK = '#ffffff';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rgb or #rrggbb colour; null for anything else. */
export function luminance(color: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(full.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Text colour for a label drawn on a user-chosen colour (a function's band): white or black, whichever
 * contrasts more, so any colour a team picks stays readable.
 */
export function inkOn(background: string): string {
  const l = luminance(background);
  if (l === null) return DARK_INK;
  const withWhite = 1.05 / (l + 0.05);
  const withDark = (l + 0.05) / ((luminance(DARK_INK) ?? 0) + 0.05);
  return withWhite >= withDark ? LIGHT_INK : DARK_INK;
}
