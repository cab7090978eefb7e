import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { isEnabled, type ActionContext } from './action';
import { comboTexts, comboTokens } from './keys';
import { editorAction } from './registry';

/** The action context of the screen on show; the editor provides one around its toolbar and canvas. */
export const ActionsContext = createContext<ActionContext | null>(null);

/** The screen's action context; throws outside a provider, which is a programming error. */
export function useActionContext(): ActionContext {
  const ctx = useContext(ActionsContext);
  if (!ctx) throw new Error('useActionContext needs an ActionsContext provider');
  return ctx;
}

/** What a control needs to offer an editor action: its words, whether it can run, and how to run it. */
export interface ActionControl {
  /** What it does, in the UI language. */
  label: string;
  /** The label with its first key, for a tooltip: "Undo (Ctrl/⌘+Z)"; or why it cannot run (Action.unavailable). */
  hint: string;
  disabled: boolean;
  run(): void;
}

/** An editor action of the registry as a control; re-renders when it becomes enabled or disabled. */
export function useAction(id: string): ActionControl {
  const ctx = useActionContext();
  const { t } = useTranslation();
  const action = editorAction(id);
  const disabled = useStore(ctx.editor, () => !isEnabled(action, ctx));
  const unavailable = useStore(ctx.editor, () => (isEnabled(action, ctx) ? undefined : action.unavailable?.(ctx)));
  const label = t(action.label, action.labelValues);
  const [combo] = comboTexts(action.keys ?? []);
  // Named keys in the UI language, as the shortcuts help writes them ("Mayús", "Supr").
  const keys = combo && comboTokens(combo).map((token) => t(`panels.keys.${token}`, { defaultValue: token }));
  return {
    label,
    hint: unavailable ? t(unavailable) : keys ? `${label} (${keys.join('+')})` : label,
    disabled,
    run: () => {
      if (isEnabled(action, ctx)) action.perform(ctx);
    },
  };
}
