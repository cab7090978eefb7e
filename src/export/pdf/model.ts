import { measureStrings, type MeasureStrings } from './measureStrings';
import { blueprintLanes } from '../../domain/blueprint';
import {
  LAYERS,
  layeredBlueprint,
  type BlueprintLayoutKind,
  type Layer,
  type LayerNote,
} from '../../domain/blueprintLayers';
import { averageEmotion, journeyOrder } from '../../domain/emotionCurve';
import type { Connection, Emotion, Journey, Stage, Touchpoint } from '../../domain/journey';
import { TOUCHPOINT_WIDTH, stageAtX } from '../../domain/layout';
import { LAYER_LOOK } from '../../domain/look/layers';
import { THEMES } from '../../domain/look/themes';
import { cardKpiText } from '../../domain/kpiCard';
import { kpiScale, type KpiScale } from '../../domain/kpiOverlay';
import type { KpiField } from '../../domain/fields';
import type { Locale } from '../../domain/locale';
import { channelsOf, findEntry, functionsOf, type ResolvedVocabularyEntry } from '../../domain/vocabulary';
import { pdfStrings, type PdfStrings } from './pdfStrings';

/**
 * A row of the PDF blueprint: an owning function with touchpoints, or the "no function" lane; in the
 * layered blueprint a layer (id: the layer's name) or the line of visibility (id VISIBILITY_LANE).
 */
export interface PdfLane {
  id: string | null;
  label: string;
  color: string;
  /** Cards stacked in the fullest cell of the lane (at least 1). */
  rows: number;
}

/** Id of the layered grid's band that draws the line of visibility. */
export const VISIBILITY_LANE = 'visibility';

/**
 * A touchpoint placed in the grid: its function's lane index (in `lanes`, which the appendix groups by),
 * the grid row it is drawn in (in `gridLanes`: the same lane, or the customer layer), its stage (column)
 * index and its row within its grid cell.
 */
export interface PdfCard {
  touchpoint: Touchpoint;
  lane: number;
  gridLane: number;
  stage: number;
  row: number;
}

/** A note of the layered blueprint in its grid cell: grid lane index, stage index, row within the cell. */
export interface PdfNote {
  note: LayerNote;
  gridLane: number;
  stage: number;
  row: number;
}

/** A connection between two placed cards. */
export interface PdfLink {
  connection: Connection;
  from: PdfCard;
  to: PdfCard;
  handoff: boolean;
}

/** A touchpoint on the emotion curve; `at` is its column position: stage index plus a fraction in (0, 1). */
export interface PdfCurvePoint {
  touchpointId: string;
  emotion: Emotion;
  momentOfTruth: boolean;
  painPoint: boolean;
  at: number;
}

/** A touchpoint's measure over the curve, placed as its curve point would be (`at`, as PdfCurvePoint). */
export interface PdfOverlayPoint {
  touchpointId: string;
  value: number;
  at: number;
}

/** The measure the user drew over the emotion curve on screen, on its own scale (domain/kpiOverlay.ts). */
export interface PdfCurveOverlay {
  field: KpiField;
  scale: KpiScale;
  points: PdfOverlayPoint[];
}

export interface PdfStats {
  stages: number;
  touchpoints: number;
  momentsOfTruth: number;
  painPoints: number;
  handoffs: number;
  averageEmotion: number | null;
}

/** Everything the PDF shows, derived once from the journey and labelled in the export language. */
export interface PdfModel {
  journey: Journey;
  locale: Locale;
  strings: PdfStrings;
  /** The words of the measures' tables and legend (measureStrings.ts). */
  measures: MeasureStrings;
  stages: Stage[];
  /** The function lanes with touchpoints, in lane order: what the appendix and the legend group by. */
  lanes: PdfLane[];
  /** Which rows the grid draws: lanes by owning function, or the layers. */
  layout: BlueprintLayoutKind;
  /** The rows the grid draws: the function lanes, or the layers with the line of visibility's band. */
  gridLanes: PdfLane[];
  /** The layered grid's frontstage, backstage and support notes; empty for the function lanes. */
  notes: PdfNote[];
  cards: PdfCard[];
  cardById: Map<string, PdfCard>;
  links: PdfLink[];
  curve: PdfCurvePoint[];
  /** The KPI drawn over the curve, when the user picked one; null otherwise. */
  overlay: PdfCurveOverlay | null;
  stats: PdfStats;
  channelOf: (t: Touchpoint) => ResolvedVocabularyEntry | undefined;
  functionOf: (t: Touchpoint) => ResolvedVocabularyEntry | undefined;
}

/** A connection between touchpoints of two different, set owning functions. */
export function isHandoff(journey: Pick<Journey, 'touchpoints'>, connection: Connection): boolean {
  const owner = (id: string) => journey.touchpoints.find((t) => t.id === id)?.functionId ?? null;
  const from = owner(connection.from);
  const to = owner(connection.to);
  return from !== null && to !== null && from !== to;
}

