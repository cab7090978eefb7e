import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { LibraryPage } from '../library/LibraryPage';
import { TrashPage } from '../library/TrashPage';
import { lazyPage } from './lazyPage';
import { ServicesContext, type Services } from './services';
import { UpdatePrompt } from './UpdatePrompt';

// The editor and the presentation (React Flow and everything drawn on the canvas) load when first needed,
// so the library starts light; the service worker precaches them for offline use.
const editorPage = lazyPage(() => import('../editor/EditorPage').then((m) => m.EditorPage));
const presentPage = lazyPage(() => import('../present/PresentPage').then((m) => m.PresentPage));

/** Loads the code of the page at `path` ahead of rendering it, and the editor's anyway (for the next click). */
export function preloadPages(path: string): Promise<unknown> {
  if (/^\/journey\/[^/]+\/present\/?$/.test(path)) return Promise.all([presentPage.preload(), editorPage.preload()]);
  if (path.startsWith('/journey/')) return editorPage.preload();
  return Promise.resolve();
}

/**
 * Loads the editor's code once the start page has settled and the browser is idle, so opening a journey
 * from the library is instant without the library waiting for it.
 */
export function preloadEditorWhenIdle(delayMs = 2000): void {
  const preload = () => void editorPage.preload().catch(() => {});
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 3000 });
    else preload();
  }, delayMs);
}

/** What shows for the moment a page's code takes to load. */
function Loading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page-loading" aria-busy="true">
      <p className="visually-hidden">{t('app.loading')}</p>
    </main>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <main id="main" className="library">
      <h1>{t('notFound.title')}</h1>
      <Link to="/" className="button">
        {t('notFound.back')}
      </Link>
    </main>
  );
}

/** The routes of the app: the library, the trash and one journey at a time. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<LibraryPage />} />
        <Route path="/trash" element={<TrashPage />} />
        <Route path="/journey/:id" element={<editorPage.Page />} />
        <Route path="/journey/:id/present" element={<presentPage.Page />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

export function App({ services }: { services: Services }) {
  return (
    <ServicesContext.Provider value={services}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
      <UpdatePrompt />
    </ServicesContext.Provider>
  );
}
