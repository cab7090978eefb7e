import { FONT_STACK, THEMES } from '../../domain/look/themes';

/** The exported image is drawn in the light theme, with its tokens from domain/look (as the screen's CSS). */
export const COLORS = THEMES.light.colors;

/** A canvas font string; weights stay CSS 2 keywords so every canvas accepts them. */
export function font(
  size: number,
  weight: 'normal' | 'bold' = 'normal',
  style: 'normal' | 'italic' = 'normal',
): string {
  return `${style} ${weight} ${size}px ${FONT_STACK}`;
}
