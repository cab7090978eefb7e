import { blueprintLanes, blueprintLayout, type BlueprintLaneLayout } from '../../domain/blueprint';
import { layeredBlueprint, layeredLayout, type LayeredLayout } from '../../domain/blueprintLayers';
import { emotionCurvePoints } from '../../domain/emotionCurve';
import type { Journey } from '../../domain/journey';
import {
  EMOTION_CURVE_GAP,
  EMOTION_CURVE_HEIGHT,
  TOUCHPOINT_HEIGHT,
  TOUCHPOINT_WIDTH,
  journeyWidth,
  stageColumns,
  type StageColumn,
} from '../../domain/layout';
import type { Locale } from '../../domain/locale';
import { columnHeight } from '../../domain/look/cardSize';
import { channelsOf, functionsOf } from '../../domain/vocabulary';
import { curveKeyBox, pngCurveKeyLines, type CurveKeyBox } from './curveKey';
import { mapLabels } from './labels';

/** The free canvas, the blueprint's lanes by owning function, or its layers. */
export type MapView = 'canvas' | 'blueprint' | 'layers';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Height of the emotion curve band, as on the canvas. */
export const CURVE_HEIGHT = EMOTION_CURVE_HEIGHT;
/** Space between the columns (or the blueprint grid) and the curve band, as on the canvas. */
export const CURVE_GAP = EMOTION_CURVE_GAP;
/** Empty space around the whole map in the image. */
export const MAP_MARGIN = 40;
/** How far edges, shadows and curve markers may reach past the boxes they belong to. */
const OVERHANG = 24;

/** Where everything sits, in canvas units, exactly as the editor places it. */
export interface MapGeometry {
  columns: StageColumn[];
  /** Height of the stage columns (the whole grid in blueprint view), from y = 0. */
  columnsHeight: number;
  /** Function lanes; empty on the free canvas and in the layers. */
  lanes: BlueprintLaneLayout[];
  /** The layered blueprint's rows, line and notes; null in the other views. */
  layers: LayeredLayout | null;
  /** Each touchpoint's card, by touchpoint id. */
  cards: Map<string, Box>;
  curveTop: number;
  /** Width of the stage columns together; the curve band is as wide. */
  width: number;
  /** The key naming the curve's lines, under the band and clear of every card; null when it draws one line. */
  curveKey: CurveKeyBox | null;
  /** The whole map plus MAP_MARGIN, in whole canvas units. */
  bounds: Box;
}

export interface GeometryOptions {
  /** Drawn card heights by touchpoint id; TOUCHPOINT_HEIGHT for any card not listed. */
  cardHeights?: Readonly<Record<string, number | undefined>>;
  /** Drawn heights of the layers' notes by note id; their estimate for any not listed. */
  noteHeights?: Readonly<Record<string, number | undefined>>;
  /** Language of the lane labels. */
  locale?: Locale;
  /** The persona chosen in the editor, whose line the curve's key names first (null: the main one). */
  personaId?: string | null;
  /** Lines each name in the curve's key wraps onto, in key order (layoutCurveKey); one for any not listed. */
  keyNameLines?: readonly number[];
}

