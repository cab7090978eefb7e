import { LANE_LABEL_HEIGHT, LANE_PADDING } from './blueprint';
import type { Journey, Position, Stage, Touchpoint } from './journey';
import {
  ROW_GAP,
  STAGE_HEADER_HEIGHT,
  TOUCHPOINT_HEIGHT,
  TOUCHPOINT_WIDTH,
  journeyWidth,
  stageAtX,
  stageColumns,
} from './layout';
import { LAYER_LOOK } from './look/layers';
import { findEntry, type ResolvedVocabularyEntry } from './vocabulary';

/**
 * The layered service blueprint (Shostack 1984; Bitner, Ostrom & Morgan 2008): stage columns, and as rows
 * customer actions / frontstage / line of visibility / backstage / support processes. One definition of
 * which touchpoint and which text lands in which row and column, read by the canvas, the PNG and the PDF.
 *
 * How the journey model maps onto the rows (a touchpoint is drawn once, as a card; the rows below it hold
 * notes about it, in the same column and the same order):
 * - customer actions: every touchpoint's card. A touchpoint is an interaction as the customer lives it,
 *   named from their side ("Llamo para reclamar"), so the card is the customer's action.
 * - frontstage: for each touchpoint whose owning function is frontstage (not marked backstage), a note
 *   naming that function and the channel it meets the customer through: who the customer sees, and where.
 *   A touchpoint with no function, or one the journey does not know, has no frontstage note: the model
 *   does not say who serves it.
 * - line of visibility: drawn between frontstage and backstage.
 * - backstage: for each touchpoint whose function is marked backstage, or that has backstage text, one
 *   note: the function's name when it works unseen, and the touchpoint's `backstage` text.
 * - support processes: for each touchpoint with `support` text, a note with it.
 * Which functions are backstage: the built-in defaults (vocabulary.ts) and each custom function's flag.
 */

/** The two blueprint layouts: one lane per owning function, or the layers of the practice. */
export const BLUEPRINT_LAYOUTS = ['functions', 'layers'] as const;
export type BlueprintLayoutKind = (typeof BLUEPRINT_LAYOUTS)[number];

/** True when the value names a blueprint layout. */
export function isBlueprintLayout(value: unknown): value is BlueprintLayoutKind {
  return (BLUEPRINT_LAYOUTS as readonly unknown[]).includes(value);
}

/** The rows, top to bottom; the line of visibility runs between frontstage and backstage. */
export const LAYERS = ['customer', 'frontstage', 'backstage', 'support'] as const;
export type Layer = (typeof LAYERS)[number];
export type NoteLayer = Exclude<Layer, 'customer'>;
/** The rows that hold notes (the customer row holds the cards), top to bottom. */
export const NOTE_LAYERS: readonly NoteLayer[] = ['frontstage', 'backstage', 'support'];
/** The layer above the line of visibility. */
export const ABOVE_VISIBILITY: Layer = 'frontstage';

/** What a row below the customer's shows about one touchpoint. */
export interface LayerNote {
  /** `<touchpoint id>:<layer>`: unique on the canvas, never a touchpoint id. */
  id: string;
  touchpointId: string;
  layer: NoteLayer;
  /** The owning function's name when the note stands for it (frontstage, backstage function), else ''. */
  heading: string;
  /** Frontstage: the channel's name ('' when none); backstage: the backstage text; support: the support text. */
  text: string;
  /** The owning function's colour, or '' when the note has no function. */
  color: string;
}

/** The rows' contents by stage index (journey order): cards in the customer row, notes below it. */
export interface LayeredBlueprint {
  customer: Touchpoint[][];
  notes: Record<NoteLayer, LayerNote[][]>;
}

/** The stage column a touchpoint is drawn in: its stage, else the one under its card; -1 with no stages. */
export function blueprintStageIndex(stages: readonly Stage[], t: Pick<Touchpoint, 'stageId' | 'position'>): number {
  const own = stages.findIndex((s) => s.id === t.stageId);
  if (own >= 0) return own;
  const under = stageAtX(stages, t.position.x + TOUCHPOINT_WIDTH / 2);
  return under ? stages.indexOf(under) : -1;
}

/** Notes about one touchpoint, by layer (see the module's comment for the mapping). */
function notesOf(
  t: Touchpoint,
  functions: readonly ResolvedVocabularyEntry[],
  channels: readonly ResolvedVocabularyEntry[],
): LayerNote[] {
  const fn = findEntry(functions, t.functionId);
  const note = (layer: NoteLayer, heading: string, text: string): LayerNote => ({
    id: `${t.id}:${layer}`,
    touchpointId: t.id,
    layer,
    heading,
    text,
    color: heading ? (fn?.color ?? '') : '',
  });
  const notes: LayerNote[] = [];
  if (fn && !fn.backstage) notes.push(note('frontstage', fn.label, findEntry(channels, t.channelId)?.label ?? ''));
  const backstage = t.backstage.trim();
  if (fn?.backstage || backstage) notes.push(note('backstage', fn?.backstage ? fn.label : '', backstage));
  const support = t.support.trim();
  if (support) notes.push(note('support', '', support));
  return notes;
}

/**
 * Sorts the journey into the layered blueprint's cells. Within a column, cards and notes follow the cards'
 * free-canvas order (top to bottom, then left to right), so a note sits in the same place of its row as its
 * card does above. Touchpoints of a journey with no stages land nowhere.
 */
