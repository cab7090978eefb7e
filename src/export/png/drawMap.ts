import { shownPersonaId } from '../../domain/personas';
import { NOTE_LAYERS, layeredBlueprint } from '../../domain/blueprintLayers';
import type { KpiField } from '../../domain/fields';
import type { Journey } from '../../domain/journey';
import { TOUCHPOINT_WIDTH } from '../../domain/layout';
import type { Locale } from '../../domain/locale';
import { channelsOf, functionsOf } from '../../domain/vocabulary';
import { drawCard, layoutCard, type CardContent } from './cards';
import { drawColumnBodies, drawLanes, drawStageHeaders } from './columns';
import { drawCurve } from './curve';
import { drawCurveKey, layoutCurveKey, type CurveKeyEntry } from './curveKey';
import { drawConnectionLabels, drawConnectionLines, routeConnections } from './edges';
import { mapGeometry, type Box, type MapGeometry, type MapView } from './geometry';
import { curveKeyLabels, mapLabels, type MapLabels } from './labels';
import { drawLayerRows, drawNotes, measureNotes } from './layers';

export { mapBounds, type Box, type MapView } from './geometry';

/** Everything measured and placed, ready to paint; measuring needs a context, painting may use another. */
export interface MapPlan {
  journey: Journey;
  locale: Locale;
  labels: MapLabels;
  geometry: MapGeometry;
  cards: Map<string, CardContent>;
  curve: CurveChoices;
  /** The curve's lines the key under it names (none when it draws one), for the persona chosen, names wrapped. */
  curveKey: CurveKeyEntry[];
}

/** What the editor chose to show on the emotion curve; the main persona and no measure by default. */
export interface CurveChoices {
  /** The measure drawn over the curve. */
  curveOverlay?: KpiField | null;
  /** The persona whose curve is drawn solid (the others dashed). */
  personaId?: string | null;
}

/**
 * Measures every card's text with the context's fonts and lays the map out for the view, with the curve as
 * the editor shows it (`curve`).
 */
export function planMap(
  ctx: CanvasRenderingContext2D,
  journey: Journey,
  locale: Locale,
  view: MapView,
  curve: CurveChoices = {},
): MapPlan {
  const labels = mapLabels(locale);
  const vocabulary = { channels: channelsOf(journey, locale), functions: functionsOf(journey, locale) };
  const cards = new Map<string, CardContent>();
  const cardHeights: Record<string, number> = {};
  const shown = shownPersonaId(journey, curve.personaId ?? null);
  ctx.save();
  for (const t of journey.touchpoints) {
    const content = layoutCard(ctx, t, vocabulary, labels, locale, TOUCHPOINT_WIDTH, shown);
    cards.set(t.id, content);
    cardHeights[t.id] = content.height;
  }
  // The layers' notes are measured with the same fonts, so each row is as tall as its text needs.
  const layered = view === 'layers' ? layeredBlueprint(journey, vocabulary.functions, vocabulary.channels) : null;
  const notes = layered ? NOTE_LAYERS.flatMap((layer) => layered.notes[layer].flat()) : [];
  const noteHeights = measureNotes(ctx, notes);
  const chosen = { curveOverlay: curve.curveOverlay ?? null, personaId: curve.personaId ?? null };
  // The key's names are wrapped here too, so its box in the bounds is as tall as the lines drawn in it.
  const curveKey = layoutCurveKey(ctx, curveKeyLabels(journey, locale, chosen.personaId));
  ctx.restore();
  const keyNameLines = curveKey.map((entry) => entry.nameLines.length);
  const geometry = mapGeometry(journey, view, {
    cardHeights,
    noteHeights,
    locale,
    personaId: chosen.personaId,
    keyNameLines,
  });
  return { journey, locale, labels, cards, geometry, curve: chosen, curveKey };
}

/**
 * Paints a planned map: the background over its bounds, then columns, lanes, connections, cards, the
 * emotion curve and the key naming its lines, in canvas units scaled by `scale` with the bounds' top-left
 * at the canvas origin.
 */
export function paintMap(ctx: CanvasRenderingContext2D, plan: MapPlan, background: string, scale: number): Box {
  const { journey, geometry: g, labels } = plan;
  const { curveOverlay, personaId } = plan.curve;
  const { bounds } = g;
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
  ctx.fillStyle = background;
  ctx.fillRect(bounds.x, bounds.y, bounds.width, bounds.height);

  drawColumnBodies(ctx, g.columns, g.columnsHeight);
  drawLanes(ctx, g.lanes, g.width, labels);
  if (g.layers) drawLayerRows(ctx, g.layers, labels);
  drawStageHeaders(ctx, g.columns, labels);
  if (g.layers) drawNotes(ctx, g.layers);
  const routes = routeConnections(journey, g.cards);
  drawConnectionLines(ctx, routes);
  for (const t of journey.touchpoints) {
    const box = g.cards.get(t.id);
    const content = plan.cards.get(t.id);
    if (box && content) drawCard(ctx, box, content);
  }
  drawConnectionLabels(ctx, routes, [...g.cards.values()]);
  drawCurve(ctx, journey, {
    top: g.curveTop,
    width: g.width,
    columns: g.columns,
    locale: plan.locale,
    title: labels.curveTitle,
    overlay: curveOverlay ? { field: curveOverlay, measure: labels.measures[curveOverlay] } : null,
    personaId,
  });
  if (g.curveKey) drawCurveKey(ctx, plan.curveKey, g.curveKey);
  ctx.restore();
  return bounds;
}

export interface DrawOptions extends CurveChoices {
  locale: Locale;
  view: MapView;
  /** Any CSS colour, e.g. '#ffffff' or the theme's page colour. */
  background: string;
  /** Device pixels per canvas unit. */
  scale: number;
}

/**
 * Draws the whole journey map from the model, as the editor shows it in the given view, with the map's
 * bounds' top-left at the context's origin. The context should be bounds × scale big. Returns the bounds.
 */
export function drawJourneyMap(ctx: CanvasRenderingContext2D, journey: Journey, options: DrawOptions): Box {
  const plan = planMap(ctx, journey, options.locale, options.view, options);
  return paintMap(ctx, plan, options.background, options.scale);
}
