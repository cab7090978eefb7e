import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/App';
import { ServicesContext, type Services } from '../store/services';
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
  await initI18n(locale);
  const services = createTestServices();
  await seed?.(services);
  const view = render(
    <ServicesContext.Provider value={services}>
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </ServicesContext.Provider>,
  );
  return { ...services, ...view };
}
