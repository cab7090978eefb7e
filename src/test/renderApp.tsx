import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/App';
import { AppProviders } from '../app/AppProviders';
import { startedApp } from '../app/appStart';
import type { Services } from '../store/services';
import { startSync } from '../sync/syncService';
import { initI18n } from '../i18n/i18n';
import type { Locale } from '../domain/locale';
import { createTestServices } from './testServices';

/**
 * Renders the whole app at a route over a fresh fake IndexedDB; `seed` may store journeys before the
 * first render. Close with closeTestServices().
 */
export async function renderApp(
  route = '/',
  locale: Locale = 'en',
  seed?: (services: Services) => Promise<unknown>,
): Promise<Services & ReturnType<typeof render>> {
  // The start page's words, as the app starts: every other page loads the rest before it shows.
  await initI18n(locale, 'start');
  const services = createTestServices();
  await seed?.(services);
  const sync = startSync(services.editor, services.repository, services.shares);
  const view = render(
    <AppProviders start={startedApp(services, sync)}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...services, ...view };
}
