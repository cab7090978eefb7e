import { useTranslation } from 'react-i18next';
import type { EmotionCurvePoint } from '../../domain/emotionCurve';
import { chartPoints, emotionLevels } from '../../domain/versions/compareChart';

const WIDTH = 600;
const HEIGHT = 120;
const PAD = 12;
/** The points' box inside the SVG: padded so the strokes at +2 and -2 are not cut. */
const BOX = { x: PAD, y: PAD, width: WIDTH - 2 * PAD, height: HEIGHT - 2 * PAD };

/** A curve as an SVG path through its chart points (compareChart.ts). */
function path(points: readonly EmotionCurvePoint[]): string {
  return chartPoints(points, BOX)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`)
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
        {emotionLevels(BOX).map(({ emotion, y }) => (
          <line
            key={emotion}
            x1={0}
            x2={WIDTH}
            y1={y}
            y2={y}
            stroke="var(--border)"
            strokeWidth={emotion === 0 ? 1 : 0.5}
          />
        ))}
        <path className="compare__curve--before" d={path(before)} fill="none" strokeWidth={2} />
        <path className="compare__curve--after" d={path(after)} fill="none" strokeWidth={2.5} />
      </svg>
      <figcaption className="hint">
        - - {t('versions.diff.curveBefore')} · —— {t('versions.diff.curveAfter')}
      </figcaption>
    </figure>
  );
}
