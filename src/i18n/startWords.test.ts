import i18next from 'i18next';
import { changeLocale, initI18n, loadAllWords } from './i18n';
import { en } from './en';
import { es } from './es';

afterEach(() => localStorage.clear());

describe('words by screen', () => {
  it('starts with the start page words only, and loadAllWords adds every other screen', async () => {
    await initI18n('en', 'start');
    expect(i18next.t('library.newJourney')).toBe(en.library.newJourney);
    expect(i18next.t('insights.open')).toBe(en.insights.open);
    expect(i18next.exists('toolbar.addTouchpoint')).toBe(false);

    await loadAllWords();
    expect(i18next.t('toolbar.addTouchpoint')).toBe(en.toolbar.addTouchpoint);
    // Sections the start words hold in part keep those words and gain the rest.
    expect(i18next.t('insights.open')).toBe(en.insights.open);
    expect(i18next.t('insights.title')).toBe(en.insights.title);
  });

  it('switches language with the words the screens shown so far need, in full once any page needed all', async () => {
    await initI18n('en', 'start');
    await changeLocale('es');
    expect(i18next.t('library.newJourney')).toBe(es.library.newJourney);
    expect(i18next.exists('toolbar.addTouchpoint', { lng: 'es' })).toBe(false);

    await loadAllWords();
    expect(i18next.t('toolbar.addTouchpoint')).toBe(es.toolbar.addTouchpoint);
    await changeLocale('en');
    expect(i18next.t('toolbar.addTouchpoint')).toBe(en.toolbar.addTouchpoint);
    expect(i18next.t('versions.stateLabel', { state: 'As-is' })).toBe('This journey is the As-is version');
  });

  it('switching language while a page asks for every word ends with every word of the new language', async () => {
    await initI18n('en', 'start');
    // The user picks Spanish; before its start words arrive, a page (or the idle preload) asks for all.
    const switching = changeLocale('es');
    await Promise.all([switching, loadAllWords()]);
    expect(i18next.language).toBe('es');
    expect(i18next.t('toolbar.addTouchpoint')).toBe(es.toolbar.addTouchpoint);
    expect(i18next.t('library.newJourney')).toBe(es.library.newJourney);
  });

  it('a ?lang= in the address follows a switch, so a reload keeps the language chosen', async () => {
    history.replaceState({ idx: 3 }, '', '/journey/j1?lang=es&touchpoint=t1');
    await initI18n('es', 'start');
    await changeLocale('en');
    expect(location.pathname + location.search).toBe('/journey/j1?lang=en&touchpoint=t1');
    expect(history.state).toEqual({ idx: 3 });
    history.replaceState(null, '', '/');
  });
});
