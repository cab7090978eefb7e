import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadInsightsPageOnIntent, preloadJourneyPagesAhead, preloadPagesFor } from './pages';
import { registerServiceWorker } from './appUpdate';
import { createServices } from '../store/services';
import { syncServer } from '../sync/settings';
import { startSync } from '../sync/syncService';
import { detectLocale, initI18n } from '../i18n/i18n';
import { installLook } from '../ui/look';
import { applyTheme, detectTheme } from '../ui/theme';
import '../ui/base.css';

installLook();
applyTheme(detectTheme());

// A journey opened from its URL needs the editor's code before anything can show: fetch it alongside.
await Promise.all([initI18n(detectLocale()), preloadPagesFor(location.pathname).catch(() => {})]);
// ?sync=ws://host:port names the sync server to share through, remembered for next time.
syncServer();
const services = createServices();
const sync = startSync(services.editor, services.repository, services.shares);
void registerServiceWorker(() => services.autosave.flush());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App services={services} sync={sync} />
  </StrictMode>,
);
preloadJourneyPagesAhead();
preloadInsightsPageOnIntent();
