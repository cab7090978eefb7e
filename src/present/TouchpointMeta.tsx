import { AlertTriangle, Star } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmotionFace } from '../ui/EmotionFace';
import { useVocabulary } from '../ui/useVocabulary';
import type { Touchpoint } from '../domain/journey';
import { shownEmotion } from '../domain/personas';
import { NO_FUNCTION_COLOR } from '../domain/look/colors';
import { EMOTION_LABELS, findEntry } from '../domain/vocabulary';
import { useLocale } from '../ui/useLocale';
import { VocabularyIcon } from '../ui/VocabularyIcon';
import { deliveredLevelKey } from '../ui/deliveredLevel';
import type { ShownPersona } from '../ui/useShownPersona';

interface Props {
  touchpoint: Touchpoint;
  /** Whose emotion it shows, as the editor's cards do (useShownPersona): null for the main persona. */
  persona: ShownPersona | null;
  /** Face size in pixels; the text scales with the surrounding font size. */
  faceSize?: number;
}

/**
 * A touchpoint's channel, owning function (with its colour), emotion (`persona`'s) and markers, as one line
 * of facts; with the delivered experience (audits, mystery shopping) beside the perceived emotion when it
 * was assessed.
 */
export function TouchpointMeta({ touchpoint, persona, faceSize = 28 }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { channels, functions } = useVocabulary();
  const channel = findEntry(channels, touchpoint.channelId);
  const owner = findEntry(functions, touchpoint.functionId);
  const { delivered } = touchpoint;
  const emotion = shownEmotion(touchpoint, persona?.id ?? null);
  const perceived = emotion === null ? t('touchpoint.noEmotion') : EMOTION_LABELS[emotion][locale];
  return (
    <ul className="present-meta">
      <li className="present-meta__item">
        {channel && <VocabularyIcon icon={channel.icon} size={faceSize * 0.8} />}
        {channel?.label ?? t('touchpoint.noChannel')}
      </li>
      <li className="present-meta__item">
        <span
          className="present-meta__swatch"
          style={{ '--owner-color': owner?.color ?? NO_FUNCTION_COLOR } as React.CSSProperties}
          aria-hidden="true"
        />
        {owner?.label ?? t('touchpoint.noFunction')}
      </li>
      <li className="present-meta__item" data-emotion={emotion ?? ''}>
        <EmotionFace emotion={emotion} size={faceSize} />
        {delivered === null ? perceived : t('present.perceived', { label: perceived })}
      </li>
      {delivered !== null && (
        <li className="present-meta__item" data-testid="present-delivered" data-delivered={delivered}>
          <EmotionFace emotion={delivered} size={faceSize} />
          {t('present.delivered', { label: t(deliveredLevelKey(delivered)) })}
        </li>
      )}
      {touchpoint.momentOfTruth && (
        <li className="present-badge present-badge--truth">
          <Star size={faceSize * 0.7} aria-hidden="true" />
          {t('touchpoint.momentOfTruth')}
        </li>
      )}
      {touchpoint.painPoint && (
        <li className="present-badge present-badge--pain">
          <AlertTriangle size={faceSize * 0.7} aria-hidden="true" />
          {t('touchpoint.painPoint')}
        </li>
      )}
    </ul>
  );
}
