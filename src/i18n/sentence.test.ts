import i18next from 'i18next';
import type { Locale } from '../domain/locale';
import { initI18n } from './i18n';
import { rememberingT, sentence } from './sentence';

const SLOTS = ['title', 'channel', 'owner', 'emotion'] as const;
// Values that look like placeholders, replacement patterns or the slot markers must come out as typed.
const VALUES = { title: 'Pido {{owner}} $1 \uE0000\uE000', channel: 'Web', owner: '', emotion: '¡Wow!' };

describe('a sentence translated once and filled per card', () => {
  it.each<[Locale, string]>([
    ['en', 'Pido {{owner}} $1 \uE0000\uE000. Channel: Web. Owner: . Emotion: ¡Wow!.'],
    ['es', 'Pido {{owner}} $1 \uE0000\uE000. Canal: Web. Responsable: . Emoción: ¡Wow!.'],
  ])('reads in %s exactly as i18next interpolates it', async (locale, expected) => {
    await initI18n(locale);
    const t = i18next.getFixedT(locale);
    const fill = sentence(t, 'touchpoint.summary', SLOTS);
    expect(fill(VALUES)).toBe(expected);
    expect(fill(VALUES)).toBe(t('touchpoint.summary', VALUES));
  });
});

describe('a t that remembers words asked without values', () => {
  it('answers as t does, with values or without, and starts afresh for another language', async () => {
    await initI18n('en');
    const en = rememberingT(i18next.getFixedT('en'));
    expect(en('touchpoint.painPoint')).toBe('Pain point');
    expect(en('touchpoint.painPoint')).toBe('Pain point');
    expect(en('touchpoint.summary', VALUES)).toBe(i18next.getFixedT('en')('touchpoint.summary', VALUES));
    await initI18n('es');
    expect(rememberingT(i18next.getFixedT('es'))('touchpoint.painPoint')).toBe('Punto de dolor');
  });
});
