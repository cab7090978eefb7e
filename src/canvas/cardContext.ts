import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../domain/locale';
import { rememberingT } from '../i18n/sentence';
import { touchpointLabeller, type TouchpointWords } from './touchpointLabel';
import type { TouchpointLabeller } from './toFlow';
import { useVocabulary } from '../ui/useVocabulary';
import type { ZoomDetail } from './zoomDetail';

/**
 * What every card on the canvas shares: the words to describe it in, its remembered screen-reader label
 * and how much detail the zoom allows. Given once by the canvas, so a thousand cards do not each look up
 * translations and the vocabulary.
 */
export interface CardContextValue {
  words: TouchpointWords;
  label: TouchpointLabeller;
  detail: ZoomDetail;
}

export const CardContext = createContext<CardContextValue | null>(null);

export function useCardContext(): CardContextValue {
  const value = useContext(CardContext);
  if (!value) throw new Error('a card is drawn outside the canvas');
  return value;
}

/** The words and labeller for the UI language and the open journey's vocabulary. */
export function useCardWords(): Pick<CardContextValue, 'words' | 'label'> {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const { channels, functions } = useVocabulary();
  return useMemo(() => {
    const words = { t: rememberingT(t), locale, channels, functions };
    return { words, label: touchpointLabeller(words) };
  }, [t, locale, channels, functions]);
}
