import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadPagesFor } from '../app/pages';
import { renameJourney } from '../domain/commands/journeyCommands';
import { createEmptyJourney } from '../domain/factory';
import { en } from '../i18n/en';
import type { Services } from '../store/services';
import { renderApp } from '../test/renderApp';
import { closeTestServices } from '../test/testServices';

afterEach(closeTestServices);
// The journey pages' code is transformed once here, not inside the first test that opens one (a busy
// machine can take longer than a test's 5 s for that alone).
beforeAll(() => preloadPagesFor('/journey/any'), 60_000);

const journey = createEmptyJourney('Me uno', ['Me informo']);
const store = (services: Services) => services.repository.create(journey);

describe('the browser tab title', () => {
  it("is the journey's name in the editor, follows a rename, and is the app's name back in the library", async () => {
    document.title = 'stale';
    const app = await act(() => renderApp(`/journey/${journey.id}`, 'es', store));
    await screen.findByRole('textbox', { name: 'Nombre del recorrido' });
    expect(document.title).toBe('Me uno · Recorrido');

    act(() => app.editor.getState().run(renameJourney, { name: 'Me uno a la fibra' }));
    expect(document.title).toBe('Me uno a la fibra · Recorrido');

    await userEvent.setup().click(screen.getByTestId('open-library'));
    await screen.findByTestId('new-journey');
    expect(document.title).toBe('Recorrido');
  });

  it("is the journey's name while presenting it", async () => {
    document.title = 'stale';
    await act(() => renderApp(`/journey/${journey.id}/present`, 'en', store));
    await waitFor(() => expect(document.title).toBe('Me uno · Recorrido'));
    expect(screen.getAllByTestId('present-step')[0]).toHaveTextContent('Me uno');
  });

  it("is the app's name while a journey cannot be found", async () => {
    document.title = 'stale';
    await act(() => renderApp('/journey/missing', 'en'));
    expect(await screen.findByTestId('load-problem')).toHaveTextContent(en.editor.missing);
    expect(document.title).toBe('Recorrido');
  });
});
