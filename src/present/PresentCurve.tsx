import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { journeyOrder } from '../domain/emotionCurve';
import { EMOTIONS, type Journey } from '../domain/journey';
import { EMOTION_COLORS } from '../domain/look/colors';
import { curveLayout } from './curveLayout';
import type { ShownPersona } from '../ui/useShownPersona';
import { curveShapes, emotionY } from './curveShapes';
import './PresentCurve.css';

const WIDTH = 1200;

interface Props {
  journey: Pick<Journey, 'stages' | 'touchpoints'>;
  /** Whose emotions the curve draws, as the editor's cards show them (shownPersonaId: null for the main one). */
  persona: ShownPersona | null;
  /** Touchpoints drawn in full; the rest show as faint ticks, so the room sees how much is still to come. */
  revealed: ReadonlySet<string>;
  currentTouchpointId?: string | null;
  focusStageId?: string | null;
  height?: number;
  className?: string;
}

/**
 * The emotion curve drawn for a room: stage bands, the line up to the step in focus, markers. Each kind of
 * mark is one path (see curveShapes), so the curve costs the same few elements at 20 or 2,000 touchpoints.
 */
export function PresentCurve({
  journey,
  persona,
  revealed,
  currentTouchpointId = null,
  focusStageId = null,
  height = 140,
  className = '',
}: Props) {
  const { t } = useTranslation();
  const { stages, touchpoints } = journey;
  const personaId = persona?.id ?? null;
  const { bands, slots } = useMemo(
    () => curveLayout(stages, journeyOrder({ stages, touchpoints }), WIDTH, personaId),
    [stages, touchpoints, personaId],
  );
  const geometry = { height, pad: Math.max(16, height * 0.14), dot: Math.max(6, height / 18) };
  const shapes = curveShapes(bands, slots, revealed, currentTouchpointId, focusStageId, geometry);
  const { dot } = geometry;

  return (
    <svg
      className={`present-curve ${className}`}
      data-testid="present-curve"
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={
        persona
          ? t('present.curveOf', { persona: persona.name, shown: shapes.shown, total: slots.length })
          : t('present.curve', { shown: shapes.shown, total: slots.length })
      }
    >
      <path className="present-curve__band" d={shapes.evenBands} />
      <path className="present-curve__band present-curve__band--odd" d={shapes.oddBands} />
      {shapes.focusBand && (
        <rect
          className="present-curve__band present-curve__band--focus"
          x={shapes.focusBand.x}
          y={0}
          width={shapes.focusBand.width}
          height={height}
        />
      )}
      {EMOTIONS.map((e) => (
        <line
          key={e}
          className="present-curve__guide"
          x1={0}
          x2={WIDTH}
          y1={emotionY(e, geometry)}
          y2={emotionY(e, geometry)}
          stroke={EMOTION_COLORS[e]}
        />
      ))}
      {shapes.line && <polyline className="present-curve__line" points={shapes.line} />}
      {/* What is still to come shows as faint ticks along the bottom: how much is left, not how it feels. */}
      {shapes.later && <path className="present-curve__later" data-revealed="false" d={shapes.later} />}
      {shapes.current && (
        <circle className="present-curve__current" cx={shapes.current.x} cy={shapes.current.y} r={dot * 2} />
      )}
      {EMOTIONS.map(
        (e) =>
          shapes.dots[e] && (
            <path
              key={e}
              className="present-curve__dot"
              data-emotion={e}
              data-revealed="true"
              d={shapes.dots[e]}
              fill={EMOTION_COLORS[e]}
            />
          ),
      )}
      {shapes.pains && <path className="present-curve__pain" d={shapes.pains} />}
      {shapes.truths && <path className="present-curve__truth" d={shapes.truths} />}
    </svg>
  );
}
