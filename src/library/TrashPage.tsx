import { ArrowLeft, RotateCcw } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLibrary, useLibraryStore, useServices } from '../store/services';
import { sharedByThisBrowser, stopSharingBeforeDelete } from '../sync/stopSharing';
import { formatList } from '../i18n/format';
import { formatRelativeTime } from '../i18n/format';
import { currentLocale } from '../i18n/i18n';
import { AppHeader } from '../ui/AppHeader';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useActionError } from './useActionError';
import './LibraryPage.css';

/** Journeys moved to the trash, each restorable, and the one place they are deleted for good. */
export function TrashPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const library = useLibraryStore();
  const rows = useLibrary((s) => s.rows);
  const status = useLibrary((s) => s.status);
  const { shares } = useServices();
  const [confirming, setConfirming] = useState(false);
  /** How many trashed journeys this browser shares (their rooms stop with them), asked when confirming. */
  const [sharedCount, setSharedCount] = useState(0);
  /** Journeys kept in the trash because their room could not be stopped. */
  const [keptShared, setKeptShared] = useState<{ id: string; name: string }[]>([]);
  const { error, attempt } = useActionError();

  useEffect(() => {
    void library.getState().refresh();
  }, [library]);

  const trashed = useMemo(() => rows.filter((r) => r.deletedAt !== null), [rows]);

  return (
    <div className="page">
      <AppHeader />
      <main id="main" className="library">
        <div className="library__top">
          <Link to="/" className="button button--ghost" data-testid="back-to-library">
            <ArrowLeft size={16} aria-hidden="true" />
            {t('trash.back')}
          </Link>
          <h1>{t('trash.title')}</h1>
          <button
            type="button"
            className="button button--danger"
            data-testid="empty-trash"
            disabled={trashed.length === 0}
            onClick={() => {
              setSharedCount(0);
              void sharedByThisBrowser(
                shares,
                trashed.map((row) => row.id),
              )
                .then((ids) => setSharedCount(ids.length))
                .catch(() => undefined);
              setConfirming(true);
            }}
          >
            {t('trash.emptyTrash')}
          </button>
        </div>
        <p className="hint">{t('trash.hint')}</p>
        {error && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
        {keptShared.length > 0 && (
          <div className="alert alert--error" role="alert" data-testid="trash-kept-shared">
            <p>
              {t('trash.keptShared', {
                count: keptShared.length,
                names: formatList(
                  keptShared.map((row) => t('quoted', { text: row.name })),
                  locale,
                ),
              })}
            </p>
            {/* A server gone for good would keep them in the trash for ever: deleting them here is the
                user's call, and says what stays behind. */}
            <button
              type="button"
              className="button button--danger"
              data-testid="trash-delete-anyway"
              onClick={() =>
                void attempt(async () => {
                  await library.getState().emptyTrash(new Set(keptShared.map((row) => row.id)));
                  setKeptShared([]);
                })
              }
            >
              {t('trash.deleteAnyway', { count: keptShared.length })}
            </button>
          </div>
        )}
        {status === 'ready' && trashed.length === 0 && <p className="empty">{t('trash.empty')}</p>}
        <ul className="journey-grid">
          {trashed.map((row) => (
            <li key={row.id} className="journey-card" data-testid="trashed-journey" data-journey-id={row.id}>
              <h3 className="journey-card__name">{row.name}</h3>
              <p className="journey-card__edited">
                {t('trash.deleted', { when: formatRelativeTime(row.deletedAt!, locale) })}
              </p>
              <div className="journey-card__actions">
                <button
                  type="button"
                  className="button"
                  data-testid="restore-journey"
                  aria-label={t('trash.restoreLabel', { name: row.name })}
                  onClick={() => void attempt(() => library.getState().restore(row.id))}
                >
                  <RotateCcw size={16} aria-hidden="true" />
                  {t('trash.restore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {confirming && (
          <ConfirmDialog
            title={t('trash.confirmTitle')}
            body={[
              t('trash.confirmBody', { count: trashed.length }),
              sharedCount > 0 ? t('trash.confirmShared', { count: sharedCount }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
            confirmLabel={t('trash.confirm')}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              void attempt(async () => {
                // A shared journey's room stops first: deleted with its manage key, it could never stop.
                // Exactly the journeys the user confirmed: one trashed meanwhile (another tab) waits for
                // its own confirmation, and its room for its own stop.
                const ids = trashed.map((row) => row.id);
                const kept = await stopSharingBeforeDelete(shares, ids);
                await library.getState().emptyTrash(new Set(ids.filter((id) => !kept.includes(id))));
                setKeptShared(trashed.filter((row) => kept.includes(row.id)).map(({ id, name }) => ({ id, name })));
              });
            }}
          />
        )}
      </main>
    </div>
  );
}
