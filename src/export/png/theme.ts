/** Colours and type of the exported image, copied from the light theme in styles/app.css. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const COLORS = {
  surface: '#ffffff',
  text: '#172033',
  textMuted: '#4b5568',
  border: '#d5dbe4',
  accent: '#0f766e',
  pain: '#c2410c',
  truth: '#a16207',
  edge: '#9ca3af',
  noEmotion: '#94a3b8',
  shadow: 'rgba(15, 23, 42, 0.12)',
} as const;

/** The app's page background (--bg), for a "theme" rather than white background. */
export const THEME_BACKGROUND = '#f6f7f9';

/** A canvas font string; weights stay CSS 2 keywords so every canvas accepts them. */
export function font(
  size: number,
  weight: 'normal' | 'bold' = 'normal',
  style: 'normal' | 'italic' = 'normal',
): string {
  return `${style} ${weight} ${size}px ${FONT_STACK}`;
}
