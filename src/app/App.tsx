import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router';
import { LibraryPage } from '../library/LibraryPage';
import { InsightsRoute, JourneyRoute, JoinRoute, PresentRoute, TrashRoute } from './pages';
import { AppProviders, WithServices } from './AppProviders';
import type { AppStart } from './appStart';
import { INSIGHTS_PATH } from '../ui/paths';
import { CodeLoadBoundary } from '../ui/CodeLoadBoundary';
import { UpdatePrompt } from './UpdatePrompt';
import { PasteLimitNotice } from '../ui/PasteLimitNotice';

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

/** The routes of the app: the library, the trash, the insights across journeys and one journey at a time. */
export function AppRoutes() {
  const { pathname } = useLocation();
  // A page whose code cannot be fetched says so where it would show; moving to another page tries again.
  return (
    <CodeLoadBoundary resetKey={pathname} page>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<LibraryPage />} />
          <Route
            path="/trash"
            element={
              <WithServices>
                <TrashRoute />
              </WithServices>
            }
          />
          <Route
            path="/join"
            element={
              <WithServices>
                <JoinRoute />
              </WithServices>
            }
          />
          <Route
            path={INSIGHTS_PATH}
            element={
              <WithServices>
                <InsightsRoute />
              </WithServices>
            }
          />
          {/* The presentation is a child of the journey's route, so the editor stays mounted under it. */}
          <Route
            path="/journey/:id"
            element={
              <WithServices>
                <JourneyRoute />
              </WithServices>
            }
          >
            <Route index element={null} />
            <Route path="present" element={<PresentRoute />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </CodeLoadBoundary>
  );
}

export function App({ start }: { start: AppStart }) {
  return (
    <AppProviders start={start}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
      <UpdatePrompt />
      <PasteLimitNotice />
    </AppProviders>
  );
}
