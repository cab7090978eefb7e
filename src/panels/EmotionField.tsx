import { memo, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmotionFace } from '../ui/EmotionFace';
import { EMOTIONS, type Emotion } from '../domain/journey';
import { EMOTION_LABELS } from '../domain/vocabulary';
import { EMOTION_COLORS } from '../domain/look/colors';
import { type Shared } from './fields';
import { useLocale } from '../ui/useLocale';
import './EmotionField.css';

interface Props {
  value: Shared<Emotion | null>;
  /** The legend, when it names whose emotion this is (one persona of several). */
  label?: string;
  onChange(emotion: Emotion | null): void;
}

/** The five-step emotion scale as native radios (arrow keys move along it), plus a way to clear it. */
export const EmotionField = memo(
  function EmotionField({ value, label, onChange }: Props) {
    const { t } = useTranslation();
    const locale = useLocale();
    const name = useId();
    const legendId = useId();
    const scale = useRef<HTMLFieldSetElement>(null);
    return (
      <div className="panel-field">
        <fieldset
          ref={scale}
          className="emotion-field"
          role="radiogroup"
          aria-labelledby={legendId}
          data-testid="field-emotion"
        >
          <legend id={legendId} className="panel-field__label">
            {label ?? t('panels.inspector.emotion')}
            {value.mixed && <span className="panel-mixed"> · {t('panels.inspector.mixed')}</span>}
          </legend>
          <div className="emotion-field__options">
            {EMOTIONS.map((emotion) => (
              <label
                key={emotion}
                className="emotion-option"
                style={{ '--emotion-color': EMOTION_COLORS[emotion] } as React.CSSProperties}
              >
                <input
                  type="radio"
                  name={name}
                  value={String(emotion)}
                  checked={!value.mixed && value.value === emotion}
                  onChange={() => onChange(emotion)}
                />
                <EmotionFace emotion={emotion} size={22} />
                <span className="emotion-option__label">{EMOTION_LABELS[emotion][locale]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="button"
          className="button button--ghost panel-clear"
          disabled={!value.mixed && value.value === null}
          onClick={() => {
            onChange(null);
            // Cleared, the button is disabled and would drop the focus to the page: it goes to the scale
            // (focusing a radio does not check it), where the arrow keys rate again.
            scale.current?.querySelector('input')?.focus();
          }}
        >
          {t('panels.inspector.clearEmotion')}
        </button>
      </div>
    );
  },
  // `value` is a fresh object on every render of the form: compare what it says.
  (a, b) =>
    a.value.value === b.value.value &&
    a.value.mixed === b.value.mixed &&
    a.label === b.label &&
    a.onChange === b.onChange,
);
