import { ChartNoAxesColumn, Plus, Search, Trash2 } from 'lucide-react';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppServices, useLibrary } from '../store/services';
import type { Journey } from '../domain/journey';
import { loadRestoreModule } from '../domain/lazyRestore';
import type { TemplateId } from '../domain/templates/catalog';
import { currentLocale } from '../i18n/i18n';
import { AppHeader } from '../ui/AppHeader';
import { INSIGHTS_PATH } from '../ui/paths';
import { BackupPanel } from './BackupPanel';
import { ImportJourney } from './import/ImportJourney';
import { JourneyCard } from './JourneyCard';
import { StorageStatus } from './StorageStatus';
import { TemplatePicker } from './TemplatePicker';
import { useActionError } from './useActionError';
import { copyNameWords } from './copyName';
import './LibraryPage.css';
import { foldLabel } from '../domain/import/fold';

/** The start page: every journey in this browser, and the ways to start a new one. */
export function LibraryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const app = useAppServices();
  const { library } = app;
  const status = useLibrary((s) => s.status);
  const rows = useLibrary((s) => s.rows);
  const loadError = useLibrary((s) => s.error);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [busy, setBusy] = useState(false);
  const [trashed, setTrashed] = useState<{ id: string; name: string } | null>(null);
  const { error, attempt } = useActionError();

  useEffect(() => {
    void library.getState().refresh();
  }, [library]);

  const active = useMemo(() => rows.filter((r) => r.deletedAt === null), [rows]);
  const trashCount = rows.length - active.length;
  // Each name folded once per list, not again on every key typed into the search.
  const folded = useMemo(() => active.map((r) => foldLabel(r.name)), [active]);
  const visible = useMemo(() => {
    // Accents and case aside: "facturacion" finds "Facturación", as people type when in a hurry. A query
    // of symbols or emoji alone, which folding empties, is looked for as typed.
    const query = deferredQuery.trim();
    const needle = foldLabel(query);
    if (needle) return active.filter((_, i) => folded[i].includes(needle));
    return query ? active.filter((r) => r.name.toLocaleLowerCase().includes(query.toLocaleLowerCase())) : active;
  }, [active, folded, deferredQuery]);

  /** Builds a journey (its code loads on demand), stores it and opens it. */
  const createAndOpen = async (build: () => Promise<Journey>) => {
    setBusy(true);
    const created = await attempt(async () => library.getState().add(await build()));
    setBusy(false);
    if (created.ok) navigate(`/journey/${created.value}`);
  };
  const newEmpty = () =>
    createAndOpen(async () =>
      (await loadRestoreModule()).createEmptyJourney(t('library.untitled'), t('editor.defaultStages').split('|')),
    );
  const newFromTemplate = (id: TemplateId) =>
    createAndOpen(async () => {
      const { findTemplate, instantiateTemplate } = await import('../domain/templates');
      return instantiateTemplate(findTemplate(id)!, currentLocale());
    });

  const rename = useCallback(
    async (id: string, name: string) => (await attempt(() => library.getState().rename(id, name))).ok,
    [attempt, library],
  );
  const duplicate = useCallback(
    (id: string) => void attempt(() => library.getState().duplicate(id, copyNameWords(t))),
    [attempt, library, t],
  );
  const trash = useCallback(
    (id: string) => {
      const name = library.getState().rows.find((r) => r.id === id)?.name ?? '';
      void attempt(() => library.getState().trash(id)).then((done) => done.ok && setTrashed({ id, name }));
    },
    [attempt, library],
  );
  /** Starts reading the library for the insights page while its code loads (insightsReadAhead.ts). */
  const readInsightsAhead = () =>
    void Promise.all([app.load(), import('./insights/insightsReadAhead')]).then(([{ repository }, ahead]) =>
      ahead.readInsightsAhead(repository),
    );
  const undoTrash = () => {
    if (!trashed) return;
    void attempt(() => library.getState().restore(trashed.id));
    setTrashed(null);
  };

  return (
    <div className="page">
      <AppHeader>
        <Link
          to={INSIGHTS_PATH}
          className="button button--ghost"
          data-testid="open-insights"
          onClick={readInsightsAhead}
        >
          <ChartNoAxesColumn size={16} aria-hidden="true" />
          {t('insights.open')}
        </Link>
        <Link to="/trash" className="button button--ghost" data-testid="trash">
          <Trash2 size={16} aria-hidden="true" />
          {trashCount > 0 ? t('library.trashCount', { count: trashCount }) : t('library.trash')}
        </Link>
      </AppHeader>
      <main id="main" className="library">
        <div className="library__top">
          <h1>{t('library.title')}</h1>
          <button
            type="button"
            className="button button--primary"
            data-testid="new-journey"
            data-opens-journey
            disabled={busy}
            onClick={newEmpty}
          >
            <Plus size={18} aria-hidden="true" />
            {t('library.newJourney')}
          </button>
        </div>
        <TemplatePicker onPick={newFromTemplate} disabled={busy} />
        <ImportJourney />
        {error && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
        <div aria-live="polite" className="toast-region">
          {trashed && (
            <p className="toast" data-testid="trash-toast">
              {t('trash.moved', { name: trashed.name })}
              <button type="button" className="button button--ghost" data-testid="undo-trash" onClick={undoTrash}>
                {t('trash.undo')}
              </button>
            </p>
          )}
        </div>
        <section className="library__journeys" aria-labelledby="journeys-title">
          <div className="library__list-head">
            <h2 id="journeys-title">{t('library.count', { count: active.length })}</h2>
            <label className="search">
              <Search size={16} aria-hidden="true" />
              <span className="visually-hidden">{t('library.search')}</span>
              <input
                type="search"
                data-testid="library-search"
                placeholder={t('library.searchPlaceholder')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
          </div>
          {status === 'loading' && <p>{t('library.loading')}</p>}
          {status === 'error' && (
            <p className="alert alert--error" role="alert">
              {t('library.loadFailed', { message: loadError })}
            </p>
          )}
          {status === 'ready' && active.length === 0 && <p className="empty">{t('library.empty')}</p>}
          {status === 'ready' && active.length > 0 && visible.length === 0 && (
            <p className="empty">{t('library.noMatches', { query: deferredQuery })}</p>
          )}
          <ul className="journey-grid">
            {visible.map((row) => (
              <JourneyCard key={row.id} row={row} onRename={rename} onDuplicate={duplicate} onTrash={trash} />
            ))}
          </ul>
        </section>
        <BackupPanel journeyCount={rows.length} loaded={status === 'ready'} />
        <StorageStatus journeyCount={active.length} />
      </main>
    </div>
  );
}
