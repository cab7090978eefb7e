import { useTranslation } from 'react-i18next';
import type { JourneyState } from '../domain/fields';
import './JourneyStateBadge.css';

/** Whether a journey is the as-is or its to-be redesign, as a badge; the editor and the library card show it. */
export function JourneyStateBadge({ state }: { state: JourneyState }) {
  const { t } = useTranslation();
  const name = t(`versions.state.${state}`);
  return (
    <span
      className={`journey-state journey-state--${state}`}
      data-testid="journey-state"
      data-state={state}
      title={t('versions.stateLabel', { state: name })}
    >
      {name}
    </span>
  );
}
