import { Copy, RefreshCw, Share2, Unlink } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync, useSyncService } from '../sync/context';
import { RoomApiError } from '../sync/roomApi';
import { ownSyncServer, serverUrlOf, syncServer } from '../sync/settings';
import { QrCode } from '../ui/QrCode';
import { useModalDialog } from '../ui/useModalDialog';
import { refusalText } from '../sync/refusalText';
import './ShareDialog.css';

/** A link as a read-only field with a copy button; the field holds the full URL. */
function LinkField({ label, url, testId }: { label: string; url: string; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="panel-field share-link">
      <label htmlFor={id} className="panel-field__label">
        {label}
      </label>
      <div className="share-link__row">
        <input id={id} data-testid={testId} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          <Copy size={14} aria-hidden="true" />
          {copied ? t('share.copied') : t('share.copy')}
        </button>
      </div>
    </div>
  );
}

/** The message for a failed share, rotate or stop. */
function failureText(t: ReturnType<typeof useTranslation>['t'], error: unknown): string {
  const code = error instanceof RoomApiError ? error.code : 'unknown';
  const key = `share.failed.${code}`;
  return t(key, {
    defaultValue: t('share.failed.unknown', { detail: error instanceof Error ? error.message : String(error) }),
  });
}

/**
 * Sharing the open journey: before, the sync server to share through; after, the edit and read-only links
 * (full URLs whose fragment holds the key), the QR code, replacing the links and stopping. Someone who
 * joined by a link sees what the link lets them do. Everyone sets the name the others see.
 */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const uid = useId();
  const sync = useSyncService();
  const share = useSync((s) => s.share);
  const me = useSync((s) => s.me);
  const refusal = useSync((s) => s.refusal);
  const [server, setServer] = useState(() => share?.server ?? syncServer() ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(me.name);
  // Replacing the links and stopping cut everyone else off at once: each asks first, the safe answer focused.
  const [confirming, setConfirming] = useState<'rotate' | 'stop' | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const asked = useRef<{ rotate: HTMLButtonElement | null; stop: HTMLButtonElement | null }>({
    rotate: null,
    stop: null,
  });
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  // The answer gives the focus back to the button that asked, once it is enabled again (after a stop, that
  // button is gone with the links, and the dialog keeps its own focus).
  const refocus = useRef<'rotate' | 'stop' | null>(null);
  useEffect(() => {
    if (busy || confirming || !refocus.current) return;
    asked.current[refocus.current]?.focus();
    refocus.current = null;
  }, [busy, confirming]);
  const answer = (go: boolean) => {
    refocus.current = confirming;
    setConfirming(null);
    if (go) void act(() => (confirming === 'rotate' ? sync.rotate() : sync.stop()));
  };

  // Loaded from a sync server: that server is the one to share through.
  useEffect(() => {
    if (server) return;
    let live = true;
    void ownSyncServer().then((own) => live && own && setServer((current) => current || own));
    return () => {
      live = false;
    };
  }, [server]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(failureText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const links = share ? sync.links() : null;
  const participants = share ? sync.participantLink() : null;
  const manager = !!share?.keys.manage;
  const serverUrl = serverUrlOf(server);
  const serverValid = serverUrl !== null;

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide share-dialog"
      aria-labelledby={`${uid}-title`}
      data-testid="share-dialog"
      onCancel={(e) => {
        e.preventDefault();
        // Escape answers an open confirmation (as Cancel) before it closes the dialog.
        if (confirming) answer(false);
        else onClose();
      }}
    >
      <h2 id={`${uid}-title`}>{t('share.title')}</h2>
      {!share && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (serverUrl) void act(() => sync.share(serverUrl));
          }}
        >
          <p>{t('share.intro')}</p>
          <div className="panel-field">
            <label htmlFor={`${uid}-server`} className="panel-field__label">
              {t('share.server')}
            </label>
            <input
              id={`${uid}-server`}
              data-testid="share-server"
              value={server}
              placeholder="ws://192.168.1.20:8080"
              aria-invalid={server !== '' && !serverValid}
              aria-describedby={`${uid}-server-hint`}
              onChange={(e) => setServer(e.target.value)}
            />
            <p id={`${uid}-server-hint`} className="hint">
              {server !== '' && !serverValid ? t('share.serverInvalid') : t('share.serverHint')}
            </p>
          </div>
          <div className="dialog__actions">
            <button
              type="submit"
              className="button button--primary"
              data-testid="share-start"
              disabled={busy || !serverValid}
            >
              <Share2 size={16} aria-hidden="true" />
              {busy ? t('share.starting') : t('share.start')}
            </button>
          </div>
        </form>
      )}
      {share && links && (
        <>
          {!manager && <p>{share.capability === 'edit' ? t('share.joinedEdit') : t('share.joinedView')}</p>}
          {links.edit && <LinkField label={t('share.editLink')} url={links.edit} testId="share-link-edit" />}
          {/* Beside the link it opens, and captioned: under the participants' link it was taken for theirs,
              and a facilitator projecting this dialog would hand the whole room the edit link. */}
          {links.edit && (
            <figure className="share-qr-figure">
              <QrCode url={links.edit} label={t('share.qr')} testId="share-qr" className="share-qr" />
              <figcaption className="hint">{t('share.qrCaption')}</figcaption>
            </figure>
          )}
          {links.view && <LinkField label={t('share.viewLink')} url={links.view} testId="share-link-view" />}
          {participants && (
            <LinkField label={t('share.participantLink')} url={participants} testId="share-link-participant" />
          )}
          {manager && (
            <div className="share-dialog__manage">
              <button
                type="button"
                className="button"
                data-testid="share-rotate"
                ref={(button) => {
                  asked.current.rotate = button;
                }}
                disabled={busy}
                onClick={() => setConfirming('rotate')}
              >
                <RefreshCw size={14} aria-hidden="true" />
                {t('share.rotate')}
              </button>
              <span className="hint">{t('share.rotateHint')}</span>
              <button
                type="button"
                className="button button--danger"
                data-testid="share-stop"
                ref={(button) => {
                  asked.current.stop = button;
                }}
                disabled={busy}
                onClick={() => setConfirming('stop')}
              >
                <Unlink size={14} aria-hidden="true" />
                {t('share.stopSharing')}
              </button>
              <span className="hint">{t('share.stopHint')}</span>
            </div>
          )}
          {manager && confirming && (
            <div className="share-dialog__confirm" role="group" aria-labelledby={`${uid}-confirm`}>
              <p id={`${uid}-confirm`}>
                {t(
                  confirming === 'rotate'
                    ? 'share.rotateConfirm'
                    : participants
                      ? 'share.stopConfirmWorkshop'
                      : 'share.stopConfirm',
                )}
              </p>
              <div className="dialog__actions">
                <button ref={keep} type="button" className="button" onClick={() => answer(false)}>
                  {t('share.confirmCancel')}
                </button>
                <button
                  type="button"
                  className={confirming === 'stop' ? 'button button--danger' : 'button button--primary'}
                  data-testid="share-confirm"
                  disabled={busy}
                  onClick={() => answer(true)}
                >
                  {t(confirming === 'rotate' ? 'share.rotate' : 'share.stopSharing')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      {refusal && (
        <p className="alert alert--error" role="alert" data-testid="sync-refusal">
          {refusalText(t, refusal)}
        </p>
      )}
      {error && (
        <p className="alert alert--error" role="alert" data-testid="share-error">
          {error}
        </p>
      )}
      <div className="panel-field">
        <label htmlFor={`${uid}-name`} className="panel-field__label">
          {t('share.yourName')}
        </label>
        <input
          id={`${uid}-name`}
          data-testid="share-name"
          value={name}
          maxLength={60}
          placeholder={t('share.yourNamePlaceholder')}
          onChange={(e) => {
            setName(e.target.value);
            sync.rename(e.target.value);
          }}
        />
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
    </dialog>
  );
}
