import type { TFunction } from 'i18next';
import type { Touchpoint } from '../domain/journey';
import { cardKpiText } from '../domain/kpiCard';
import type { Locale } from '../domain/locale';
import { shownEmotion } from '../domain/personas';
import { cleanText } from '../domain/look/wrap';
import { EMOTION_LABELS, findEntry, type ResolvedVocabularyEntry } from '../domain/vocabulary';
import { sentence } from '../i18n/sentence';

/** What a touchpoint card needs to put its facts into words, in the UI language. */
export interface TouchpointWords {
  t: TFunction;
  locale: Locale;
  channels: readonly ResolvedVocabularyEntry[];
  functions: readonly ResolvedVocabularyEntry[];
  /** The persona whose emotions the cards show (shownPersonaId): null for the main one. */
  persona: string | null;
}

/**
 * The card's facts as shown: title, channel, owning function and emotion (the shown persona's), with
 * fallbacks for blanks, and the
 * KPI line ('' when no measure is set: the card then has no line for it).
 */
export function touchpointFacts(touchpoint: Touchpoint, { t, locale, channels, functions, persona }: TouchpointWords) {
  const channel = findEntry(channels, touchpoint.channelId);
  const owner = findEntry(functions, touchpoint.functionId);
  const emotion = shownEmotion(touchpoint, persona);
  return {
    emotion,
    channel,
    owner,
    // The exports' rule for line breaks and control characters (domain/look/wrap.ts): none ever prints.
    title: cleanText(touchpoint.title, 'collapse') || t('touchpoint.untitled'),
    channelLabel: channel?.label ?? t('touchpoint.noChannel'),
    ownerLabel: owner?.label ?? t('touchpoint.noFunction'),
    emotionLabel: emotion === null ? t('touchpoint.noEmotion') : EMOTION_LABELS[emotion][locale],
    kpis: cardKpiText(touchpoint, locale),
  };
}

/** One sentence a screen reader announces for a card (and its tooltip): the facts, its measures, its markers. */
export function touchpointSummary(touchpoint: Touchpoint, words: TouchpointWords): string {
  return summarizer(words)(touchpoint);
}

/** Words cards' summaries: the sentence and the markers are translated once, not once per card. */
function summarizer(words: TouchpointWords): (touchpoint: Touchpoint) => string {
  const { t } = words;
  const summary = sentence(t, 'touchpoint.summary', ['title', 'channel', 'owner', 'emotion']);
  const truth = `${t('touchpoint.momentOfTruth')}.`;
  const pain = `${t('touchpoint.painPoint')}.`;
  return (touchpoint) => {
    const facts = touchpointFacts(touchpoint, words);
    const markers = [
      facts.kpis ? `${facts.kpis}.` : '',
      touchpoint.momentOfTruth ? truth : '',
      touchpoint.painPoint ? pain : '',
    ];
    const text = summary({
      title: facts.title,
      channel: facts.channelLabel,
      owner: facts.ownerLabel,
      emotion: facts.emotionLabel,
    });
    return closeSentences([text, ...markers].filter(Boolean).join(' '));
  };
}

/**
 * The summary's full stops after words that already end a sentence dropped: "Emotion: ¡Wow!." and a title
 * "¿Me llaman?." read "¡Wow!" and "¿Me llaman?".
 */
function closeSentences(text: string): string {
  return text.replace(/([.!?…])\.(?=\s|$)/gu, '$1');
}

/**
 * A labeller for one language and vocabulary. It remembers each touchpoint object's label, so a drag that
 * replaces one touchpoint words one card, not the whole map.
 */
export function touchpointLabeller(words: TouchpointWords): (touchpoint: Touchpoint) => string {
  const labels = new WeakMap<Touchpoint, string>();
  const summarize = summarizer(words);
  return (touchpoint) => {
    let label = labels.get(touchpoint);
    if (label === undefined) {
      label = summarize(touchpoint);
      labels.set(touchpoint, label);
    }
    return label;
  };
}
