import { memo, useMemo, type CSSProperties } from 'react';
import type { EmotionCurvePoint } from '../domain/emotionCurve';
import { CURVE, curveY as yOf } from '../domain/look/curve';
import { pointsInSpan, runsInSpan } from './curveCulling';
import type { Span } from './visibleSpan';

interface Props {
  points: readonly EmotionCurvePoint[];
  /** Any CSS colour, a theme's token too (`var(--delivered)`), so a line can follow the theme. */
  color: string;
  /** The dash pattern (CURVE.series): each series but the edited one is dashed, so it reads without colour too. */
  dash: readonly number[];
  span?: Span;
}

/**
 * A curve that is shown but not edited here: another persona's emotions or the delivered experience. A
 * thin line with small dots, no buttons: the points of the series being edited stay the ones to click.
 */
export const CurveSeries = memo(function CurveSeries({ points, color, dash, span }: Props) {
  const runs = useMemo(() => runsInSpan(points, span), [points, span]);
  const shown = useMemo(() => pointsInSpan(points, span), [points, span]);
  // Through the stylesheet: SVG presentation attributes are not sure to resolve var().
  const style = { '--series-color': color } as CSSProperties;
  return (
    <g style={style}>
      {runs.map((run) => (
        <polyline
          key={run[0].touchpointId}
          className="emotion-curve__series-line"
          points={run.map((p) => `${p.x},${yOf(p.emotion)}`).join(' ')}
          strokeDasharray={dash.join(' ')}
        />
      ))}
      {shown.map((p) => (
        <circle
          key={p.touchpointId}
          className="emotion-curve__series-dot"
          cx={p.x}
          cy={yOf(p.emotion)}
          r={CURVE.series.dot}
          data-touchpoint-id={p.touchpointId}
          data-emotion={p.emotion}
        />
      ))}
    </g>
  );
});
