import { useTranslation } from 'react-i18next';
import { PALETTE_MIME } from '../canvas/palette';
import { useEditor } from '../store/services';
import { useVocabulary } from '../ui/useVocabulary';
import { VocabularyIcon } from '../ui/VocabularyIcon';
import './ChannelPalette.css';

/**
 * Channels to drag onto the canvas (or click) to add a touchpoint that already has its channel. Not shown on
 * a read-only share, where nothing can be added.
 */
export function ChannelPalette({ onPick }: { onPick(channelId: string): void }) {
  const { t } = useTranslation();
  const { channels } = useVocabulary();
  const readOnly = useEditor((s) => s.readOnly);
  if (readOnly) return null;
  return (
    <nav className="palette" aria-label={t('palette.label')} data-testid="channel-palette">
      <p className="palette__title">{t('palette.title')}</p>
      <ul>
        {channels.map((channel) => (
          <li key={channel.id}>
            <button
              type="button"
              className="palette__item"
              draggable
              data-testid="palette-channel"
              data-channel-id={channel.id}
              title={t('palette.hint', { channel: channel.label })}
              style={{ borderLeftColor: channel.color }}
              onDragStart={(e) => {
                e.dataTransfer.setData(PALETTE_MIME, channel.id);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => onPick(channel.id)}
            >
              <VocabularyIcon icon={channel.icon} size={14} />
              {channel.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
