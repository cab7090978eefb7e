import { en } from '../../i18n/en';
import { es } from '../../i18n/es';
import { pdfStrings } from './pdfStrings';

/** Labels whose values come as one object. */
const RANGES = new Set(['pageRange', 'stageRange', 'stageSingle']);

/** Every label, the ones with values filled with samples. */
function allLabels(locale: 'es' | 'en'): string[] {
  return Object.entries(pdfStrings(locale)).map(([key, value]) => {
    if (typeof value === 'string') return value;
    const fill = value as (...args: unknown[]) => string;
    if (key === 'overlayLegend') return fill({ measure: 'NPS', min: '-100', max: '100', count: 2 });
    return RANGES.has(key) ? fill({ from: 2, to: 4, total: 9 }) : fill(2, 9);
  });
}

describe('pdfStrings', () => {
  it.each(['es', 'en'] as const)('finds every label in the %s catalog, placeholders filled', (locale) => {
    for (const label of allLabels(locale)) {
      // i18next answers a missing key with the key itself.
      expect(label).not.toMatch(/^[a-z]+(\.[\w-]+)+$/);
      expect(label).not.toContain('{{');
      expect(label.trim()).not.toBe('');
    }
  });

  it('says what the screen says, from the screen keys', () => {
    expect(pdfStrings('es').emotionCurve).toBe(es.curve.title);
    expect(pdfStrings('es').emotionCurve).toBe('Curva emocional');
    expect(pdfStrings('en').emotionCurve).toBe(en.curve.title);
    expect(pdfStrings('es').noFunction).toBe(es.touchpoint.noFunction);
    expect(pdfStrings('es').legend).toBe(es.panels.legend.title);
  });

  it('abbreviates as the trade does in each language', () => {
    expect([pdfStrings('es').motShort, pdfStrings('es').painShort]).toEqual(['MPT', 'MOP']);
    expect([pdfStrings('en').motShort, pdfStrings('en').painShort]).toEqual(['MoT', 'PP']);
  });

  it('fills labels with values', () => {
    expect(pdfStrings('es').pageOf(3, 9)).toBe('Página 3 de 9');
    expect(pdfStrings('en').stageRange({ from: 4, to: 6, total: 6 })).toBe('Stages 4–6 of 6');
    expect(pdfStrings('es').stageNumbered(3)).toBe('Etapa 3');
  });
});
