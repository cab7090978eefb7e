import { TITLE_FIELD_ID } from './operations';

/**
 * Whether a key typed into `target` leaves an inspector field for the map: Escape in any of its fields, and
 * Enter in the one-line title (right after N adds a touchpoint, Enter ends its title as in a design tool's
 * text box). The journey's text is written as the field loses focus (useDraftText).
 */
export function leavesInspectorField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target?.closest?.('[data-testid="inspector"]')) return false;
  return event.key === 'Escape' || (event.key === 'Enter' && target.id === TITLE_FIELD_ID);
}

/**
 * Moves focus from `field` to the card of the touchpoint `touchpointId` (React Flow's node, which takes
 * focus), so the editor's one-key shortcuts (N, Delete, arrows) act again and a screen reader lands on the
 * card it was editing; off the field alone when no such card is drawn.
 */
export function leaveFieldForCard(field: HTMLElement, touchpointId: string | undefined): void {
  const card = touchpointId
    ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(touchpointId)}"]`)
    : null;
  if (card) card.focus({ preventScroll: true });
  else field.blur();
}
