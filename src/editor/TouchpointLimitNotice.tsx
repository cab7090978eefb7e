import { useTranslation } from 'react-i18next';
import { LIMITS } from '../domain/limits';
import { useEditor, useServices } from '../store/services';

/** Says that a paste, a duplicate or a new card was refused because the journey holds all it may. */
export function TouchpointLimitNotice() {
  const { t } = useTranslation();
  const { editor } = useServices();
  const overLimit = useEditor((s) => s.overLimit);
  if (!overLimit) return null;
  return (
    <p className="alert alert--error" role="alert" data-testid="touchpoint-limit">
      {t('touchpoint.full', { count: overLimit.adding, have: overLimit.have, limit: LIMITS.touchpoints })}
      <button type="button" className="button button--ghost" onClick={() => editor.getState().setOverLimit(null)}>
        {t('dialog.close')}
      </button>
    </p>
  );
}
