import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { EditorPage } from '../editor/EditorPage';
import { LibraryPage } from '../library/LibraryPage';
import { TrashPage } from '../library/TrashPage';
import { PresentPage } from '../present/PresentPage';
import { ServicesContext, type Services } from './services';
import { UpdatePrompt } from './UpdatePrompt';

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
    <Routes>
      <Route path="/" element={<LibraryPage />} />
      <Route path="/trash" element={<TrashPage />} />
      <Route path="/journey/:id" element={<EditorPage />} />
      <Route path="/journey/:id/present" element={<PresentPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
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
