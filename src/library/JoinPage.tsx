import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSyncService } from '../sync/context';
import { PARTICIPANT_PATH, readParticipantLink, readShareLink } from '../sync/links';
import { JoinError } from '../sync/syncService';
import { SHARING_GONE } from '../sync/syncStore';
import { AppHeader } from '../ui/AppHeader';
import './LibraryPage.css';

/** How long after a try that could not reach the server the next one is made, with the device online (ms). */
const JOIN_RETRY_MS = 15_000;

/**
 * Where a share link lands (`/join#room=...&cap=...&key=...`): fetches the journey from the sync server that
 * served this page, keeps it in this browser's library and opens it. The key in the fragment never reaches
 * a server; the address bar drops it once the journey opens. Offline it waits for the network; a server
 * that cannot be reached offers Try again, and is tried again by itself every JOIN_RETRY_MS and when the
 * network comes back.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sync = useSyncService();
  const [problem, setProblem] = useState<string | null>(() =>
    readShareLink(location.hash, location.origin) ? null : t('share.join.invalid'),
  );
  /** The join can be tried again (the server could not be reached); each try bumps `attempt`. */
  const [retryable, setRetryable] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [offline, setOffline] = useState(() => !navigator.onLine);
  const tryAgain = useCallback(() => {
    setProblem(null);
    setRetryable(false);
    setAttempt((n) => n + 1);
  }, []);

  // Offline, nothing is tried: the join starts (again) as soon as the network is back, and a try that
  // could not reach the server is made again then.
  useEffect(() => {
    const online = () => {
      setOffline(false);
      if (retryable) tryAgain();
    };
    const gone = () => setOffline(true);
    window.addEventListener('online', online);
    window.addEventListener('offline', gone);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', gone);
    };
  }, [retryable, tryAgain]);

  // A server that could not be reached while this device is online (stopped, restarting) is tried again every
  // little while, so the journey opens once it is back without a click.
  useEffect(() => {
    if (!retryable || offline) return;
    const timer = setTimeout(tryAgain, JOIN_RETRY_MS);
    return () => clearTimeout(timer);
  }, [retryable, offline, tryAgain]);

  useEffect(() => {
    // A participant link given as /join#...&cap=contribute belongs to the phones' page.
    if (readParticipantLink(location.hash)) return location.replace(`${PARTICIPANT_PATH}${location.hash}`);
    const link = readShareLink(location.hash, location.origin);
    if (!link || offline) return;
    let live = true;
    void sync.join(link).then(
      (id) => live && void navigate(`/journey/${encodeURIComponent(id)}`, { replace: true }),
      (error: unknown) => {
        if (!live) return;
        const reason = error instanceof JoinError ? error.reason : 'unreachable';
        // The editor's words for a room that went away speak of a copy kept here; a link opened here may
        // have none.
        if (SHARING_GONE.has(reason)) setProblem(t('share.join.gone'));
        else setProblem(t(`share.refusal.${reason}`, { defaultValue: t('share.join.failed') }));
        setRetryable(reason === 'unreachable' || reason === 'server-error');
      },
    );
    return () => {
      live = false;
    };
  }, [sync, navigate, t, attempt, offline]);

  return (
    <div className="page">
      <AppHeader />
      <main id="main" className="library" data-testid="join-page">
        <h1>{t('share.join.title')}</h1>
        {problem ? (
          <>
            <p className="alert alert--error" role="alert" data-testid="join-error">
              {problem}
            </p>
            <div className="join-page__actions">
              {retryable && (
                <button type="button" className="button button--primary" data-testid="join-retry" onClick={tryAgain}>
                  {t('share.join.retry')}
                </button>
              )}
              <Link to="/" className="button">
                {t('share.join.library')}
              </Link>
            </div>
            {retryable && <p className="hint">{t('share.join.retryHint')}</p>}
          </>
        ) : offline ? (
          <p role="status" data-testid="join-offline">
            {t('share.join.offline')}
          </p>
        ) : (
          <p role="status" aria-busy="true">
            {t('share.join.joining')}
          </p>
        )}
      </main>
    </div>
  );
}
