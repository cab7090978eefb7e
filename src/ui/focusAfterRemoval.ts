/**
 * After a row of a list in a dialog was removed (with the focused button in it), puts the focus on the field
 * matching `fieldSelector` inside `container` that now stands at `index`, or the last one; with none left,
 * on `fallback` (a selector inside `container`). Focus left to fall out of the dialog lands on the page's
 * body, where the open dialog drops keys, so Ctrl+Z, the way back, would do nothing. Not another remove
 * button: pressing twice removes one. Waits a frame, for the list to render without the row.
 */
export function focusAfterRemoval(
  container: HTMLElement | null,
  fieldSelector: string,
  index: number,
  fallback?: string,
): void {
  requestAnimationFrame(() => {
    const fields = container?.querySelectorAll<HTMLElement>(fieldSelector);
    if (fields && fields.length > 0) fields[Math.min(index, fields.length - 1)].focus();
    else if (fallback) container?.querySelector<HTMLElement>(fallback)?.focus();
  });
}
