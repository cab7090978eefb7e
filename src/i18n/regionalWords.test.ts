import i18next from 'i18next';
import { setNumberRegions } from '../domain/numberRegion';
import { es } from './es';
import { es419 } from './es419';
import { fixedT } from './fixedT';
import { changeLocale, initI18n, loadAllWords } from './i18n';
import { speaksLatinAmerican } from './regionalWords';

afterEach(() => {
  setNumberRegions([]);
  localStorage.clear();
});

/** Every [dotted key, text] of a catalog or overlay. */
function entriesOf(catalog: object, prefix = ''): Array<[string, string]> {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? entriesOf(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

describe('Latin American Spanish', () => {
  it('is spoken where the browser puts Spanish in Latin America or the United States, not in Spain', () => {
    const speaks = (languages: string[]) => {
      setNumberRegions(languages);
      return speaksLatinAmerican('es');
    };
    expect(speaks(['es-MX'])).toBe(true);
    expect(speaks(['en-US', 'es-419'])).toBe(true);
    expect(speaks(['es-AR', 'es-ES'])).toBe(true);
    expect(speaks(['es-ES'])).toBe(false);
    expect(speaks(['es'])).toBe(false);
    expect(speaks(['en-MX'])).toBe(false);
    setNumberRegions(['es-MX']);
    expect(speaksLatinAmerican('en')).toBe(false);
  });

  it('changes only words Spain says otherwise, each with the same placeholders', () => {
    const spain = new Map(entriesOf(es));
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of entriesOf(es419)) {
      expect(spain.has(key), key).toBe(true);
      expect(text, key).not.toBe(spain.get(key));
      expect(placeholders(text), key).toEqual(placeholders(spain.get(key)!));
    }
  });

  it('shows a Spanish browser "Coste por contacto" and "Móvil", and a Mexican one "Costo" and "Celular"', async () => {
    // Spain first: i18next keeps the words it was given before across a second set-up.
    setNumberRegions(['es-ES']);
    await initI18n('es');
    expect(i18next.t('panels.measures.kpiCost', { currency: 'EUR' })).toBe('Coste por contacto (EUR)');
    expect(i18next.t('panels.icons.smartphone')).toBe('Móvil');

    setNumberRegions(['es-MX']);
    await initI18n('es');
    expect(i18next.t('panels.measures.kpiCost', { currency: 'MXN' })).toBe('Costo por contacto (MXN)');
    expect(i18next.t('panels.icons.smartphone')).toBe('Celular');
    // Words said alike stay as they are.
    expect(i18next.t('toolbar.addTouchpoint')).toBe(es.toolbar.addTouchpoint);
  });

  it('keeps its words when the rest of the words arrive after the start page’s, or after a switch', async () => {
    setNumberRegions(['es-CO']);
    await initI18n('en', 'start');
    await changeLocale('es');
    await loadAllWords();
    expect(i18next.t('curve.overlayChoice.kpiCost')).toBe('Costo por contacto');
    await changeLocale('en');
    await changeLocale('es');
    expect(i18next.t('curve.overlayChoice.kpiCost')).toBe('Costo por contacto');
  });

  it('writes the exports of an English screen in Latin American Spanish too', async () => {
    setNumberRegions(['en-US', 'es-MX']);
    await initI18n('en');
    expect(fixedT('es')('exported.csv.kpiCost', { currency: 'MXN' })).toBe('Costo por contacto (MXN)');
  });
});