/** Lays the map out for the free canvas (each card at its position), the blueprint grid or its layers. */
export function mapGeometry(journey: Journey, view: MapView, options: GeometryOptions = {}): MapGeometry {
  const { cardHeights = {}, noteHeights = {}, locale = 'en', personaId = null, keyNameLines = [] } = options;
  const heightOf = (id: string) => cardHeights[id] ?? TOUCHPOINT_HEIGHT;
  const columns = stageColumns(journey.stages);
  const width = journeyWidth(journey);
  const grid =
    view === 'blueprint'
      ? blueprintLayout(
          journey,
          blueprintLanes(journey, functionsOf(journey, locale), mapLabels(locale).noFunction),
          cardHeights,
        )
      : null;
  const layers =
    view === 'layers'
      ? layeredLayout(journey, layeredBlueprint(journey, functionsOf(journey, locale), channelsOf(journey, locale)), {
          ...cardHeights,
          ...noteHeights,
        })
      : null;
  const cards = new Map<string, Box>();
  for (const t of journey.touchpoints) {
    // As on screen, a card the grid cannot place (no stage at all) stays where it is on the free canvas.
    const at = grid?.positions[t.id] ?? layers?.positions[t.id] ?? t.position;
    cards.set(t.id, { x: at.x, y: at.y, width: TOUCHPOINT_WIDTH, height: heightOf(t.id) });
  }
  const columnsHeight = grid?.height ?? layers?.height ?? columnHeight(journey);
  const curveTop = columnsHeight + CURVE_GAP;
  const keyLines = pngCurveKeyLines(journey, personaId).map((_, i) => keyNameLines[i] ?? 1);
  const curveKey = placeKey(curveKeyBox(keyLines, width, curveTop + CURVE_HEIGHT + OVERHANG), cards.values());
  const partial = { columns, columnsHeight, lanes: grid?.lanes ?? [], layers, cards, curveTop, width, curveKey };
  return { ...partial, bounds: boundsOf(journey, partial) };
}

/** A card's drawn bottom edge: never shorter than TOUCHPOINT_HEIGHT, as boundsOf counts it. */
const cardBottom = (card: Box) => card.y + Math.max(card.height, TOUCHPOINT_HEIGHT);

/**
 * The key moved down below any card of the free canvas that would overlap it (with OVERHANG for shadows and
 * arrowheads): the cards taken from the topmost down, so one pass leaves it clear of them all.
 */
function placeKey(key: CurveKeyBox | null, cards: Iterable<Box>): CurveKeyBox | null {
  if (!key) return null;
  let { y } = key;
  const sorted = [...cards].sort((a, b) => a.y - b.y);
  for (const card of sorted) {
    const across = card.x - OVERHANG < key.x + key.width && card.x + card.width + OVERHANG > key.x;
    const down = card.y - OVERHANG < y + key.height && cardBottom(card) + OVERHANG > y;
    if (across && down) y = cardBottom(card) + OVERHANG;
  }
  return { ...key, y };
}

function boundsOf(journey: Journey, g: Omit<MapGeometry, 'bounds'>): Box {
  let left = 0;
  let top = 0;
  let right = g.width;
  let bottom = g.curveTop + CURVE_HEIGHT;
  for (const card of g.cards.values()) {
    left = Math.min(left, card.x - OVERHANG);
    top = Math.min(top, card.y - OVERHANG);
    right = Math.max(right, card.x + card.width + OVERHANG);
    bottom = Math.max(bottom, cardBottom(card) + OVERHANG);
  }
  // A point whose stage is gone sits under its card's free-canvas x, even outside the band.
  for (const point of emotionCurvePoints(journey)) {
    left = Math.min(left, point.x - OVERHANG);
    right = Math.max(right, point.x + OVERHANG);
  }
  bottom = Math.max(bottom, g.curveTop + CURVE_HEIGHT + OVERHANG);
  if (g.curveKey) {
    right = Math.max(right, g.curveKey.x + g.curveKey.width);
    bottom = Math.max(bottom, g.curveKey.y + g.curveKey.height);
  }
  const x = Math.floor(left - MAP_MARGIN);
  const y = Math.floor(top - MAP_MARGIN);
  return { x, y, width: Math.ceil(right + MAP_MARGIN) - x, height: Math.ceil(bottom + MAP_MARGIN) - y };
}

/** The whole map's bounds in canvas units: columns, every card wherever it is, the curve band, a margin. */
export function mapBounds(
  journey: Journey,
  view: MapView,
  cardHeights?: Readonly<Record<string, number | undefined>>,
): Box {
  return mapGeometry(journey, view, { cardHeights }).bounds;
}