export function layeredBlueprint(
  journey: Pick<Journey, 'stages' | 'touchpoints'>,
  functions: readonly ResolvedVocabularyEntry[],
  channels: readonly ResolvedVocabularyEntry[],
): LayeredBlueprint {
  const columns = () => journey.stages.map((): never[] => []);
  const customer: Touchpoint[][] = columns();
  const notes: Record<NoteLayer, LayerNote[][]> = {
    frontstage: columns(),
    backstage: columns(),
    support: columns(),
  };
  const ordered = [...journey.touchpoints].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  for (const t of ordered) {
    const stage = blueprintStageIndex(journey.stages, t);
    if (stage < 0) continue;
    customer[stage].push(t);
    for (const n of notesOf(t, functions, channels)) notes[n.layer][stage].push(n);
  }
  return { customer, notes };
}

/** A note's padding above and below its text, and its line height, in canvas units (look/layers.ts). */
export const NOTE_PAD = LAYER_LOOK.note.padY;
export const NOTE_LINE = LAYER_LOOK.note.line;
/** Width of a note's text: the card's width less the padding on both sides and the colour edge. */
export const NOTE_TEXT_WIDTH = TOUCHPOINT_WIDTH - 2 * LAYER_LOOK.note.padX - LAYER_LOOK.note.edge;
// How many characters of an average text fit on one line of a note: the estimate's only guess.
const NOTE_CHARS_PER_LINE = 30;
/** Least height of a note, in canvas units. */
export const NOTE_MIN_HEIGHT = 2 * NOTE_PAD + NOTE_LINE;

/** A note's height for its heading (if any) and its text's line count, in canvas units. */
export function noteHeight(hasHeading: boolean, textLines: number): number {
  return Math.max(NOTE_MIN_HEIGHT, 2 * NOTE_PAD + (hasHeading ? NOTE_LINE : 0) + textLines * NOTE_LINE);
}
/** Height of the band holding the line of visibility and its label, between frontstage and backstage. */
export const VISIBILITY_BAND = 32;

/** A note's height before it is drawn, from its text's length and line breaks, in canvas units. */
export function estimatedNoteHeight(note: Pick<LayerNote, 'heading' | 'text'>): number {
  const lines = note.text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / NOTE_CHARS_PER_LINE)), 0);
  return noteHeight(note.heading !== '', note.text ? lines : 0);
}

/** One row of the layered blueprint on the canvas: its layer, top and height, in canvas units. */
export interface LayerRowLayout {
  layer: Layer;
  y: number;
  height: number;
}

/** A note placed on the canvas: its top-left, width and height, in canvas units. */
export interface PlacedNote extends Position {
  note: LayerNote;
  width: number;
  height: number;
}

/** The layered blueprint laid out for the canvas and the PNG: rows, the line, cards and notes. */
export interface LayeredLayout {
  rows: LayerRowLayout[];
  /** The line of visibility's y, in the middle of its band. */
  visibilityY: number;
  /** Top-left of each touchpoint's card, by touchpoint id. */
  positions: Record<string, Position>;
  notes: PlacedNote[];
  width: number;
  /** From y = 0 (top of the stage headers) to the bottom of the support row. */
  height: number;
}

/**
 * Places the layered blueprint in canvas units: rows as tall as their fullest cell (at least one card or
 * note, so an empty row still shows), a label strip LANE_LABEL_HEIGHT tall on top of each row as in the
 * lanes layout, and the line of visibility's band between frontstage and backstage. `heights` gives drawn
 * heights by card or note id; a card defaults to TOUCHPOINT_HEIGHT, a note to its estimate.
 */
export function layeredLayout(
  journey: Pick<Journey, 'stages'>,
  blueprint: LayeredBlueprint,
  heights: Readonly<Record<string, number | undefined>> = {},
): LayeredLayout {
  const columns = stageColumns(journey.stages);
  const positions: Record<string, Position> = {};
  const notes: PlacedNote[] = [];
  const rows: LayerRowLayout[] = [];
  let visibilityY = 0;
  let y = STAGE_HEADER_HEIGHT;
  for (const layer of LAYERS) {
    const top = y + LANE_LABEL_HEIGHT + LANE_PADDING;
    let tallest = layer === 'customer' ? TOUCHPOINT_HEIGHT : NOTE_MIN_HEIGHT;
    columns.forEach((column, index) => {
      const x = column.x + Math.max(0, (column.width - TOUCHPOINT_WIDTH) / 2);
      let itemY = top;
      if (layer === 'customer') {
        for (const t of blueprint.customer[index] ?? []) {
          positions[t.id] = { x, y: itemY };
          itemY += Math.max(TOUCHPOINT_HEIGHT, heights[t.id] ?? 0) + ROW_GAP;
        }
      } else {
        for (const note of blueprint.notes[layer][index] ?? []) {
          const height = heights[note.id] ?? estimatedNoteHeight(note);
          notes.push({ note, x, y: itemY, width: TOUCHPOINT_WIDTH, height });
          itemY += height + ROW_GAP / 2;
        }
      }
      const gap = layer === 'customer' ? ROW_GAP : ROW_GAP / 2;
      tallest = Math.max(tallest, itemY - gap - top);
    });
    const height = LANE_LABEL_HEIGHT + 2 * LANE_PADDING + tallest;
    rows.push({ layer, y, height });
    y += height;
    if (layer === ABOVE_VISIBILITY) {
      visibilityY = y + VISIBILITY_BAND / 2;
      y += VISIBILITY_BAND;
    }
  }
  return { rows, visibilityY, positions, notes, width: journeyWidth(journey), height: y };
}
