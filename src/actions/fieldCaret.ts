import { textSplice } from '../domain/textSplice';

/**
 * Where the caret goes when the journey's undo or redo changes the text of the field being typed in. React
 * writes the undone value into the field, and a written value puts the caret at its end, so a burst typed in
 * the middle of a title, undone, sent the next key to the end. The browser's own undo leaves the caret where
 * the change was; these do the same.
 */

/**
 * The caret position in `after` once the journey's undo or redo turned the field's `before` into it, in
 * UTF-16 code units as `selectionStart`. `caret` is where the caret was in `before`: a typing burst ends
 * there, so an undone insertion is taken to end there (the caret goes back to where it began) and a redone
 * one to begin there (the caret goes past it), when the texts agree. Otherwise: the end of the first stretch
 * where the two texts differ.
 */
export function caretAfterChange(before: string, after: string, caret: number): number {
  const grown = after.length - before.length;
  if (grown < 0 && caret + grown >= 0 && before.slice(0, caret + grown) + before.slice(caret) === after) {
    return caret + grown;
  }
  if (grown > 0 && caret <= before.length && after.slice(0, caret) + after.slice(caret + grown) === before) {
    return caret + grown;
  }
  const change = textSplice(before, after);
  return change.start + change.text.length;
}

/** A focused text field whose caret can be placed (a number input's cannot: its selectionStart is null). */
function textFieldOf(target: EventTarget | null): HTMLInputElement | HTMLTextAreaElement | null {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return null;
  return target.selectionStart === null ? null : target;
}

/**
 * Runs `change` (the journey's undo or redo), then, once React has written the field's new value (next
 * frame), puts the caret of `target` where its text changed, if it is still focused and its text did change.
 */
export function keepingCaretAtChange(target: EventTarget | null, change: () => void): void {
  const field = textFieldOf(target);
  const before = field?.value;
  const caret = field?.selectionEnd ?? 0;
  change();
  if (!field || before === undefined) return;
  requestAnimationFrame(() => {
    if (document.activeElement !== field || field.value === before) return;
    const at = caretAfterChange(before, field.value, caret);
    field.setSelectionRange(at, at);
  });
}
