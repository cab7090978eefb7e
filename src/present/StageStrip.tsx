import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../domain/journey';
import './StageStrip.css';
import { stageLabel } from '../domain/stageLabel';

interface Props {
  stages: readonly Stage[];
  /** The stage in focus, spotlighted; null on the overview and the summary, where none is dimmed. */
  focusStageId: string | null;
  onJump(stageId: string): void;
}

/** Scrolls the strip (and nothing else) just enough to show the stage in focus, when it is out of view. */
function keepFocusInView(strip: HTMLElement) {
  const button = strip.querySelector('[aria-current="step"]');
  if (!button) return;
  const box = strip.getBoundingClientRect();
  const item = button.getBoundingClientRect();
  // A stage's width of margin, so the stages either side show where the journey goes on.
  if (item.left < box.left) strip.scrollLeft -= box.left - item.left + item.width;
  else if (item.right > box.right) strip.scrollLeft += item.right - box.right + item.width;
}

/** Every stage across the top: the one in focus spotlighted, the rest dimmed. */
export function StageStrip({ stages, focusStageId, onJump }: Props) {
  const { t } = useTranslation();
  const strip = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusStageId !== null && strip.current) keepFocusInView(strip.current);
  }, [focusStageId]);
  return (
    <nav className="present-strip" aria-label={t('present.stages')} ref={strip}>
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
                <span className="present-strip__name">{stageLabel(stage.name, t('stage.unnamed'))}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
