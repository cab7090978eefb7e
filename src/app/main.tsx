import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadInsightsPageOnIntent, preloadJourneyPagesAhead, preloadPagesFor } from './pages';
import { registerServiceWorker } from './appUpdate';
import { startApp } from './appStart';
import { showBootFailure } from './bootFailure';
import { forgetFailedStylesheets } from '../ui/stylesheetRecovery';
import { createAppServices } from '../store/services';
import { detectLocale, initI18n } from '../i18n/i18n';
import { setNumberRegions } from '../domain/numberRegion';
import { installLook } from '../ui/look';
import { applyTheme, detectTheme } from '../ui/theme';
import '../ui/base.css';

installLook();
applyTheme(detectTheme());
// Numbers as the browser's region writes them ("es-MX": 1,200.5), new journeys' costs in its currency, and
// Spanish words as Latin America says them there ("Costo", "Celular").
setNumberRegions(navigator.languages);
forgetFailedStylesheets();

const start = startApp(createAppServices());
// The start page lists the library without the rest of the services; any other page needs them, and a page
// opened from its URL needs its code too: both are fetched alongside the words.
const path = location.pathname;
const root = document.getElementById('root')!;

/**
 * Fetches the words (and a page's code) the first screen needs, then renders the app. The start page's own
 * words failing (offline before the service worker cached them) leaves nothing to say it in: bootFailure's
 * few words do, with Try again, which runs this again (Chromium fetches a failed module again).
 */
async function boot(): Promise<void> {
  // Every word could not be fetched (offline before the service worker cached them): the start page's words
  // still say why the page cannot show, where it would (CodeLoadBoundary), and its Try again loads the rest.
  const words = initI18n(detectLocale(), path === '/' ? 'start' : 'all').catch((error: unknown) => {
    if (path === '/') throw error;
    return initI18n(detectLocale(), 'start');
  });
  await Promise.all([
    words,
    preloadPagesFor(path).catch(() => {}),
    path === '/' ? undefined : words.then(() => start.load()).catch(() => {}),
  ]);
  createRoot(root).render(
    <StrictMode>
      <App start={start} />
    </StrictMode>,
  );
  preloadJourneyPagesAhead(start.load);
  preloadInsightsPageOnIntent(start.load);
}

const tryBoot = (): Promise<void> =>
  boot().catch((error: unknown) => {
    console.error('Recorrido could not start', error);
    showBootFailure(root, detectLocale(), error, () => void tryBoot());
  });
await tryBoot();

// ?sync=ws://host:port names the sync server to share through, remembered for next time (before a
// navigation drops it); sharing's code is not loaded for a URL without one.
if (new URLSearchParams(location.search).has('sync')) void import('../sync/settings').then((m) => m.syncServer());
void registerServiceWorker(async () => {
  await start.app.current()?.autosave.flush();
});
