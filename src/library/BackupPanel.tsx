import { ArchiveRestore, DatabaseBackup } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLibraryStore } from '../store/services';
import { closeBidi } from '../domain/look/bidi';
import { downloadBlob } from '../export/download';
import { formatRelativeTime } from '../i18n/format';
import { currentLocale, loadAllWords } from '../i18n/i18n';
import { repairMessage } from '../i18n/repairMessage';
import { restoreErrorMessage } from '../i18n/restoreErrorMessage';
import type { BackupRestoreResult } from '../store/libraryStore';
import { actionFailureText } from '../ui/CodeLoadBoundary';
import { FileButton } from '../ui/FileButton';
import { ThingsToCheck } from './import/ImportWarnings';
import './BackupPanel.css';

const LAST_BACKUP_KEY = 'recorrido.lastBackupAt';
const HAD_JOURNEYS_KEY = 'recorrido.hadJourneys';
const REMIND_AFTER_MS = 7 * 24 * 3600 * 1000;

/**
 * What a restore could not read (each journey by its place in the file and its name) and what it repaired
 * in the journeys it brought back (by their names), as sentences in the UI language.
 */
function restoreProblems(t: TFunction, result: Extract<BackupRestoreResult, { ok: true }>): string[] {
  const unreadable = result.unreadable.map(({ position, name, error }) =>
    t(name ? 'backup.unreadableNamed' : 'backup.unreadable', {
      position,
      name,
      reason: restoreErrorMessage(t, error),
    }),
  );
  const repaired = result.repaired.flatMap(({ name, repairs }) =>
    repairs.map((repair) => t('backup.repairedIn', { name, repair: repairMessage(t, repair) })),
  );
  return [...unreadable, ...repaired];
}

/**
 * Backing up every journey to one file and restoring it; a reminder when no backup was made for a week,
 * and a way back when the browser cleared the library's storage.
 */
export function BackupPanel({ journeyCount, loaded }: { journeyCount: number; loaded: boolean }) {
  const { t } = useTranslation();
  const library = useLibraryStore();
  const [lastBackup, setLastBackup] = useState(() => localStorage.getItem(LAST_BACKUP_KEY));
  const [hadJourneys] = useState(() => localStorage.getItem(HAD_JOURNEYS_KEY) === 'true');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string; toCheck?: string[] } | null>(null);

  useEffect(() => {
    if (journeyCount > 0) localStorage.setItem(HAD_JOURNEYS_KEY, 'true');
  }, [journeyCount]);

  // The page's opening time is recent enough to judge a reminder measured in days.
  const [openedAt] = useState(() => Date.now());
  const cleared = loaded && journeyCount === 0 && hadJourneys;
  const stale = journeyCount > 0 && (!lastBackup || openedAt - new Date(lastBackup).getTime() > REMIND_AFTER_MS);

  const backup = async () => {
    let blob: Blob;
    try {
      blob = await library.getState().backup();
    } catch (error) {
      // Offline before the app was cached, its code for writing backups may not be fetched; or storage failed.
      setMessage({ kind: 'error', text: actionFailureText(t, error, (message) => t('backup.failed', { message })) });
      return;
    }
    // A backup that failed before is no longer the news; a restore's report stays.
    setMessage((shown) => (shown?.kind === 'error' ? null : shown));
    const stamp = new Date().toISOString();
    downloadBlob(blob, `recorrido-backup-${stamp.slice(0, 10)}.json`);
    localStorage.setItem(LAST_BACKUP_KEY, stamp);
    setLastBackup(stamp);
  };

  const restore = async (file: File) => {
    const dated = new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' });
    // The messages name fields in the inspector's words, which the start page has not loaded; without
    // them (a chunk that failed to load) the restore still runs and the counts still show.
    await loadAllWords().catch(() => undefined);
    const result = await library
      .getState()
      .restoreBackup(await file.text(), file.size, (name, editedAt) =>
        t('backup.copyName', { name: closeBidi(name), date: dated.format(editedAt) }),
      );
    setMessage(
      result.ok
        ? {
            kind: 'done',
            // Each count with words that agree with it: "1 recorrido recuperado, 2 ya estaban".
            text: t('backup.restored', {
              // Those that were in the trash went back there: said, or the library seems to lack them.
              restored:
                result.inTrash > 0
                  ? t('backup.counted.restoredInTrash', {
                      restored: t('backup.counted.restored', { count: result.restored }),
                      inTrash: t('backup.counted.inTrash', { count: result.inTrash }),
                    })
                  : t('backup.counted.restored', { count: result.restored }),
              copies: t('backup.counted.copies', { count: result.copies }),
              skipped: t('backup.counted.skipped', { count: result.skipped }),
              refused: t('backup.counted.refused', { count: result.unreadable.length }),
            }),
            toCheck: restoreProblems(t, result),
          }
        : {
            kind: 'error',
            text: t('import.failed', { file: file.name, reason: restoreErrorMessage(t, result.error) }),
          },
    );
  };

  return (
    <section className="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      {cleared && (
        <p className="alert alert--error" role="alert" data-testid="storage-cleared">
          {t('backup.cleared')}
        </p>
      )}
      {stale && !cleared && (
        <p className="hint" data-testid="backup-reminder">
          {lastBackup
            ? t('backup.reminder', { when: formatRelativeTime(lastBackup, currentLocale()) })
            : t('backup.never')}
        </p>
      )}
      <div className="backup__actions">
        <button
          type="button"
          className="button"
          data-testid="backup-all"
          disabled={journeyCount === 0}
          onClick={() => void backup()}
        >
          <DatabaseBackup size={16} aria-hidden="true" />
          {t('backup.create')}
        </button>
        <FileButton
          icon={ArchiveRestore}
          accept=".json,application/json"
          label={t('backup.restore')}
          testId="restore-backup-input"
          onFile={(file) => void restore(file)}
        />
      </div>
      {message && (
        <p
          className={`alert ${message.kind === 'error' ? 'alert--error' : 'alert--info'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid={message.kind === 'error' ? 'backup-error' : 'backup-done'}
        >
          {message.text}
        </p>
      )}
      {message?.toCheck && <ThingsToCheck messages={message.toCheck} />}
    </section>
  );
}
