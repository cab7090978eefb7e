import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  curveLines,
  hasDeliveredLine,
  keyedLines,
  ratedPersonaIds,
  ratersOf,
  type CurveLine,
} from '../domain/curveLines';
import { EMOTIONS, type Persona } from '../domain/journey';
import { EMOTION_COLORS } from '../domain/look/colors';
import { screenPersonaLineColor, themeColor } from '../domain/look/css';
import { CURVE } from '../domain/look/curve';
import { curveLineName } from '../i18n/curveLineName';
import { useEditor } from '../store/services';
import { perTouchpointsList } from './perTouchpointsList';

const NO_PERSONAS: Persona[] = [];

/** Whether some touchpoint has a delivered emotion, so the curve draws the delivered line. */
const deliveredLineIn = perTouchpointsList((journey) => hasDeliveredLine(journey.touchpoints), false);
/** The ids of the personas that rated a touchpoint, one per line: a string, so equal answers render nothing. */
const ratedPersonasKey = perTouchpointsList(
  (journey) => [...ratedPersonaIds(journey, ratersOf(journey.touchpoints))].join('\n'),
  '',
);
/** A line sample's box, in CSS pixels. */
const SAMPLE = { width: 28, height: 8 };

/**
 * A short stretch of a curve line as the emotion band draws it: the chosen one solid in the emotion colours
 * (low to high, left to right), the others dashed in their own colour.
 */
function LineSample({ line }: { line: CurveLine }) {
  // url(#id) needs a plain id; React's may hold characters CSS would have to escape.
  const gradientId = `legend-line-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const y = SAMPLE.height / 2;
  const ends = { x1: 2, x2: SAMPLE.width - 2, y1: y, y2: y };
  return (
    <svg width={SAMPLE.width} height={SAMPLE.height} aria-hidden="true" className="legend__line">
      {line.color === null ? (
        <>
          <defs>
            {/* In user space: a horizontal line's box has no height, which a bounding-box gradient cannot fill. */}
            <linearGradient id={gradientId} gradientUnits="userSpaceOnUse" x1={ends.x1} x2={ends.x2} y1={0} y2={0}>
              {EMOTIONS.map((e, i) => (
                <stop key={e} offset={i / (EMOTIONS.length - 1)} stopColor={EMOTION_COLORS[e]} />
              ))}
            </linearGradient>
          </defs>
          <line {...ends} stroke={`url(#${gradientId})`} strokeWidth={CURVE.lineWidth} strokeLinecap="round" />
        </>
      ) : (
        <line
          {...ends}
          // As the canvas draws them: the delivered line in the theme's colour, a persona's lightened on dark themes;
          // a style, as attributes may not take var().
          style={{ stroke: line.kind === 'delivered' ? themeColor('delivered') : screenPersonaLineColor(line.color) }}
          strokeWidth={CURVE.series.width}
          strokeDasharray={line.dash.join(' ')}
          opacity={CURVE.series.opacity}
        />
      )}
    </svg>
  );
}

/**
 * The legend's list of the emotion curve's lines (domain curveLines, as the PNG's key and the PDF's legend
 * name them): each persona's that rated a touchpoint with its name, the chosen one first and marked, and the
 * delivered experience.
 * Nothing when the curve draws one line.
 */
export function CurveLinesLegend() {
  const { t } = useTranslation();
  const personas = useEditor((s) => s.journey?.personas ?? NO_PERSONAS);
  const chosen = useEditor((s) => s.personaId);
  // A yes or no, so dragging a card or typing in one does not render the legend again.
  const delivered = useEditor((s) => deliveredLineIn(s.journey));
  const rated = useEditor((s) => ratedPersonasKey(s.journey));
  const lines = useMemo(
    () => keyedLines(curveLines({ personas }, chosen, delivered, new Set(rated.split('\n')))),
    [personas, chosen, delivered, rated],
  );
  if (lines.length === 0) return null;
  // "Chosen" means something only where there is another persona to choose.
  const choice = lines.some((line) => line.kind === 'persona');
  return (
    <section aria-label={t('panels.legend.curveLines')}>
      <h3 className="legend__heading">{t('panels.legend.curveLines')}</h3>
      <ul className="legend__list legend__list--lines">
        {lines.map((line) => (
          <li key={`${line.kind}-${line.personaIndex ?? ''}`} data-kind={line.kind}>
            <LineSample line={line} />
            <span className="legend__label">{curveLineName(t, personas, line)}</span>
            {line.kind === 'chosen' && choice && (
              <>
                {' '}
                <span className="legend__note">{t('panels.legend.chosenLine')}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
