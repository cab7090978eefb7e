import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { emotionCurvePoints, journeyOrder } from '../domain/emotionCurve';
import type { Journey } from '../domain/journey';
import { EMOTION_COLORS } from '../domain/look/colors';

/** Touchpoint titles listed in the preview before "…and N more". */
const MAX_TITLES = 12;
const CURVE_WIDTH = 240;
const CURVE_HEIGHT = 60;
const CURVE_PAD = 6;

/** A version's size as the history lists it, each count with words that agree with it: "1 etapa · 3 puntos de contacto". */
export function historyCounts(t: TFunction, stages: number, touchpoints: number): string {
  return t('history.counts', {
    stages: t('editor.stages', { count: stages }),
    touchpoints: t('card.touchpoints', { count: touchpoints }),
  });
}

/** A small emotion curve: one point per touchpoint with an emotion, evenly spaced, +2 on top. */
function MiniCurve({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const points = emotionCurvePoints(journey);
  if (points.length === 0) return <p className="hint">{t('history.noCurve')}</p>;
  const step = points.length > 1 ? (CURVE_WIDTH - 2 * CURVE_PAD) / (points.length - 1) : 0;
  const xy = points.map((p, i) => ({
    x: points.length > 1 ? CURVE_PAD + i * step : CURVE_WIDTH / 2,
    y: CURVE_PAD + ((2 - p.emotion) / 4) * (CURVE_HEIGHT - 2 * CURVE_PAD),
    color: EMOTION_COLORS[p.emotion],
  }));
  return (
    <svg
      className="snapshot-preview__curve"
      viewBox={`0 0 ${CURVE_WIDTH} ${CURVE_HEIGHT}`}
      role="img"
      aria-label={t('history.curve')}
      data-testid="snapshot-curve"
    >
      <line x1={0} x2={CURVE_WIDTH} y1={CURVE_HEIGHT / 2} y2={CURVE_HEIGHT / 2} className="snapshot-preview__axis" />
      <polyline points={xy.map((p) => `${p.x},${p.y}`).join(' ')} className="snapshot-preview__line" />
      {xy.map((p, i) => (
        <circle key={points[i].touchpointId} cx={p.x} cy={p.y} r={3.5} fill={p.color} />
      ))}
    </svg>
  );
}

/** What a snapshot holds: its name, stages, touchpoint titles in journey order and its emotion curve. */
export function SnapshotPreview({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const titles = journeyOrder(journey).map((tp) => tp.title.trim() || '—');
  const more = titles.length - MAX_TITLES;
  return (
    <div className="snapshot-preview" data-testid="snapshot-preview">
      <p className="snapshot-preview__name">{t('history.previewName', { name: journey.name })}</p>
      <p className="hint">{historyCounts(t, journey.stages.length, journey.touchpoints.length)}</p>
      <MiniCurve journey={journey} />
      <h4>{t('history.stages')}</h4>
      <ol className="snapshot-preview__stages">
        {journey.stages.map((stage) => (
          <li key={stage.id}>{stage.name}</li>
        ))}
      </ol>
      <h4>{t('history.touchpoints')}</h4>
      <ul className="snapshot-preview__touchpoints" data-testid="snapshot-touchpoints">
        {titles.slice(0, MAX_TITLES).map((title, i) => (
          <li key={i}>{title}</li>
        ))}
        {more > 0 && <li className="hint">{t('history.moreTouchpoints', { count: more })}</li>}
      </ul>
    </div>
  );
}
