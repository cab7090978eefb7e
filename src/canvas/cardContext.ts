import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../domain/journey';
import { isLocale } from '../domain/locale';
import { shownPersonaId } from '../domain/personas';
import { useEditor } from '../store/services';
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

const NO_PERSONAS: Journey['personas'] = [];

/**
 * The words and labeller for the UI language, the open journey's vocabulary and the persona chosen in the
 * editor (the cards show its emotions; choosing another re-renders every card, as changing language does).
 */
export function useCardWords(): Pick<CardContextValue, 'words' | 'label'> {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const { channels, functions } = useVocabulary();
  const personas = useEditor((s) => s.journey?.personas ?? NO_PERSONAS);
  const chosen = useEditor((s) => s.personaId);
  const persona = shownPersonaId({ personas }, chosen);
  return useMemo(() => {
    const words = { t: rememberingT(t), locale, channels, functions, persona };
    return { words, label: touchpointLabeller(words) };
  }, [t, locale, channels, functions, persona]);
}
