/**
 * The app's themes as design tokens: the one definition of every colour the screen (as CSS custom
 * properties, see css.ts), the PNG and the PDF (both in the light theme) draw with. Plain data, no DOM.
 * Colours are CSS colour strings; lengths are CSS pixels (canvas units on the map).
 */
import { DELIVERED_COLOR } from './colors';

/** The looks the app ships in: light (default), dark, and a high-contrast, large-type one for projectors. */
export const THEME_NAMES = ['light', 'dark', 'projector'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** The UI's type: the system font, so the app looks native and loads no font files. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** Line height of running text, as a multiple of the font size. */
export const BODY_LEADING = 1.45;
/** Corner radius of panels and cards, in px. */
export const RADIUS = 10;

/** Every colour token of a theme; css.ts writes `textMuted` as `--text-muted`, `surface2` as `--surface-2`. */
export interface ThemeColors {
  bg: string;
  surface: string;
  surface2: string;
  text: string;
  textMuted: string;
  border: string;
  accent: string;
  accentStrong: string;
  /** Text on the accent colour. */
  accentContrast: string;
  accentSoft: string;
  danger: string;
  /** Text on the danger colour. */
  dangerContrast: string;
  /** Pain-point marks. */
  pain: string;
  /** Moment-of-truth marks. */
  truth: string;
  focus: string;
  errorBg: string;
  errorText: string;
  errorBorder: string;
  infoBg: string;
  infoText: string;
  infoBorder: string;
  toastBg: string;
  toastText: string;
  toastAction: string;
  /** Stage column bodies, alternating. */
  stageBg: string;
  stageBgOdd: string;
  /** Connection lines. */
  edge: string;
  /**
   * The delivered-experience line on the emotion curve and its sample in the legend: at least 3:1 (WCAG
   * 1.4.11) against the curve's band and the legend's surface, drawn at the series' opacity.
   */
  delivered: string;
  canvasDots: string;
  minimapMask: string;
  /** Behind modal dialogs. */
  backdrop: string;
}

/** One theme: its colours and the few lengths that change with it. */
export interface ThemeLook {
  colors: ThemeColors;
  /** CSS box-shadow of raised surfaces (cards, menus). */
  shadow: string;
  /** Width of the focus ring, px. */
  focusWidth: number;
  /** Width of a card's border, px. */
  cardBorderWidth: number;
  /**
   * The share of white (0..1) mixed into the personas' line colours on screen (PERSONA_COLORS, chosen for
   * paper and the light theme): on a dark surface they need it to read at 3:1 (WCAG 1.4.11) at the series'
   * opacity; 0.35 is the least that does on the dark and projector themes.
   */
  personaLineLift: number;
}

const light: ThemeLook = {
  colors: {
    bg: '#f6f7f9',
    surface: '#ffffff',
    surface2: '#eef1f5',
    text: '#172033',
    textMuted: '#4b5568',
    border: '#d5dbe4',
    accent: '#0f766e',
    accentStrong: '#0b5c56',
    accentContrast: '#ffffff',
    accentSoft: '#f0fdfa',
    danger: '#b91c1c',
    dangerContrast: '#ffffff',
    pain: '#c2410c',
    truth: '#a16207',
    focus: '#2563eb',
    errorBg: '#fef2f2',
    errorText: '#7f1d1d',
    errorBorder: '#fecaca',
    infoBg: '#eff6ff',
    infoText: '#1e3a8a',
    infoBorder: '#bfdbfe',
    toastBg: '#1e293b',
    toastText: '#ffffff',
    toastAction: '#99f6e4',
    stageBg: 'rgb(15 118 110 / 4%)',
    stageBgOdd: 'rgb(15 118 110 / 8%)',
    edge: '#8a8f9c',
    // The exports' dark slate: the PNG and the PDF are drawn in this theme.
    delivered: DELIVERED_COLOR,
    canvasDots: '#91919a',
    minimapMask: 'rgb(226 232 240 / 60%)',
    backdrop: 'rgb(15 23 42 / 45%)',
  },
  shadow: '0 1px 2px rgb(15 23 42 / 8%), 0 4px 12px rgb(15 23 42 / 6%)',
  focusWidth: 3,
  cardBorderWidth: 1,
  personaLineLift: 0,
};

/** Dark: the same layout on slate, for dim rooms and late evenings. */
const dark: ThemeLook = {
  colors: {
    bg: '#0f172a',
    surface: '#1e293b',
    surface2: '#2b3a52',
    text: '#e2e8f0',
    textMuted: '#a9b4c6',
    border: '#475569',
    accent: '#2dd4bf',
    accentStrong: '#5eead4',
    accentContrast: '#042f2e',
    accentSoft: '#173c45',
    danger: '#f87171',
    dangerContrast: '#1f0707',
    pain: '#fb923c',
    truth: '#facc15',
    focus: '#93c5fd',
    errorBg: '#3f1219',
    errorText: '#fecaca',
    errorBorder: '#9f1239',
    infoBg: '#172554',
    infoText: '#dbeafe',
    infoBorder: '#1e40af',
    toastBg: '#f1f5f9',
    toastText: '#0f172a',
    toastAction: '#0f766e',
    stageBg: 'rgb(45 212 191 / 4%)',
    stageBgOdd: 'rgb(45 212 191 / 9%)',
    edge: '#8b9ab3',
    // Slate 300: the dark slate of paper reads 1.4:1 on this surface.
    delivered: '#cbd5e1',
    canvasDots: '#475569',
    minimapMask: 'rgb(15 23 42 / 65%)',
    backdrop: 'rgb(0 0 0 / 60%)',
  },
  shadow: '0 1px 2px rgb(0 0 0 / 40%), 0 4px 12px rgb(0 0 0 / 30%)',
  focusWidth: 3,
  cardBorderWidth: 1,
  personaLineLift: 0.45,
};

/** Projector: high contrast and large type (see PROJECTOR_CARD_TYPE), for a room reading a wall. */
const projector: ThemeLook = {
  colors: {
    bg: '#0b1020',
    surface: '#151c33',
    surface2: '#26304f',
    text: '#ffffff',
    textMuted: '#dbe3f0',
    border: '#8a9bc4',
    accent: '#5eead4',
    accentStrong: '#99f6e4',
    accentContrast: '#042f2e',
    accentSoft: '#173c45',
    danger: '#fca5a5',
    dangerContrast: '#1f0707',
    pain: '#fdba74',
    truth: '#fde047',
    focus: '#fde047',
    errorBg: '#3f1219',
    errorText: '#ffffff',
    errorBorder: '#fca5a5',
    infoBg: '#172554',
    infoText: '#ffffff',
    infoBorder: '#93c5fd',
    toastBg: '#ffffff',
    toastText: '#0b1020',
    toastAction: '#0f5c56',
    stageBg: 'transparent',
    stageBgOdd: 'rgb(94 234 212 / 8%)',
    edge: '#cbd5e1',
    // Slate 200, brighter than the dark theme's for a projected wall.
    delivered: '#e2e8f0',
    canvasDots: '#5b6a8c',
    minimapMask: 'rgb(11 16 32 / 70%)',
    backdrop: 'rgb(0 0 0 / 70%)',
  },
  shadow: 'none',
  focusWidth: 4,
  cardBorderWidth: 2,
  personaLineLift: 0.45,
};

/** Every theme by name. The exported PNG and PDF are drawn in `light`, on paper or a light page. */
export const THEMES: Readonly<Record<ThemeName, ThemeLook>> = { light, dark, projector };

/**
 * Presentation mode's own palette (dark, high contrast), whatever the app's theme: a projector in a workshop
 * room. Written as `--p-*` custom properties on `.present`.
 */
export const PRESENT_COLORS = {
  bg: '#0b1020',
  surface: '#151c33',
  surface2: '#1f2845',
  text: '#f8fafc',
  muted: '#cbd5e1',
  border: '#3b4768',
  accent: '#5eead4',
  accentInk: '#042f2e',
  pain: '#fb923c',
  truth: '#facc15',
  focus: '#93c5fd',
  dim: '#9aa6bd',
} as const;
