import i18next from 'i18next';
import { fixedT } from './fixedT';
import { initI18n } from './i18n';

describe('fixedT', () => {
  it('reads the catalogs through i18next before the UI has set it up', () => {
    expect(i18next.isInitialized).toBeFalsy();
    expect(fixedT('es')('curve.title')).toBe('Curva emocional');
    expect(fixedT('en')('exported.pdf.pageOf', { page: 2, total: 9 })).toBe('Page 2 of 9');
  });

  it('keeps to its language whatever language the UI speaks', async () => {
    await initI18n('en');
    expect(i18next.language).toBe('en');
    expect(fixedT('es')('exported.short.momentOfTruth')).toBe('MPT');
    expect(fixedT('es')('exported.short.painPoint')).toBe('MOP');
    expect(fixedT('en')('exported.short.momentOfTruth')).toBe('MoT');
    expect(fixedT('es')('exported.pdf.pageRange', { from: 2, to: 4 })).toBe('págs. 2–4');
  });
});
