import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/services';
import { isLocale } from '../domain/locale';
import { channelsOf, functionsOf, type ResolvedVocabularyEntry } from '../domain/vocabulary';

const NO_ENTRIES: never[] = [];

/** The open journey's channels and functions, labelled in the UI language. */
export function useVocabulary(): { channels: ResolvedVocabularyEntry[]; functions: ResolvedVocabularyEntry[] } {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const [customChannels, customFunctions] = useEditor(
    useShallow((s) => [s.journey?.customChannels ?? NO_ENTRIES, s.journey?.customFunctions ?? NO_ENTRIES]),
  );
  return useMemo(
    () => ({
      channels: channelsOf({ customChannels }, locale),
      functions: functionsOf({ customFunctions }, locale),
    }),
    [customChannels, customFunctions, locale],
  );
}
