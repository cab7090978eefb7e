import type { Emotion } from '../journey';

/**
 * Colours that mean something in the journey, the same in every theme and in every export: the emotion
 * scale, and what stands in for a missing emotion, channel or owning function.
 */

/** Emotion colours from red (-2) to green (+2), readable on light and dark backgrounds. */
export const EMOTION_COLORS: Readonly<Record<Emotion, string>> = {
  [-2]: '#dc2626',
  [-1]: '#f97316',
  [0]: '#a3a3a3',
  [1]: '#65a30d',
  [2]: '#15803d',
};

/**
 * The curve's vertical gradient, top (+2, at offset 0) to bottom (-2, at 1), in that order: SVG raises an
 * offset lower than the one before it to that one, so stops listed from -2 up would all sit at the bottom
 * and paint the whole line red.
 */
export const EMOTION_GRADIENT: readonly { emotion: Emotion; offset: number; color: string }[] = (
  [2, 1, 0, -1, -2] as const
).map((emotion) => ({ emotion, offset: (2 - emotion) / 4, color: EMOTION_COLORS[emotion] }));

/** Slate 400: what is not set yet, e.g. a touchpoint's missing emotion or channel. */
export const FAINT_COLOR = '#94a3b8';

/** The dashed face and the curve-less bar of a touchpoint with no emotion. */
export const NO_EMOTION_COLOR = FAINT_COLOR;

/**
 * The band of a card, and the blueprint lane, of touchpoints with no owning function: a light slate, so the
 * ink rule (ink.ts) writes its label dark.
 */
export const NO_FUNCTION_COLOR = '#cbd5e1';

/** Colours only print uses: paper has no shadows, so washes and a darker card edge separate things. */
export const PRINT_COLORS = {
  /** Background of the cover tiles, the curve band and shaded table rows. */
  wash: '#f8fafc',
  /** Connection lines, darker than the screen's so they survive a grey-scale printer. */
  link: '#64748b',
  cardBorder: '#c4ccd8',
} as const;

/**
 * The line of each persona but the one being edited, by its place among the journey's personas (the edited
 * one keeps the emotion gradient): one distinct hue per persona a journey may hold (LIMITS.personas), so no
 * two lines look alike, none the delivered line's slate, the KPI overlay's violet or near the pain points'
 * orange (a hand-off's dashed line is drawn in it, and a dashed persona line in it read as one).
 */
export const PERSONA_COLORS = [
  '#2563eb',
  '#9333ea',
  '#0f766e',
  '#7f1d1d',
  '#be185d',
  '#86198f',
  '#4d7c0f',
  '#0c4a6e',
] as const;

/**
 * The delivered-experience line on the curve: dark slate, dashed, so it never reads as a persona. This is
 * its colour on paper (the PNG, the PDF) and in the light theme; on screen it is each theme's `delivered`
 * token (themes.ts), a light slate on the dark ones.
 */
export const DELIVERED_COLOR = '#334155';

/**
 * The bars of the KPI drawn over the emotion curve (domain/kpiOverlay.ts): a violet no emotion, persona or
 * delivered line uses, translucent on screen and in print so the curve stays on top.
 */
export const KPI_OVERLAY_COLOR = '#7c3aed';
export const KPI_OVERLAY_OPACITY = 0.28;

/** How sure a touchpoint's data is, from pale (assumed) to solid (measured): the legend's swatches. */
export const EVIDENCE_COLORS = { assumed: '#e2e8f0', observed: '#94a3b8', measured: '#334155' } as const;
