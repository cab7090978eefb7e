import type { Contribution } from '../domain/contributions';
import type { Locale } from '../domain/locale';
import { EMOTION_LABELS } from '../domain/vocabulary';
import type { Words } from './words';

/** How the phone lists one of its contributions: what it said, about which step (`title`). */
export function describeSent(t: Words, locale: Locale, c: Contribution, title: string): string {
  if (c.kind === 'note') return t('sentNote', { title, text: c.text ?? '' });
  if (c.kind === 'emotion') return t('sentEmotion', { title, label: EMOTION_LABELS[c.emotion ?? 0][locale] });
  return t('sentPain', { title });
}

/** The sentence for a server's refusal. */
export function refusalText(t: Words, reason: string): string {
  if (reason === 'unknown-room' || reason === 'sharing-stopped' || reason === 'rate-limited')
    return t(`refusal.${reason}`);
  if (reason === 'invalid-key' || reason === 'key-rotated' || reason === 'malformed-token') return t('status.refused');
  return t('refusal.other', { reason });
}
