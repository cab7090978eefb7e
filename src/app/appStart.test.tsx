import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import userEvent from '@testing-library/user-event';
import { createLibraryStore } from '../store/libraryStore';
import type { AppServices, Services } from '../store/services';
import { initI18n } from '../i18n/i18n';
import { startEn } from '../i18n/start.en';
import { AppProviders, WithServices } from './AppProviders';
import { startApp, type AppStart } from './appStart';
import { CodeLoadBoundary } from '../ui/CodeLoadBoundary';

/** An app whose services' code cannot be fetched (offline before the service worker cached it). */
function unreachableApp(): AppServices & { attempts: number } {
  const app = {
    attempts: 0,
    library: createLibraryStore({
      repository: () => Promise.reject(new Error('not used')),
      list: () => Promise.resolve([]),
    }),
    current: () => undefined,
    load: (): Promise<Services> => {
      app.attempts++;
      return Promise.reject(new Error('Failed to fetch dynamically imported module'));
    },
  };
  return app;
}

/** A page that needs the services, under the pages' CodeLoadBoundary as in App.tsx. */
function renderPage(start: AppStart) {
  render(
    <AppProviders start={start}>
      <CodeLoadBoundary>
        <Suspense fallback={<p>loading</p>}>
          <WithServices>
            <p>the editor</p>
          </WithServices>
        </Suspense>
      </CodeLoadBoundary>
    </AppProviders>,
  );
}

describe('pages that need the whole services, when their code cannot be fetched', () => {
  beforeEach(() => initI18n('en', 'start'));

  it('says so and tries again on request instead of loading forever', async () => {
    const app = unreachableApp();
    const start = startApp(app);
    renderPage(start);
    const alert = await screen.findByTestId('code-load-failed');
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module');
    expect(screen.queryByText('the editor')).toBeNull();
    expect(app.attempts).toBe(1);

    await userEvent.setup().click(screen.getByRole('button', { name: startEn.app.retry }));
    await screen.findByTestId('code-load-failed');
    expect(app.attempts).toBe(2);
  });

  it('asks again when a page opens after a load that failed earlier (an idle preload while offline)', async () => {
    const app = unreachableApp();
    const start = startApp(app);
    await expect(start.load()).rejects.toThrow('Failed to fetch');
    renderPage(start);
    await screen.findByTestId('code-load-failed');
    expect(app.attempts).toBe(2);
  });

  it('a failed load is not kept: the next one asks again', async () => {
    const app = unreachableApp();
    const start = startApp(app);
    await expect(start.load()).rejects.toThrow('Failed to fetch');
    expect(start.failure()).toBeInstanceOf(Error);
    await expect(start.load()).rejects.toThrow('Failed to fetch');
    expect(app.attempts).toBe(2);
  });
});
