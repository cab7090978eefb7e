import { EMOTIONS, type Emotion } from '../domain/journey';
import type { CurveBand, CurveSlot } from './curveLayout';

/** Where the marks of the presentation curve go, in the curve's own units (viewBox width x `height`). */
export interface CurveGeometry {
  height: number;
  /** Space kept above and below the emotion scale. */
  pad: number;
  /** Radius of a touchpoint's dot; the other marks scale with it. */
  dot: number;
}

/**
 * The presentation curve as a handful of SVG paths rather than an element per touchpoint: each kind of
 * mark (the dots of one emotion, the pain rings, the moment-of-truth diamonds, the ticks of what is still
 * to come) is one path of many sub-paths. A map of 2,000 touchpoints drew 4,500 SVG elements, and their
 * creation, style and layout made up most of the time presentation mode took to open; as paths it is
 * about twenty elements at any size. Apart, the marks look as they did one element each; where they
 * overlap (hundreds of touchpoints), the dots of one emotion merge into one outlined blob.
 */
export interface CurveShapes {
  /** Bands of even and odd stages, alternating like a table's rows. */
  evenBands: string;
  oddBands: string;
  /** The focused stage's band, drawn over the others; null when no stage is in focus. */
  focusBand: CurveBand | null;
  /** The line through every revealed touchpoint with an emotion, as polyline points. */
  line: string;
  /** One path of dots per emotion (each filled with its emotion's colour). */
  dots: Record<Emotion, string>;
  pains: string;
  truths: string;
  /** Faint ticks along the bottom for the touchpoints still to come. */
  later: string;
  /** Centre of the ring around the touchpoint in focus, if it is revealed and has an emotion. */
  current: { x: number; y: number } | null;
  /** How many touchpoints are revealed, for the curve's accessible name. */
  shown: number;
}

/** Numbers written with at most one decimal: a tenth of a unit is far below a projector's pixel. */
const n = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Draws circles of radius `r` as paths: two half arcs from the left edge. The arcs are the same for every
 * circle of a kind, so they are written once and each circle costs one move.
 */
function circles(r: number): (x: number, y: number) => string {
  const arcs = `a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0`;
  return (x, y) => `M${n(x - r)},${n(y)}${arcs}`;
}

/** The y of an emotion on a curve of this geometry: +2 at the top, -2 at the bottom. */
export function emotionY(emotion: Emotion, { height, pad }: CurveGeometry): number {
  return pad + ((2 - emotion) * (height - 2 * pad)) / 4;
}

/** Builds every mark of the curve for the touchpoints in `revealed`; the rest become ticks. */
export function curveShapes(
  bands: readonly CurveBand[],
  slots: readonly CurveSlot[],
  revealed: ReadonlySet<string>,
  currentTouchpointId: string | null,
  focusStageId: string | null,
  geometry: CurveGeometry,
): CurveShapes {
  const { height, pad, dot } = geometry;
  const band = (b: CurveBand) => `M${n(b.x)},0h${n(b.width)}v${n(height)}h${n(-b.width)}Z`;
  const evenBands: string[] = [];
  const oddBands: string[] = [];
  bands.forEach((b, i) => (i % 2 ? oddBands : evenBands).push(band(b)));

  const dot0 = circles(dot - 1);
  const pain = circles(dot * 1.55);
  const tick = circles(dot * 0.45);
  const tickY = height - pad / 2;
  const truth = `l${n(dot)},${n(dot * 1.4)}l${n(-dot)},${n(dot * 0.8)}l${n(-dot)},${n(-dot * 0.8)}Z`;
  const dots = Object.fromEntries(EMOTIONS.map((e) => [e, [] as string[]])) as Record<Emotion, string[]>;
  const line: string[] = [];
  const pains: string[] = [];
  const truths: string[] = [];
  const later: string[] = [];
  let current: CurveShapes['current'] = null;
  let shown = 0;
  for (const slot of slots) {
    if (!revealed.has(slot.touchpointId)) {
      later.push(tick(slot.x, tickY));
      continue;
    }
    shown++;
    if (slot.emotion === null) continue;
    const y = emotionY(slot.emotion, geometry);
    line.push(`${n(slot.x)},${n(y)}`);
    // A unit smaller: the dots' outline is painted under their fill (see .present-curve__dot).
    dots[slot.emotion].push(dot0(slot.x, y));
    if (slot.painPoint) pains.push(pain(slot.x, y));
    if (slot.momentOfTruth) truths.push(`M${n(slot.x)},${n(y - dot * 3.4)}${truth}`);
    if (slot.touchpointId === currentTouchpointId) current = { x: slot.x, y };
  }

  return {
    evenBands: evenBands.join(''),
    oddBands: oddBands.join(''),
    focusBand: bands.find((b) => b.stageId === focusStageId) ?? null,
    line: line.length > 1 ? line.join(' ') : '',
    dots: Object.fromEntries(EMOTIONS.map((e) => [e, dots[e].join('')])) as Record<Emotion, string>,
    pains: pains.join(''),
    truths: truths.join(''),
    later: later.join(''),
    current,
    shown,
  };
}
