import { useTranslation } from 'react-i18next';
import type { EmotionCurvePoint } from '../../domain/emotionCurve';

const WIDTH = 600;
const HEIGHT = 120;
const PAD = 12;

/** A curve's points spread evenly over the width, -2 at the bottom and +2 at the top. */
function path(points: readonly EmotionCurvePoint[]): string {
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${PAD + i * step},${PAD + ((2 - p.emotion) / 4) * (HEIGHT - 2 * PAD)}`)
    .join(' ');
}

/**
 * Both versions' emotion curves overlaid (as-is dashed, to-be solid), each in its own journey order. A
 * picture for the eye; the lists beside it say the same in words for a screen reader.
 */
export function CompareCurves({ before, after }: { before: EmotionCurvePoint[]; after: EmotionCurvePoint[] }) {
  const { t } = useTranslation();
  return (
    <figure>
      <svg
        className="compare__curves"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('versions.diff.curvesLabel', { before: before.length, after: after.length })}
        data-testid="compare-curves"
      >
        {[-2, -1, 0, 1, 2].map((e) => {
          const y = PAD + ((2 - e) / 4) * (HEIGHT - 2 * PAD);
          return (
            <line key={e} x1={0} x2={WIDTH} y1={y} y2={y} stroke="var(--border)" strokeWidth={e === 0 ? 1 : 0.5} />
          );
        })}
        <path className="compare__curve--before" d={path(before)} fill="none" strokeWidth={2} />
        <path className="compare__curve--after" d={path(after)} fill="none" strokeWidth={2.5} />
      </svg>
      <figcaption className="hint">
        - - {t('versions.diff.curveBefore')} · —— {t('versions.diff.curveAfter')}
      </figcaption>
    </figure>
  );
}
