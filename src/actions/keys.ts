/**
 * Key bindings: how an action says which keys run it, how a key press is matched against that, and how
 * the shortcut help writes it. The one place that knows what "Ctrl/⌘" and "typing in a field" mean.
 */

/** One key combination. `key` is KeyboardEvent.key lower-cased ("n", "arrowleft", " ", "?", "delete"). */
export interface KeyBinding {
  key: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  /** Ctrl only (Ctrl+Y is redo on Windows; ⌘+Y is not on a Mac). */
  ctrl?: boolean;
  shift?: boolean;
  /** Also matches the physical key (KeyboardEvent.code), for keys whose character depends on the layout. */
  code?: string;
  /**
   * Whether Shift may be held: the binding then matches with and without it (an action reading
   * event.shiftKey for a bigger step). Default: Shift must be as `shift` says.
   */
  anyShift?: boolean;
  /** How the help writes it, when not as comboText() would ("Shift+1" rather than "Shift+!"). */
  label?: string;
}

/** True while focus is in something the user types into: its keys belong to it. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Marks a part of the page by whose undo history its fields edit, as attributes to spread on its root:
 * `journey` for parts that write the open journey as you type (the inspector, journey settings), where
 * Ctrl/⌘+Z is the journey's undo (see Action.fieldInput); `field` for a form inside such a part whose text is
 * not in the journey yet (a new entry's name), which keeps the browser's own undo. The nearest mark counts.
 */
export const UNDO_SCOPE = {
  journey: { 'data-undo': 'journey' },
  field: { 'data-undo': 'field' },
} as const;

/** Whether an event's target sits in a part of the page whose fields edit the journey (UNDO_SCOPE.journey). */
export function editsJourney(target: EventTarget | null): boolean {
  const scope = (target as Element | null)?.closest?.('[data-undo]');
  return scope?.getAttribute('data-undo') === UNDO_SCOPE.journey['data-undo'];
}

/**
 * Marks a focusable region whose keys scroll it, as attributes to spread on it: while the focus is in it,
 * ArrowUp/ArrowDown, PageUp/PageDown and Home/End are left to the browser, which scrolls the box the region
 * scrolls in, for as long as that box can go further that way; at its end they do what they do elsewhere.
 * The presentation's summary is one: PageUp/PageDown and Home/End step the presentation, so its long lists
 * could not be scrolled by keyboard. A presenter's clicker (PageUp/PageDown) still steps unless someone put
 * the focus in the region.
 */
export const SCROLLS_WITH_KEYS = { 'data-scroll-keys': '' } as const;

/** The way each scrolling key goes: up (-1) or down (1). */
const SCROLL_KEYS: Record<string, -1 | 1> = { arrowup: -1, pageup: -1, home: -1, arrowdown: 1, pagedown: 1, end: 1 };

/** The box `el` scrolls in: itself or its nearest ancestor whose content scrolls vertically; null when none does. */
function scrollerOf(el: Element): Element | null {
  for (let box: Element | null = el; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return box;
  }
  return null;
}

/**
 * Whether a key press is one that scrolls the region marked SCROLLS_WITH_KEYS the focus is in, whose box can
 * still go that way (a pixel's leeway: a zoomed page scrolls by fractions). The dispatcher then leaves it
 * to the browser.
 */
export function scrollsRegion(event: KeyboardEvent): boolean {
  const way = SCROLL_KEYS[event.key.toLowerCase()];
  if (way === undefined || event.altKey || event.ctrlKey || event.metaKey) return false;
  const region = (event.target as Element | null)?.closest?.('[data-scroll-keys]');
  const box = region ? scrollerOf(region) : null;
  if (!box) return false;
  return way < 0 ? box.scrollTop > 1 : box.scrollHeight - box.clientHeight - box.scrollTop > 1;
}

/** Keys that activate a focused control natively; acting on them too would act twice. */
export function activatesControl(event: KeyboardEvent): boolean {
  const el = event.target as HTMLElement | null;
  return (event.key === ' ' || event.key === 'Enter') && !!el?.closest?.('button, a[href], [role="button"]');
}

/** Whether a key press is this binding. Alt never matches: it types characters on many layouts. */
export function matches(binding: KeyBinding, event: KeyboardEvent): boolean {
  if (event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (binding.ctrl ? !event.ctrlKey || event.metaKey : !!binding.mod !== mod) return false;
  if (!binding.anyShift && !!binding.shift !== event.shiftKey) return false;
  return event.key.toLowerCase() === binding.key || (binding.code !== undefined && event.code === binding.code);
}

/** Names of keys as the help writes them; those in the `panels.keys` catalog are shown translated. */
const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  delete: 'Delete',
  backspace: 'Backspace',
  escape: 'Esc',
  pagedown: 'PageDown',
  pageup: 'PageUp',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
};

function keyName(key: string): string {
  if (key.startsWith('arrow')) return key[5].toUpperCase() + key.slice(6);
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

const ARROW_NAMES = ['Left', 'Right', 'Up', 'Down'];

/** How the help writes a binding: tokens joined by "+" ("Ctrl/⌘+Shift+Z", "Shift+Right"). */
export function comboText(binding: KeyBinding): string {
  if (binding.label) return binding.label;
  const tokens: string[] = [];
  if (binding.mod) tokens.push('Ctrl/⌘');
  if (binding.ctrl) tokens.push('Ctrl');
  if (binding.shift) tokens.push('Shift');
  tokens.push(keyName(binding.key));
  return tokens.join('+');
}

/**
 * The distinct ways to write a list of bindings, in order ("Delete", "Backspace"); the four arrow keys
 * with the same modifiers are written once, as "Arrows".
 */
export function comboTexts(bindings: readonly KeyBinding[]): string[] {
  const combos = [...new Set(bindings.map(comboText))];
  const out: string[] = [];
  for (const combo of combos) {
    const arrow = ARROW_NAMES.find((name) => combo === name || combo.endsWith(`+${name}`));
    const prefix = arrow ? combo.slice(0, combo.length - arrow.length) : '';
    const allFour = arrow && ARROW_NAMES.every((name) => combos.includes(prefix + name));
    if (!allFour) out.push(combo);
    else if (!out.includes(`${prefix}Arrows`)) out.push(`${prefix}Arrows`);
  }
  return out;
}

/** Splits a combination such as "Ctrl/⌘+Shift+Z" into the keys to press together. */
export function comboTokens(combo: string): string[] {
  return combo.split('+').filter((token) => token !== '');
}
