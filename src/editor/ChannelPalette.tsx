import { useTranslation } from 'react-i18next';
import { PALETTE_MIME } from '../canvas/palette';
import { useVocabulary } from '../ui/useVocabulary';
import { VocabularyIcon } from '../ui/VocabularyIcon';
import './ChannelPalette.css';

/** Channels to drag onto the canvas (or click) to add a touchpoint that already has its channel. */
export function ChannelPalette({ onPick }: { onPick(channelId: string): void }) {
  const { t } = useTranslation();
  const { channels } = useVocabulary();
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
