import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './PresentControls.css';

interface Props {
  index: number;
  count: number;
  onPrevious(): void;
  onNext(): void;
  onExit(): void;
}

/** Previous, progress ("5 / 24" and a bar), next and exit: the mouse's way through the presentation. */
export function PresentControls({ index, count, onPrevious, onNext, onExit }: Props) {
  const { t } = useTranslation();
  const current = index + 1;
  const percent = count > 1 ? (index / (count - 1)) * 100 : 100;
  return (
    <div className="present-controls" role="group" aria-label={t('present.controls')}>
      <button
        type="button"
        className="present-controls__button"
        data-testid="present-prev"
        title={t('present.previousHint')}
        disabled={index === 0}
        onClick={onPrevious}
      >
        <ChevronLeft size={22} aria-hidden="true" />
        {t('present.previous')}
      </button>
      <div
        className="present-progress"
        data-testid="present-progress"
        role="progressbar"
        aria-label={t('present.progressLabel', { current, total: count })}
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={current}
        aria-valuetext={t('present.progressLabel', { current, total: count })}
      >
        <span className="present-progress__text" aria-hidden="true">
          {t('present.progress', { current, total: count })}
        </span>
        <span className="present-progress__track" aria-hidden="true">
          <span className="present-progress__bar" style={{ width: `${percent}%` }} />
        </span>
      </div>
      <button
        type="button"
        className="present-controls__button present-controls__button--next"
        data-testid="present-next"
        title={t('present.nextHint')}
        disabled={index >= count - 1}
        onClick={onNext}
      >
        {t('present.next')}
        <ChevronRight size={22} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="present-controls__button present-controls__button--exit"
        data-testid="present-exit"
        title={t('present.exitHint')}
        onClick={onExit}
      >
        <X size={20} aria-hidden="true" />
        {t('present.exit')}
      </button>
    </div>
  );
}
