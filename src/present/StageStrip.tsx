import { useTranslation } from 'react-i18next';
import type { Stage } from '../domain/journey';
import './StageStrip.css';

interface Props {
  stages: readonly Stage[];
  /** The stage in focus, spotlighted; null on the overview and the summary, where none is dimmed. */
  focusStageId: string | null;
  onJump(stageId: string): void;
}

/** Every stage across the top: the one in focus spotlighted, the rest dimmed. */
export function StageStrip({ stages, focusStageId, onJump }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="present-strip" aria-label={t('present.stages')}>
      <ol className="present-strip__list">
        {stages.map((stage, i) => {
          const focused = stage.id === focusStageId;
          const state = focusStageId === null ? 'idle' : focused ? 'focus' : 'dim';
          return (
            <li key={stage.id} className={`present-strip__stage present-strip__stage--${state}`}>
              <button
                type="button"
                className="present-strip__button"
                data-testid="present-stage"
                data-stage-id={stage.id}
                data-focused={String(focused)}
                aria-current={focused ? 'step' : undefined}
                onClick={(event) => {
                  onJump(stage.id);
                  // After a mouse click, Space should step on, not click this stage again.
                  if (event.detail > 0) event.currentTarget.blur();
                }}
              >
                <span className="present-strip__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="present-strip__name">{stage.name || t('stage.unnamed')}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
