import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useServices } from '../store/services';
import { isLocale } from '../domain/locale';
import type { RestoreResult } from '../domain/restore';
import type { SnapshotRow } from '../storage/database';
import { historyCounts, SnapshotPreview } from './SnapshotPreview';
import { useModalDialog } from '../ui/useModalDialog';
import { LIMITS } from '../domain/limits';
import './HistoryDialog.css';

type Preview = { id: number; result: RestoreResult | undefined };

/**
 * The open journey's version history in a modal <dialog>: save a named version, pick one to preview,
 * restore it. Restoring snapshots the current state first and is one undo step; the dialog then closes
 * so the restored map shows.
 */
export function HistoryDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const ref = useModalDialog();
  const uid = useId();
  const { history } = useServices();
  const journeyId = useEditor((s) => s.journey?.id);
  const [rows, setRows] = useState<SnapshotRow[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [restoreFailed, setRestoreFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });

  const refresh = useCallback(
    () =>
      history.list().then(
        (next) => {
          setRows(next);
          setListError(null);
        },
        (error: unknown) => setListError(error instanceof Error ? error.message : String(error)),
      ),
    [history],
  );

  useEffect(() => {
    void refresh();
  }, [refresh, journeyId]);

  useEffect(() => {
    if (selected === null) return;
    let current = true;
    void history.preview(selected).then(
      (result) => current && setPreview({ id: selected, result }),
      () => current && setPreview({ id: selected, result: undefined }),
    );
    return () => {
      current = false;
    };
  }, [history, selected]);

  const saveNamed = async () => {
    const trimmed = name.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    try {
      const id = await history.saveNamed(trimmed);
      setName('');
      setNotice(t('history.saved', { name: trimmed }));
      await refresh();
      if (id !== undefined) setSelected(id);
    } catch (error) {
      setListError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (selected === null || busy) return;
    setBusy(true);
    setRestoreFailed(false);
    try {
      await history.restore(selected);
      onClose();
    } catch {
      setRestoreFailed(true);
      setBusy(false);
    }
  };

  const shown = preview && preview.id === selected ? preview.result : null;

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide history-dialog"
      aria-labelledby={`${uid}-title`}
      data-testid="history-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${uid}-title`}>{t('history.title')}</h2>
      <p className="hint">{t('history.intro')}</p>
      <form
        className="history-dialog__save"
        onSubmit={(e) => {
          e.preventDefault();
          void saveNamed();
        }}
      >
        <label htmlFor={`${uid}-name`} className="panel-field__label">
          {t('history.nameLabel')}
        </label>
        <input
          id={`${uid}-name`}
          data-testid="snapshot-name"
          value={name}
          maxLength={LIMITS.snapshotName}
          placeholder={t('history.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button" data-testid="snapshot-save" disabled={busy || !name.trim()}>
          {t('history.save')}
        </button>
      </form>
      <p className="history-dialog__notice" role="status">
        {notice}
      </p>
      {listError && (
        <p className="alert alert--error" role="alert">
          {t('history.loadFailed', { message: listError })}
        </p>
      )}
      <div className="history-dialog__body">
        <section aria-labelledby={`${uid}-list`}>
          <h3 id={`${uid}-list`}>{t('history.listLabel')}</h3>
          {rows === null ? (
            <p className="hint">{t('history.loading')}</p>
          ) : rows.length === 0 ? (
            <p className="empty">{t('history.empty')}</p>
          ) : (
            <ul className="history-dialog__list" data-testid="snapshot-list">
              {rows.map((row) => (
                <li key={row.id}>
                  <button
                    type="button"
                    className="history-item"
                    data-testid="snapshot-item"
                    data-kind={row.kind}
                    aria-pressed={row.id === selected}
                    onClick={() => setSelected(row.id)}
                  >
                    <time dateTime={row.createdAt} className="history-item__time">
                      {dateFormat.format(new Date(row.createdAt))}
                    </time>
                    <span className={`history-item__kind history-item__kind--${row.kind}`}>
                      {t(`history.kind.${row.kind}`)}
                    </span>
                    {row.name && <span className="history-item__name">{row.name}</span>}
                    <span className="history-item__counts">
                      {historyCounts(t, row.summary.stageCount, row.summary.touchpointCount)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby={`${uid}-preview`} className="history-dialog__preview">
          <h3 id={`${uid}-preview`}>{t('history.previewTitle')}</h3>
          {selected === null ? (
            <p className="hint">{t('history.previewHint')}</p>
          ) : shown === null ? (
            <p className="hint">{t('history.previewLoading')}</p>
          ) : shown?.ok ? (
            <SnapshotPreview journey={shown.journey} />
          ) : (
            <p className="alert alert--error">{t('history.previewBroken')}</p>
          )}
        </section>
      </div>
      {restoreFailed && (
        <p className="alert alert--error" role="alert">
          {t('history.restoreFailed')}
        </p>
      )}
      <div className="dialog__actions">
        <span className="hint history-dialog__restore-hint">{t('history.restoreHint')}</span>
        <button
          type="button"
          className="button button--primary"
          data-testid="snapshot-restore"
          disabled={busy || !shown?.ok}
          onClick={() => void restore()}
        >
          {t('history.restore')}
        </button>
        <button type="button" className="button" data-testid="history-close" onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
    </dialog>
  );
}
