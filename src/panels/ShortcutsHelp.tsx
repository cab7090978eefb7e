import { Fragment, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ActionScope } from '../actions/action';
import { comboTexts, comboTokens } from '../actions/keys';
import { actionsOf } from '../actions/registry';
import { useModalDialog } from '../ui/useModalDialog';
import './ShortcutsHelp.css';

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

/** The actions of a scope that have keys, as the help lists them. */
export function shortcutsOf(scope: ActionScope): { action: Action; combos: string[] }[] {
  return actionsOf(scope)
    .filter((action) => action.keys && action.keys.length > 0)
    .map((action) => ({ action, combos: comboTexts(action.keys!) }));
}

/** One section of the help: a scope's actions and their keys. */
function ShortcutTable({ scope, caption }: { scope: ActionScope; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="shortcuts-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('panels.shortcuts.keys')}</th>
          <th scope="col">{t('panels.shortcuts.action')}</th>
        </tr>
      </thead>
      <tbody>
        {shortcutsOf(scope).map(({ action, combos }) => (
          <tr key={action.id}>
            <td>
              {combos.map((combo, i) => (
                <Fragment key={combo}>
                  {i > 0 && <span className="shortcuts-table__or"> {t('panels.shortcuts.or')} </span>}
                  <Combo combo={combo} />
                </Fragment>
              ))}
            </td>
            <td>{t(action.label, action.labelValues)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The keyboard shortcuts of the editor and of presentation mode, from the action registry, in a modal <dialog>. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const uid = useId();
  const title = useRef<HTMLHeadingElement>(null);
  // After the dialog opened (useModalDialog's effect runs first).
  useEffect(() => {
    title.current?.focus();
  }, []);
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
      {/* Focus starts on the title: on Close, at the end of a list taller than the window, it scrolled the
          dialog to its end and the title out of view. */}
      <h2 id={`${uid}-title`} tabIndex={-1} ref={title}>
        {t('panels.shortcuts.title')}
      </h2>
      <ShortcutTable scope="editor" caption={t('actions.editorSection')} />
      <ShortcutTable scope="present" caption={t('actions.presentSection')} />
      {/* Keys the presentation leaves to the browser have no action to list (keys.ts, SCROLLS_WITH_KEYS). */}
      <p className="shortcuts-help__note">{t('actions.presentScrollNote')}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('panels.shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
