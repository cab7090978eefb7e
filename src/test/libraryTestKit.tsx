import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import type { Locale } from '../domain/locale';
import type { Services } from '../store/services';
import { renderApp } from './renderApp';

/** Renders the app and lets the effects it starts on mount (loading the library) settle. */
export async function renderLibrary(
  route = '/',
  locale: Locale = 'en',
  seed?: (services: Services) => Promise<unknown>,
) {
  const app = await act(() => renderApp(route, locale, seed));
  return { user: userEvent.setup(), app };
}

/** Stores journeys through the library store, as an import or another tab would; resolves with their ids. */
export async function seed(app: Services, ...journeys: (string | Journey)[]): Promise<string[]> {
  const ids: string[] = [];
  for (const journey of journeys) {
    const stored = typeof journey === 'string' ? createEmptyJourney(journey, ['One', 'Two']) : journey;
    ids.push(await act(() => app.library.getState().add(stored)));
  }
  return ids;
}

/** Every journey card on screen. */
export const cards = () => screen.queryAllByTestId('journey-card');
/** The name a card shows on its link. */
export const cardName = (card: HTMLElement) => within(card).getByTestId('open-journey').textContent;
/** The names of every card on screen, in order. */
export const cardNames = () => cards().map(cardName);

/** The library card whose title is exactly `name`, once it shows. */
export async function findCard(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const card = cards().find((c) => cardName(c) === name);
    if (!card) throw new Error(`No card named "${name}"; cards: ${JSON.stringify(cardNames())}`);
    return card;
  });
}
