import { EyeOff, Gauge } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isEnabled } from '../actions/action';
import { editorAction } from '../actions/registry';
import { useAction, useActionContext } from '../actions/useAction';
import { CURVE_OVERLAY_CHOICES, curveOverlayActionId } from '../actions/viewActions';
import { isKpiField } from '../domain/fields';
import { useEditor } from '../store/services';
import './MeasureViewControls.css';

/**
 * The toolbar's view of measures and evidence: which KPI the emotion curve overlays (none by default) and
 * whether assumed touchpoints are dimmed. Both run the registry's actions, as their keys (K, E) do.
 */
export function MeasureViewControls() {
  const { t } = useTranslation();
  const id = useId();
  const ctx = useActionContext();
  const overlay = useEditor((s) => s.curveOverlay);
  const dimAssumed = useEditor((s) => s.dimAssumed);
  const hasJourney = useEditor((s) => s.journey !== null);
  const dim = useAction('view.dimAssumed');
  const next = useAction('curve.overlayNext');

  const choose = (value: string) => {
    const action = editorAction(curveOverlayActionId(isKpiField(value) ? value : null));
    if (isEnabled(action, ctx)) action.perform(ctx);
  };

  return (
    <>
      <label className="toolbar__persona" htmlFor={id} title={next.hint}>
        <Gauge size={16} aria-hidden="true" />
        <span className="visually-hidden">{t('curve.overlay')}</span>
        <select
          id={id}
          data-testid="curve-overlay"
          value={overlay ?? ''}
          disabled={!hasJourney}
          onChange={(e) => choose(e.target.value)}
        >
          {CURVE_OVERLAY_CHOICES.map((field) => (
            <option key={field ?? 'none'} value={field ?? ''}>
              {t(`curve.overlayChoice.${field ?? 'none'}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button measure-view__toggle"
        data-testid="dim-assumed"
        aria-pressed={dimAssumed}
        title={dim.hint}
        disabled={dim.disabled}
        onClick={dim.run}
      >
        <EyeOff size={16} aria-hidden="true" />
        <span className="toolbar__label">{t('curve.dimAssumed')}</span>
      </button>
    </>
  );
}
