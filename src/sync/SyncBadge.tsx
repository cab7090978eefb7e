import { CloudOff, Cloud, HardDrive, Loader } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { inkOn } from '../domain/look/ink';
import { useSync } from './context';
import { refusalText } from './refusalText';
import './SyncBadge.css';

const ICONS = { local: HardDrive, connecting: Loader, synced: Cloud, offline: CloudOff } as const;

/**
 * The sync state's one view, in the editor's header and, while presenting a shared journey, in the
 * presentation's footer (a facilitator on bad Wi-Fi sees that the room's contributions cannot arrive).
 * Where the open journey stands with the sync server (`sync-status`, data-state local | connecting |
 * synced | offline), and the people here now (`presence`, one `presence-peer` each, in their colour).
 */
export function SyncBadge() {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const pending = useSync((s) => s.pending);
  const peers = useSync((s) => s.peers);
  const shared = useSync((s) => s.share !== null);
  const refusal = useSync((s) => s.refusal);
  const Icon = ICONS[status];
  // Still shared but refused (a journey too large, a key replaced): not "only on this device", which reads
  // as never shared; the reason is in the tooltip.
  const refused = shared && status === 'local' && refusal !== null;
  // Offline with a network: the server is what cannot be reached, not this device's connection.
  const unreachable = status === 'offline' && globalThis.navigator?.onLine !== false;
  const label = refused
    ? t('share.status.refused')
    : unreachable
      ? t('share.status.unreachable')
      : t(`share.status.${status}`);
  const reason = refused ? refusalText(t, refusal) : '';
  return (
    <div className="sync-badge">
      <span
        className={`sync-status sync-status--${status}`}
        data-testid="sync-status"
        data-state={status}
        role="status"
        title={
          reason
            ? `${label} · ${reason}`
            : pending > 0
              ? `${label} · ${t('share.status.pending', { count: pending })}`
              : label
        }
      >
        <Icon size={14} aria-hidden="true" />
        <span className="sync-status__label">{label}</span>
      </span>
      {shared && (
        <ul className="presence" data-testid="presence" aria-label={t('share.presenceCount', { count: peers.length })}>
          {peers.map((peer) => (
            <li
              key={peer.clientId}
              className="presence__peer"
              data-testid="presence-peer"
              title={peer.name || t('share.anonymous')}
              style={{ '--peer-color': peer.color, '--peer-ink': inkOn(peer.color) } as React.CSSProperties}
            >
              <span aria-hidden="true">{(peer.name || t('share.anonymous')).slice(0, 1).toUpperCase()}</span>
              <span className="visually-hidden">{peer.name || t('share.anonymous')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
