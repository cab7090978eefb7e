import { KPI_FIELDS, type KpiField } from '../domain/fields';
import { defineAction, type Action, type ActionContext } from './action';

/**
 * How the editor shows measures and evidence: which KPI the emotion curve overlays, and whether assumed
 * touchpoints are dimmed. View choices only: they change no journey and enter no undo history.
 */

const hasJourney = (ctx: ActionContext) => ctx.editor.getState().journey !== null;

/** What the curve can overlay, in the order the overlay choice lists and `K` steps through them. */
export const CURVE_OVERLAY_CHOICES: readonly (KpiField | null)[] = [null, ...KPI_FIELDS];

/** The id of the action that puts `field` (null: nothing) over the curve. */
export function curveOverlayActionId(field: KpiField | null): string {
  return `curve.overlay.${field ?? 'none'}`;
}

/** The catalog key of that action's label: actions.curveOverlayNone, actions.curveOverlayKpiNps... */
function overlayLabel(field: KpiField | null): string {
  return field === null ? 'actions.curveOverlayNone' : `actions.curveOverlay${field[0].toUpperCase()}${field.slice(1)}`;
}

/** How the user looks at the map: dimming assumed touchpoints, and the measure drawn over the curve. */
export const VIEW_ACTIONS: readonly Action[] = [
  defineAction({
    id: 'view.dimAssumed',
    label: 'actions.dimAssumed',
    scope: 'editor',
    keys: [{ key: 'e' }],
    enabled: hasJourney,
    perform: (ctx) => {
      const state = ctx.editor.getState();
      state.setDimAssumed(!state.dimAssumed);
    },
  }),
  defineAction({
    id: 'curve.overlayNext',
    label: 'actions.curveOverlayNext',
    scope: 'editor',
    keys: [{ key: 'k' }],
    enabled: hasJourney,
    perform: (ctx) => {
      const state = ctx.editor.getState();
      const next = (CURVE_OVERLAY_CHOICES.indexOf(state.curveOverlay) + 1) % CURVE_OVERLAY_CHOICES.length;
      state.setCurveOverlay(CURVE_OVERLAY_CHOICES[next]);
    },
  }),
  ...CURVE_OVERLAY_CHOICES.map((field) =>
    defineAction({
      id: curveOverlayActionId(field),
      label: overlayLabel(field),
      scope: 'editor',
      enabled: hasJourney,
      perform: (ctx) => ctx.editor.getState().setCurveOverlay(field),
    }),
  ),
];