/** The stage column a touchpoint is drawn in, as on the canvas blueprint: its stage, else the one under it. */
function stageIndexOf(stages: readonly Stage[], t: Touchpoint): number {
  const own = stages.findIndex((s) => s.id === t.stageId);
  if (own >= 0) return own;
  const under = stageAtX(stages, t.position.x + TOUCHPOINT_WIDTH / 2);
  return under ? stages.indexOf(under) : -1;
}

function placeCards(journey: Journey, laneIds: readonly (string | null)[]): PdfCard[] {
  const laneOf = (t: Touchpoint) => {
    const own = laneIds.indexOf(t.functionId);
    return own >= 0 ? own : laneIds.indexOf(null);
  };
  const cells = new Map<string, Touchpoint[]>();
  const cards: PdfCard[] = [];
  for (const t of journey.touchpoints) {
    const lane = laneOf(t);
    const stage = stageIndexOf(journey.stages, t);
    if (lane < 0 || stage < 0) continue;
    const key = `${lane}:${stage}`;
    cells.set(key, [...(cells.get(key) ?? []), t]);
    cards.push({ touchpoint: t, lane, gridLane: lane, stage, row: 0 });
  }
  for (const cell of cells.values()) {
    cell.sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  }
  for (const card of cards) {
    card.row = cells.get(`${card.lane}:${card.stage}`)!.indexOf(card.touchpoint);
  }
  return cards;
}

/**
 * The touchpoints `plotted` picks, in journey order, each with its column position: its stage plus a
 * fraction, evenly spread across the stage's column in that order.
 */
function spread(
  journey: Journey,
  cardById: Map<string, PdfCard>,
  plotted: (t: Touchpoint) => boolean,
): { touchpoint: Touchpoint; at: number }[] {
  const placed = journeyOrder(journey).filter((t) => plotted(t) && cardById.has(t.id));
  // journeyOrder ranks a touchpoint with a missing stage last; the grid draws it under its x, so re-sort stably.
  placed.sort((a, b) => cardById.get(a.id)!.stage - cardById.get(b.id)!.stage);
  const perStage = new Map<number, number>();
  for (const t of placed) perStage.set(cardById.get(t.id)!.stage, (perStage.get(cardById.get(t.id)!.stage) ?? 0) + 1);
  const seen = new Map<number, number>();
  return placed.map((t) => {
    const stage = cardById.get(t.id)!.stage;
    const index = seen.get(stage) ?? 0;
    seen.set(stage, index + 1);
    return { touchpoint: t, at: stage + (index + 0.5) / perStage.get(stage)! };
  });
}

function curvePoints(journey: Journey, cardById: Map<string, PdfCard>): PdfCurvePoint[] {
  return spread(journey, cardById, (t) => t.emotion !== null).map(({ touchpoint: t, at }) => ({
    touchpointId: t.id,
    emotion: t.emotion!,
    momentOfTruth: t.momentOfTruth,
    painPoint: t.painPoint,
    at,
  }));
}

function curveOverlay(journey: Journey, cardById: Map<string, PdfCard>, field: KpiField): PdfCurveOverlay {
  const points = spread(journey, cardById, (t) => t[field] !== null).map(({ touchpoint: t, at }) => ({
    touchpointId: t.id,
    value: t[field]!,
    at,
  }));
  return {
    field,
    scale: kpiScale(
      field,
      points.map((p) => p.value),
    ),
    points,
  };
}

/**
 * Every text of the journey the PDF may print, and its own words: what decides its font (text.ts).
 */
export function* printedTexts(model: PdfModel): Iterable<string> {
  const { journey } = model;
  yield journey.name;
  for (const persona of journey.personas) {
    yield persona.name;
    yield persona.description;
  }
  yield journey.description;
  for (const stage of journey.stages) yield stage.name;
  for (const t of journey.touchpoints) {
    yield t.title;
    yield t.description;
    yield t.notes;
    yield t.painNote;
    yield t.backstage;
    yield t.support;
    yield cardKpiText(t, model.locale);
    const channel = model.channelOf(t);
    if (channel) yield channel.label;
  }
  for (const lane of model.gridLanes) yield lane.label;
  for (const lane of model.lanes) yield lane.label;
  for (const c of journey.connections) yield c.label;
  for (const word of Object.values(model.strings)) if (typeof word === 'string') yield word;
  for (const o of journey.opportunities) yield o.title;
  for (const word of Object.values(model.measures)) {
    if (typeof word === 'string') yield word;
    else yield* Object.values(word);
  }
}

const LAYER_WORD: Record<Layer, 'layerCustomer' | 'layerFrontstage' | 'layerBackstage' | 'layerSupport'> = {
  customer: 'layerCustomer',
  frontstage: 'layerFrontstage',
  backstage: 'layerBackstage',
  support: 'layerSupport',
};
/** The layers' colours as the canvas draws them (look/layers.ts), in the light theme the PDF prints in. */
const LIGHT = THEMES.light.colors;

