import { personaLabel, shownEmotion, shownPersonaId } from '../../domain/personas';
import { measureStrings, type MeasureStrings } from './measureStrings';
import { blueprintLanes } from '../../domain/blueprint';
import type { BlueprintLayoutKind, LayerNote } from '../../domain/blueprintLayers';
import { averageEmotion } from '../../domain/emotionCurve';
import type { Connection, Emotion, Journey, Stage, Touchpoint } from '../../domain/journey';
import type { KpiScale } from '../../domain/kpiOverlay';
import type { KpiField } from '../../domain/fields';
import type { Locale } from '../../domain/locale';
import { channelsOf, findEntry, functionsOf, type ResolvedVocabularyEntry } from '../../domain/vocabulary';
import type { NamedCurveLine } from '../../i18n/curveLineName';
import { fixedT } from '../../i18n/fixedT';
import { placeCards } from './cardPlacement';
import { curveModel, curveOverlay } from './curveModel';
import { layerGrid } from './layerGrid';
import { pdfStrings, type PdfStrings } from './pdfStrings';

/**
 * A row of the PDF blueprint: an owning function with touchpoints, or the "no function" lane; in the
 * layered blueprint a layer (id: the layer's name) or the line of visibility (id VISIBILITY_LANE, layerGrid.ts).
 */
export interface PdfLane {
  id: string | null;
  label: string;
  color: string;
  /** Cards stacked in the fullest cell of the lane (at least 1). */
  rows: number;
}

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

/** A curve drawn thin and dashed under the chosen persona's: another persona's, or the delivered experience. */
export interface PdfCurveSeries {
  /** Another persona's curve, or the delivered experience (drawn first, under the personas', as on screen). */
  kind: 'persona' | 'delivered';
  /** What the legend calls it: the persona's name, or the delivered experience. */
  label: string;
  /** Its screen colour (domain/look/colors.ts) and dash pattern (CURVE.series, in screen units: drawCurve scales it). */
  color: string;
  dash: readonly number[];
  points: PdfCurvePoint[];
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
  /** The shown persona's (PdfModel.shownPersona). */
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
  /**
   * The persona whose emotions the cards, the appendix's emotion columns and the cover's average show, as on
   * screen (shownPersonaId): null for the main one.
   */
  shownPersona: string | null;
  /** What the PDF calls that persona (personaLabel: "Persona 3" when unnamed), to say whose they are; or null. */
  shownPersonaName: string | null;
  /** The chosen persona's curve (the main one unless chosen on screen), drawn solid with its marks. */
  curve: PdfCurvePoint[];
  /**
   * The lines the legend names (domain curveLines, keyedLines), the solid one first, each with its name (a
   * persona's, or the word "emotion" without personas); none when the band draws one line.
   */
  curveKey: NamedCurveLine[];
  /** The other personas' curves and the delivered experience, drawn dashed under it. */
  series: PdfCurveSeries[];
  /**
   * The moments of truth and pain points the chosen persona has no emotion for (curveSeries' `unrated`): their
   * marks around a hollow dashed ring at CURVE.unrated.level (their `emotion`), with no dot.
   */
  unrated: PdfCurvePoint[];
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

/**
 * Derives the PDF's model: lanes with touchpoints only, cards in cells, links, curves (the persona chosen
 * on screen, `personaId`, solid; the KPI `overlay` the user picked, if any) and counts; the grid by owning
 * function, or the layered blueprint when `layout` is 'layers'.
 */
export function buildPdfModel(
  journey: Journey,
  locale: Locale,
  {
    overlay = null,
    layout = 'functions',
    personaId = null,
  }: { overlay?: KpiField | null; layout?: BlueprintLayoutKind; personaId?: string | null } = {},
): PdfModel {
  const strings = pdfStrings(locale);
  const shownPersona = shownPersonaId(journey, personaId);
  const shownIndex = journey.personas.findIndex((p) => p.id === shownPersona);
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
    shownPersona,
    shownPersonaName:
      shownIndex < 0 ? null : personaLabel(journey.personas[shownIndex].name, shownIndex + 1, strings.personaNumbered),
    ...curveModel(journey, cardById, personaId, fixedT(locale)),
    overlay: overlay ? curveOverlay(journey, cardById, overlay) : null,
    stats: {
      stages: journey.stages.length,
      touchpoints: journey.touchpoints.length,
      momentsOfTruth: journey.touchpoints.filter((t) => t.momentOfTruth).length,
      painPoints: journey.touchpoints.filter((t) => t.painPoint).length,
      handoffs: journey.connections.filter((c) => isHandoff(journey, c)).length,
      averageEmotion: averageEmotion(journey, (t) => shownEmotion(t, shownPersona)),
    },
    channelOf: (t) => findEntry(channels, t.channelId),
    functionOf: (t) => findEntry(functions, t.functionId),
  };
}
