import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync, useSyncService } from '../sync/context';
import { QrCode } from '../ui/QrCode';
import './JoinPanel.css';

/**
 * How the room joins from their phones: the participants' link and a QR code big enough to scan from the
 * back of the room. Shown on the overview step and on demand (J, or the footer's button). A room shared
 * before workshops existed gets its participants' link here, from the sharer's browser.
 */
export function JoinPanel({ onClose }: { onClose?(): void }) {
  const { t } = useTranslation();
  const sync = useSyncService();
  const share = useSync((s) => s.share);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Read from the store's share so the panel follows a rotation or a newly added participants' key.
  const link = share?.keys.contribute ? sync.participantLink() : null;

  let body;
  if (!share) body = <p>{t('present.join.notShared')}</p>;
  else if (link)
    body = (
      <>
        <p className="present-join__intro">{t('present.join.intro')}</p>
        <QrCode
          url={link}
          label={t('present.join.qr')}
          testId="present-join-qr"
          size={320}
          className="present-join__qr"
        />
        <p className="present-join__label">{t('present.join.link')}</p>
        <a className="present-join__link" href={link} data-testid="present-join-link" target="_blank" rel="noreferrer">
          {link}
        </a>
      </>
    );
  else if (share.keys.manage)
    body = (
      <>
        <p>{t('present.join.enableHint')}</p>
        <button
          type="button"
          className="present-controls__button"
          data-testid="present-join-enable"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            sync.enableParticipants().then(
              () => setBusy(false),
              (e: unknown) => {
                setBusy(false);
                setError(t('present.join.failed', { detail: e instanceof Error ? e.message : String(e) }));
              },
            );
          }}
        >
          {busy ? t('present.join.enabling') : t('present.join.enable')}
        </button>
        {error && <p role="alert">{error}</p>}
      </>
    );
  else body = <p>{t('present.join.notSharer')}</p>;

  return (
    <section className="present-join" aria-labelledby="present-join-title" data-testid="present-join">
      <h2 id="present-join-title" className="present-join__title">
        {t('present.join.title')}
      </h2>
      {body}
      {onClose && (
        <button type="button" className="present-controls__button" onClick={onClose}>
          {t('present.join.close')}
        </button>
      )}
    </section>
  );
}
