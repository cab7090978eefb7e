import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Emotion } from '../domain/journey';
import { meanEmotion } from '../domain/emotionAverage';
import { EMOTION_COLORS, EMOTION_GRADIENT } from '../domain/look/colors';
import { curveSummary } from '../ui/curveSummary';
import { useLocale } from '../ui/useLocale';

// Drawn in its own units and scaled to the card's width, keeping its proportions so marks stay round.
const WIDTH = 240;
const HEIGHT = 44;
const PAD = 6;

/** y of an emotion's level, +2 on top, as on the editor's curve. */
const yOf = (emotion: Emotion) => PAD + ((2 - emotion) * (HEIGHT - 2 * PAD)) / 4;

/**
 * A journey's emotion curve in small, for its library card: one mark per touchpoint with an emotion, in
 * journey order, spread evenly and coloured as the editor's curve. Read from the library row's summary,
 * so the library never loads a document to draw it.
 */
export const CardCurve = memo(function CardCurve({ emotions }: { emotions: readonly Emotion[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // url(#id) needs a plain id; React's may hold characters CSS would have to escape.
  const gradientId = `card-curve-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const step = WIDTH / Math.max(emotions.length, 1);
  const xOf = (index: number) => (index + 0.5) * step;
  // Marks shrink on a long journey so neighbours stay apart, but not below what can be seen.
  const radius = Math.max(1, Math.min(3.5, step / 3));

  const average = meanEmotion(emotions.map((emotion) => ({ emotion })));
  const label = curveSummary(t, locale, emotions.length, average);

  return (
    <svg
      className="card-curve"
      data-testid="journey-card-curve"
      data-marks={emotions.length}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
    >
      <defs>
        <linearGradient id={gradientId} gradientUnits="userSpaceOnUse" x1={0} x2={0} y1={yOf(2)} y2={yOf(-2)}>
          {EMOTION_GRADIENT.map(({ emotion, offset, color }) => (
            <stop key={emotion} offset={offset} stopColor={color} />
          ))}
        </linearGradient>
      </defs>
      <line className="card-curve__neutral" x1={0} x2={WIDTH} y1={yOf(0)} y2={yOf(0)} />
      {emotions.length > 1 && (
        <polyline
          className="card-curve__line"
          points={emotions.map((e, i) => `${xOf(i)},${yOf(e)}`).join(' ')}
          stroke={`url(#${gradientId})`}
        />
      )}
      {emotions.map((e, i) => (
        <circle
          // Marks have no identity beyond their place in the sequence.
          key={i}
          className="card-curve__mark"
          data-emotion={e}
          cx={xOf(i)}
          cy={yOf(e)}
          r={radius}
          fill={EMOTION_COLORS[e]}
        />
      ))}
    </svg>
  );
});