/**
 * The layered grid (blueprintLayers.ts decides which touchpoint and text lands in which row and column):
 * its rows with the line of visibility's band after frontstage, the cards moved to the customer row, the
 * notes placed.
 */
function layerGrid(
  journey: Journey,
  strings: PdfStrings,
  functions: readonly ResolvedVocabularyEntry[],
  channels: readonly ResolvedVocabularyEntry[],
  cards: PdfCard[],
): { gridLanes: PdfLane[]; notes: PdfNote[]; cards: PdfCard[] } {
  const layered = layeredBlueprint(journey, functions, channels);
  const gridLanes: PdfLane[] = [];
  const notes: PdfNote[] = [];
  const where = new Map<string, { stage: number; row: number }>();
  for (const layer of LAYERS) {
    const gridLane = gridLanes.length;
    const cells = layer === 'customer' ? layered.customer : layered.notes[layer];
    if (layer === 'customer') {
      layered.customer.forEach((cell, stage) => cell.forEach((t, row) => where.set(t.id, { stage, row })));
    } else {
      layered.notes[layer].forEach((cell, stage) =>
        cell.forEach((note, row) => notes.push({ note, gridLane, stage, row })),
      );
    }
    const rows = Math.max(1, ...cells.map((cell) => cell.length));
    gridLanes.push({ id: layer, label: strings[LAYER_WORD[layer]], color: LIGHT[LAYER_LOOK.rowColor[layer]], rows });
    if (layer === 'frontstage')
      gridLanes.push({
        id: VISIBILITY_LANE,
        label: strings.visibility,
        color: LIGHT[LAYER_LOOK.visibility.color],
        rows: 1,
      });
  }
  const placed = cards.flatMap((c) => {
    const at = where.get(c.touchpoint.id);
    return at ? [{ ...c, gridLane: 0, ...at }] : [];
  });
  return { gridLanes, notes, cards: placed };
}

/**
 * Derives the PDF's model: lanes with touchpoints only, cards in cells, links, curve (with the KPI
 * `overlay` the user picked, if any) and counts; the grid by owning function, or the layered blueprint when
 * `layout` is 'layers'.
 */
export function buildPdfModel(
  journey: Journey,
  locale: Locale,
  { overlay = null, layout = 'functions' }: { overlay?: KpiField | null; layout?: BlueprintLayoutKind } = {},
): PdfModel {
  const strings = pdfStrings(locale);
  const channels = channelsOf(journey, locale);
  const functions = functionsOf(journey, locale);
  const allLanes = blueprintLanes(journey, functions, strings.noFunction);
  const allCards = placeCards(
    journey,
    allLanes.map((l) => l.id),
  );
  // Only lanes with touchpoints are printed; renumber the cards' lanes accordingly.
  const usedIndexes = allLanes.map((_, i) => i).filter((i) => allCards.some((c) => c.lane === i));
  const used = usedIndexes.map((i) => allLanes[i]);
  const byFunction = allCards.map((c) => ({
    ...c,
    lane: usedIndexes.indexOf(c.lane),
    gridLane: usedIndexes.indexOf(c.lane),
  }));
  const lanes = used.map((lane, i) => ({
    ...lane,
    rows: Math.max(1, ...byFunction.filter((c) => c.lane === i).map((c) => c.row + 1)),
  }));
  const grid =
    layout === 'layers'
      ? layerGrid(journey, strings, functions, channels, byFunction)
      : { gridLanes: lanes, notes: [], cards: byFunction };
  const { cards } = grid;
  const cardById = new Map(cards.map((c) => [c.touchpoint.id, c]));
  const links: PdfLink[] = [];
  for (const connection of journey.connections) {
    const from = cardById.get(connection.from);
    const to = cardById.get(connection.to);
    if (from && to) links.push({ connection, from, to, handoff: isHandoff(journey, connection) });
  }
  return {
    journey,
    locale,
    strings,
    measures: measureStrings(locale, journey.currency),
    stages: journey.stages,
    lanes,
    layout,
    gridLanes: grid.gridLanes,
    notes: grid.notes,
    cards,
    cardById,
    links,
    curve: curvePoints(journey, cardById),
    overlay: overlay ? curveOverlay(journey, cardById, overlay) : null,
    stats: {
      stages: journey.stages.length,
      touchpoints: journey.touchpoints.length,
      momentsOfTruth: journey.touchpoints.filter((t) => t.momentOfTruth).length,
      painPoints: journey.touchpoints.filter((t) => t.painPoint).length,
      handoffs: journey.connections.filter((c) => isHandoff(journey, c)).length,
      averageEmotion: averageEmotion(journey),
    },
    channelOf: (t) => findEntry(channels, t.channelId),
    functionOf: (t) => findEntry(functions, t.functionId),
  };
}
