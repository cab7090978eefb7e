import { screen } from '@testing-library/react';
import { meQuejo } from '../domain/templates/meQuejo';
import { instantiateTemplate } from '../domain/templates/template';
import type { Locale } from '../domain/locale';
import { closeTestServices } from '../test/testServices';
import { cards, renderLibrary, seed } from '../test/libraryTestKit';

afterEach(closeTestServices);

/** A word i18next did not have comes out as its key: "curve.summary", "card.openLabel". */
const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z_-]+)+$/;

/** Every text, accessible name, title and placeholder on the page that looks like a key. */
function rawKeys(): string[] {
  const found = new Set<string>();
  for (const element of document.body.querySelectorAll('*')) {
    const texts = [
      ...[...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? ''),
      ...['aria-label', 'title', 'placeholder', 'alt'].map((a) => element.getAttribute(a) ?? ''),
    ];
    for (const text of texts) if (RAW_KEY.test(text.trim())) found.add(text.trim());
  }
  return [...found];
}

describe.each<Locale>(['es', 'en'])('the start page with only its own words (%s)', (locale) => {
  it('shows no word as its key, on the cards, their curves and the header', async () => {
    await renderLibrary('/', locale, (app) => seed(app, instantiateTemplate(meQuejo, locale)));
    await screen.findAllByTestId('journey-card-curve');
    expect(cards()).toHaveLength(1);
    expect(rawKeys()).toEqual([]);
  });
});
