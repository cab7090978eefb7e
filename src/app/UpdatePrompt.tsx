import { RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { appUpdate } from './appUpdate';
import './UpdatePrompt.css';

/** Announces a new version; nothing changes until the user chooses to update. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const waiting = useStore(appUpdate, (s) => s.waiting);
  const apply = useStore(appUpdate, (s) => s.apply);
  const [dismissed, setDismissed] = useState(false);
  if (!waiting || dismissed) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <RefreshCw size={16} aria-hidden="true" />
      <span>{t('update.available')}</span>
      <button type="button" className="button button--primary" data-testid="update-apply" onClick={() => void apply()}>
        {t('update.apply')}
      </button>
      <button type="button" className="button button--ghost" onClick={() => setDismissed(true)}>
        {t('update.later')}
      </button>
    </div>
  );
}
