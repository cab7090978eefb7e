import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { comboTokens, SHORTCUTS } from '../actions/shortcuts';
import { useModalDialog } from '../ui/useModalDialog';

/** One key combination as <kbd> elements; named keys (Delete, Shift, Arrows...) in the UI language. */
function Combo({ combo }: { combo: string }) {
  const { t } = useTranslation();
  return (
    <kbd className="combo">
      {comboTokens(combo).map((token, i) => (
        <Fragment key={i}>
          {i > 0 && '+'}
          <kbd>{t(`panels.keys.${token}`, { defaultValue: token })}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

/** The keyboard shortcuts, in a modal <dialog> that Escape closes. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const uid = useId();
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide shortcuts-help"
      aria-labelledby={`${uid}-title`}
      data-testid="shortcuts-help"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${uid}-title`}>{t('panels.shortcuts.title')}</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('panels.shortcuts.keys')}</th>
            <th scope="col">{t('panels.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {shortcut.keys.map((combo, i) => (
                  <Fragment key={combo}>
                    {i > 0 && <span className="shortcuts-table__or"> {t('panels.shortcuts.or')} </span>}
                    <Combo combo={combo} />
                  </Fragment>
                ))}
              </td>
              <td>{t(shortcut.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('panels.shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
