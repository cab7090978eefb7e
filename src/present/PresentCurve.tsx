import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyOrder } from '../domain/emotionCurve';
import { EMOTIONS, type Emotion, type Journey } from '../domain/journey';
import { EMOTION_COLORS } from '../domain/look/colors';
import { curveLayout } from './curveLayout';
import './PresentCurve.css';

const WIDTH = 1200;

interface Props {
  journey: Pick<Journey, 'stages' | 'touchpoints'>;
  /** Touchpoints drawn in full; the rest show as faint ticks, so the room sees how much is still to come. */
  revealed: ReadonlySet<string>;
  currentTouchpointId?: string | null;
  focusStageId?: string | null;
  height?: number;
  className?: string;
}

/** The emotion curve drawn for a room: stage bands, the line up to the step in focus, markers. */
export function PresentCurve({
  journey,
  revealed,
  currentTouchpointId = null,
  focusStageId = null,
  height = 140,
  className = '',
}: Props) {
  const { t } = useTranslation();
  const { stages, touchpoints } = journey;
  const { bands, slots } = useMemo(
    () => curveLayout(stages, journeyOrder({ stages, touchpoints }), WIDTH),
    [stages, touchpoints],
  );
  const pad = Math.max(16, height * 0.14);
  const yOf = (emotion: Emotion) => pad + ((2 - emotion) * (height - 2 * pad)) / 4;
  const shown = slots.filter((s) => revealed.has(s.touchpointId));
  const line = shown.filter((s) => s.emotion !== null);
  const dot = Math.max(6, height / 18);

  return (
    <svg
      className={`present-curve ${className}`}
      data-testid="present-curve"
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={t('present.curve', { shown: shown.length, total: slots.length })}
    >
      {bands.map((band, i) => (
        <rect
          key={band.stageId}
          className={`present-curve__band${i % 2 ? ' present-curve__band--odd' : ''}${
            band.stageId === focusStageId ? ' present-curve__band--focus' : ''
          }`}
          x={band.x}
          y={0}
          width={band.width}
          height={height}
        />
      ))}
      {EMOTIONS.map((e) => (
        <line
          key={e}
          className="present-curve__guide"
          x1={0}
          x2={WIDTH}
          y1={yOf(e)}
          y2={yOf(e)}
          stroke={EMOTION_COLORS[e]}
        />
      ))}
      {line.length > 1 && (
        <polyline className="present-curve__line" points={line.map((s) => `${s.x},${yOf(s.emotion!)}`).join(' ')} />
      )}
      {slots.map((slot) => {
        const isShown = revealed.has(slot.touchpointId);
        // What is still to come shows as a faint tick along the bottom: how much is left, not how it feels.
        if (!isShown) {
          return (
            <circle
              key={slot.touchpointId}
              className="present-curve__later"
              data-touchpoint-id={slot.touchpointId}
              data-revealed="false"
              cx={slot.x}
              cy={height - pad / 2}
              r={dot * 0.45}
            />
          );
        }
        if (slot.emotion === null) return null;
        return (
          <g
            key={slot.touchpointId}
            className="present-curve__point"
            data-touchpoint-id={slot.touchpointId}
            data-revealed="true"
            transform={`translate(${slot.x} ${yOf(slot.emotion)})`}
          >
            {slot.touchpointId === currentTouchpointId && <circle className="present-curve__current" r={dot * 2} />}
            <circle className="present-curve__dot" r={dot} fill={EMOTION_COLORS[slot.emotion]} />
            {slot.painPoint && <circle className="present-curve__pain" r={dot * 1.55} />}
            {slot.momentOfTruth && (
              <path
                className="present-curve__truth"
                d={`M0,${-dot * 3.4} l${dot},${dot * 1.4} l${-dot},${dot * 0.8} l${-dot},${-dot * 0.8} Z`}
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}
