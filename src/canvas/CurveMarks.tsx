import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { CURVE, curveY as yOf } from '../domain/look/curve';
import { NO_EMOTION_COLOR } from '../domain/look/colors';
import type { EmotionCurvePoint } from '../domain/emotionCurve';

const { star, triangle, unrated } = CURVE;

function starPath(outer: number, inner: number): string {
  const corners = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? inner : outer;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(r * Math.cos(angle)).toFixed(2)},${(r * Math.sin(angle)).toFixed(2)}`;
  });
  return `M${corners.join(' L')} Z`;
}

const STAR = starPath(star.outer, star.inner);
const TRIANGLE = `M0,${-triangle.top} L${triangle.half},${triangle.bottom} L${-triangle.half},${triangle.bottom} Z`;

// Inside React Flow's viewport everything ignores the pointer; interactive parts opt back in, and the
// classes keep a click or a Space press on a point from panning, dragging or triggering canvas keys.
export const INTERACTIVE = { pointerEvents: 'all' } as const;

/** The moment-of-truth star above a point and the pain-point triangle below it, around the origin (CURVE). */
export function CurveMarks({ momentOfTruth, painPoint }: { momentOfTruth: boolean; painPoint: boolean }) {
  return (
    <>
      {momentOfTruth && <path className="emotion-curve__truth" d={STAR} transform={`translate(0 ${-star.offset})`} />}
      {painPoint && <path className="emotion-curve__pain" d={TRIANGLE} transform={`translate(0 ${triangle.offset})`} />}
    </>
  );
}

interface PointButtonProps {
  point: EmotionCurvePoint;
  label: string;
  selected: boolean;
  onSelect(id: string): void;
  bare: boolean;
  testId: string;
  /** The drawing inside (dot, ring, marks), around the origin. */
  children: ReactNode;
  /** Attributes beside the common ones (e.g. `data-emotion`). */
  data?: Record<`data-${string}`, string | number>;
}

/**
 * The focusable button every curve point sits in, at the point's place: named by `label` (also its tooltip
 * unless `bare`), chosen by a click, Enter or Space (`onSelect` with its touchpoint), with the enlarged hit
 * area, focus ring and selection ring the curve's points share.
 */
export function PointButton({ point, label, selected, onSelect, bare, testId, children, data }: PointButtonProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(point.touchpointId);
  };
  return (
    <g
      className={`emotion-curve__point nopan nodrag nokey${selected ? ' emotion-curve__point--selected' : ''}`}
      data-testid={testId}
      data-touchpoint-id={point.touchpointId}
      {...data}
      data-selected={String(selected)}
      transform={`translate(${point.x} ${yOf(point.emotion)})`}
      role="button"
      tabIndex={0}
      aria-label={label}
      style={INTERACTIVE}
      onClick={() => onSelect(point.touchpointId)}
      onKeyDown={onKeyDown}
    >
      {!bare && <title>{label}</title>}
      {!bare && <circle className="emotion-curve__hit" r={18} />}
      <circle className="emotion-curve__focus" r={17} />
      {selected && <circle className="emotion-curve__selection" r={14} />}
      {children}
    </g>
  );
}

interface UnratedProps {
  /** A point of curveSeries' `unrated`: its `emotion` is CURVE.unrated.level, where it is drawn. */
  point: EmotionCurvePoint;
  /** Its name for assistive technology and the tooltip, e.g. "T3: no emotion yet, moment of truth". */
  label: string;
  selected: boolean;
  onSelect(id: string): void;
  /** No tooltip or enlarged hit area, for a zoom at which neither could be used. */
  bare: boolean;
}

/**
 * The marks of a moment of truth or pain point the edited curve has no emotion for (CURVE.unrated): a
 * hollow dashed ring on the neutral guide instead of a dot, so it claims no emotion, with its star and
 * triangle. A button as the curve's points are: choosing it selects the touchpoint, to rate it.
 */
export const UnratedMark = memo(function UnratedMark({ point, label, selected, onSelect, bare }: UnratedProps) {
  return (
    <PointButton {...{ point, label, selected, onSelect, bare }} testId="emotion-unrated">
      <circle
        className="emotion-curve__unrated"
        r={unrated.ring}
        stroke={NO_EMOTION_COLOR}
        strokeDasharray={unrated.dash.join(' ')}
      />
      <CurveMarks momentOfTruth={point.momentOfTruth} painPoint={point.painPoint} />
    </PointButton>
  );
});
