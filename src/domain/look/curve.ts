import type { Emotion } from '../journey';

/**
 * The emotion curve band under the stage columns, in canvas units: the one definition the canvas's SVG,
 * its CSS (through the `--curve-*` custom properties css.ts writes) and the PNG exporter read.
 */
export const CURVE = {
  height: 220,
  /** From the band's top to the +2 guide, and from the -2 guide to the band's bottom. */
  padTop: 44,
  padBottom: 24,
  /** Left edge of the title and the guide labels. */
  labelX: 8,
  /** Baseline of the title, from the band's top. */
  titleY: 20,
  titleSize: 14,
  labelSize: 11,
  /** How far a guide's label sits above its line. */
  labelLift: 5,
  lineWidth: 3,
  /** Fill opacity of the band over the canvas, and stroke opacity of the guides. */
  bandOpacity: 0.85,
  guideOpacity: 0.35,
  /** Dash patterns of the stage boundaries and the guides. */
  stageDash: [4, 4],
  guideDash: [2, 4],
  /** A point: its dot, the ring of a pain point, the white outline of dot and marks. */
  dot: 8,
  painRing: 12,
  outline: 2,
  /** The moment-of-truth star above a point: centre offset, outer and inner radius. */
  star: { offset: 22, outer: 8, inner: 3.4 },
  /** The pain-point triangle below a point: centre offset, apex above, half base, base below. */
  triangle: { offset: 24, top: 7, half: 7.5, bottom: 6 },
  /**
   * A bar of the KPI drawn over the curve (domain/kpiOverlay.ts): its width, narrower than a point so the
   * point stays visible on top, and where its value is written: `gap` right of the bar, `drop` below the
   * value's end of it (its top for a value above the base, its bottom for one below).
   */
  kpiBar: { width: 14, gap: 3, drop: 4 },
  /**
   * A curve shown but not edited (another persona's, the delivered experience): line width and opacity,
   * its dots' radius, and the dashes that tell them apart without colour.
   */
  series: { width: 2, opacity: 0.8, dot: 3.5, personaDash: [7, 4], deliveredDash: [2, 5] },
  /**
   * A touchpoint the edited curve has no emotion for but that is a moment of truth or a pain point: its marks
   * stay, on the neutral guide (`level`, the place on the -2..+2 scale they are drawn at, not a score), around
   * a hollow dashed ring of radius `ring` in NO_EMOTION_COLOR (the dashed face of a card with no emotion)
   * instead of a dot, so they claim no emotion.
   */
  unrated: { level: 0, ring: 7, dash: [3, 2] },
} as const;

/** Distance between two neighbouring emotion guides. */
export const CURVE_STEP = (CURVE.height - CURVE.padTop - CURVE.padBottom) / 4;

/** Band-relative y of an emotion's guide line, +2 on top. */
export function curveY(emotion: Emotion | number): number {
  return CURVE.padTop + (2 - emotion) * CURVE_STEP;
}
