import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from './i18n';

describe('counts of touchpoints', () => {
  it('are written as each language writes numbers, as the limit in the refusals is', async () => {
    await initI18n('en');
    expect(i18next.t('card.touchpoints', { count: 5000 })).toBe('5,000 touchpoints');
    expect(i18next.t('import.map.more', { count: 4995 })).toBe('…and 4,995 more touchpoints.');
    await initI18n('es');
    expect(i18next.t('card.touchpoints', { count: 12000 })).toBe('12.000 puntos de contacto');
  });
});
