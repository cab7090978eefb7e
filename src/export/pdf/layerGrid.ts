import { LAYERS, layeredBlueprint, type Layer } from '../../domain/blueprintLayers';
import type { Journey } from '../../domain/journey';
import { LAYER_LOOK } from '../../domain/look/layers';
import { THEMES } from '../../domain/look/themes';
import type { ResolvedVocabularyEntry } from '../../domain/vocabulary';
import type { PdfCard, PdfLane, PdfNote } from './model';
import type { PdfStrings } from './pdfStrings';

/** Id of the layered grid's band that draws the line of visibility. */
export const VISIBILITY_LANE = 'visibility';

/** Which of the PDF's words names each layer. */
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
export function layerGrid(
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
