import type { panelsEn } from '../i18n/panels.en';

type ShortcutActionKey = Exclude<keyof typeof panelsEn.shortcuts, 'title' | 'keys' | 'action' | 'or' | 'close'>;

/** One shortcut: alternative key combinations (tokens joined by "+") and the i18n key of what it does. */
export interface Shortcut {
  keys: string[];
  action: `panels.shortcuts.${ShortcutActionKey}`;
}

/**
 * The editor's keyboard shortcuts as the help lists them. "Ctrl/⌘" means Ctrl, or Cmd on a Mac; tokens
 * named in `panels.keys` (Delete, Shift, Arrows...) are shown in the UI language.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['N'], action: 'panels.shortcuts.addTouchpoint' },
  { keys: ['Delete', 'Backspace'], action: 'panels.shortcuts.deleteSelection' },
  { keys: ['Ctrl/⌘+Z'], action: 'panels.shortcuts.undo' },
  { keys: ['Ctrl/⌘+Shift+Z', 'Ctrl+Y'], action: 'panels.shortcuts.redo' },
  { keys: ['Ctrl/⌘+C'], action: 'panels.shortcuts.copy' },
  { keys: ['Ctrl/⌘+X'], action: 'panels.shortcuts.cut' },
  { keys: ['Ctrl/⌘+V'], action: 'panels.shortcuts.paste' },
  { keys: ['Ctrl/⌘+D'], action: 'panels.shortcuts.duplicate' },
  { keys: ['Ctrl/⌘+A'], action: 'panels.shortcuts.selectAll' },
  { keys: ['Arrows', 'Shift+Arrows'], action: 'panels.shortcuts.nudge' },
  { keys: ['Shift+1'], action: 'panels.shortcuts.zoomToFit' },
  { keys: ['B'], action: 'panels.shortcuts.toggleBlueprint' },
  { keys: ['P'], action: 'panels.shortcuts.present' },
  { keys: ['Esc'], action: 'panels.shortcuts.clearSelection' },
  { keys: ['?'], action: 'panels.shortcuts.help' },
];

/** Splits a combination such as "Ctrl/⌘+Shift+Z" into the keys to press together. */
export function comboTokens(combo: string): string[] {
  return combo.split('+').filter((token) => token !== '');
}
