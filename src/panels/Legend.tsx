import { AlertTriangle, Star } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmotionFace } from '../ui/EmotionFace';
import { useVocabulary } from '../ui/useVocabulary';
import { EMOTIONS } from '../domain/journey';
import { CHANNEL_FAMILY_LABELS, EMOTION_LABELS, type ChannelFamily } from '../domain/vocabulary';
import { EMOTION_COLORS, NO_EMOTION_COLOR } from '../domain/look/colors';
import { CURVE } from '../domain/look/curve';
import { hasUnratedMarks } from '../domain/curveSeries';
import { VocabularyIcon } from '../ui/VocabularyIcon';
import { useLocale } from '../ui/useLocale';
import { useEditor } from '../store/services';
import { CurveLinesLegend } from './CurveLinesLegend';
import { perTouchpointsList } from './perTouchpointsList';
import './Legend.css';

const FAMILIES: readonly ChannelFamily[] = ['personal', 'digital', 'assisted', 'other', 'custom'];

/** Whether the chosen persona's curve draws a dashed ring (hasUnratedMarks). */
const unratedMarksIn = perTouchpointsList(hasUnratedMarks, false);

/** What the canvas's icons, colours and marks mean, for this journey's channels and functions. */
export function Legend({ defaultOpen = true }: { defaultOpen?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { channels, functions } = useVocabulary();
  const dimAssumed = useEditor((s) => s.dimAssumed);
  const unrated = useEditor((s) => unratedMarksIn(s.journey, s.personaId));

  return (
    <details className="legend" data-testid="legend" open={defaultOpen}>
      <summary className="legend__summary">{t('panels.legend.title')}</summary>
      <div className="legend__body">
        <section aria-label={t('panels.legend.channels')}>
          <h3 className="legend__heading">{t('panels.legend.channels')}</h3>
          {FAMILIES.map((family) => {
            const members = channels.filter((c) => c.family === family);
            if (members.length === 0) return null;
            return (
              <div key={family} className="legend__family">
                <h4 className="legend__family-name">{CHANNEL_FAMILY_LABELS[family][locale]}</h4>
                <ul className="legend__list">
                  {members.map((c) => (
                    <li key={c.id}>
                      <span className="legend__icon" style={{ color: c.color }}>
                        <VocabularyIcon icon={c.icon} size={14} />
                      </span>
                      <span className="legend__label">{c.label}</span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
        <section aria-label={t('panels.legend.functions')}>
          <h3 className="legend__heading">{t('panels.legend.functions')}</h3>
          <ul className="legend__list">
            {functions.map((f) => (
              <li key={f.id}>
                <span className="legend__swatch" style={{ background: f.color }} aria-hidden="true" />
                <span className="legend__label">{f.label}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label={t('panels.legend.emotions')}>
          <h3 className="legend__heading">{t('panels.legend.emotions')}</h3>
          <ul className="legend__list">
            {EMOTIONS.map((emotion) => (
              <li key={emotion}>
                <EmotionFace emotion={emotion} size={16} />
                <span className="legend__swatch" style={{ background: EMOTION_COLORS[emotion] }} aria-hidden="true" />
                <span className="legend__label">{EMOTION_LABELS[emotion][locale]}</span>
              </li>
            ))}
          </ul>
        </section>
        <CurveLinesLegend />
        <section aria-label={t('panels.legend.markers')}>
          <h3 className="legend__heading">{t('panels.legend.markers')}</h3>
          <ul className="legend__list">
            <li>
              <Star size={14} aria-hidden="true" className="marker marker--truth" />
              <span className="legend__label">{t('panels.legend.momentOfTruth')}</span>
            </li>
            <li>
              <AlertTriangle size={14} aria-hidden="true" className="marker marker--pain" />
              <span className="legend__label">{t('panels.legend.painPoint')}</span>
            </li>
            <li>
              <svg width="28" height="8" aria-hidden="true" className="legend__handoff">
                <line x1="0" y1="4" x2="28" y2="4" />
              </svg>
              <span className="legend__label">{t('panels.legend.handoff')}</span>
            </li>
            {unrated && (
              <li data-testid="legend-unrated">
                <svg width="16" height="16" aria-hidden="true" className="legend__unrated">
                  <circle
                    cx="8"
                    cy="8"
                    r={CURVE.unrated.ring}
                    stroke={NO_EMOTION_COLOR}
                    strokeDasharray={CURVE.unrated.dash.join(' ')}
                  />
                </svg>
                <span className="legend__label">{t('panels.legend.unrated')}</span>
              </li>
            )}
            {dimAssumed && (
              <li data-testid="legend-dim-assumed">
                <span className="legend__assumed" aria-hidden="true" />
                <span className="legend__label">{t('curve.dimAssumedLegend')}</span>
              </li>
            )}
          </ul>
        </section>
      </div>
    </details>
  );
}
