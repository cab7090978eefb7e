import type { Layer } from '../blueprintLayers';
import type { ThemeColors } from './themes';

/** A colour of the theme by its token, so the screen follows its theme and the exports draw the light one. */
type Token = keyof ThemeColors;

/**
 * The layered service blueprint's look: the one definition the canvas (BlueprintLayerNodes.css, through the
 * `--layer-*`, `--visibility-*` and `--note-*` custom properties css.ts writes and the row colour each row
 * sets), the PNG (export/png/layers.ts) and the PDF grid (export/pdf) draw with. Colours are theme tokens;
 * washes are how much of a colour lies over the background (0..1); lengths are CSS px (canvas units). The
 * PDF keeps its own paper sizes (geometry.ts) and takes colours, washes and proportions from here. Where
 * each row and note sits is blueprintLayers.ts's business.
 */
export const LAYER_LOOK = {
  /** The colour a row's body is washed with: the customer's row in the accent, the rows behind it muted. */
  rowColor: {
    customer: 'accent',
    frontstage: 'textMuted',
    backstage: 'textMuted',
    support: 'textMuted',
  } as const satisfies Record<Layer, Token>,
  rowWash: 0.06,
  /** The strip naming a row: a wash of the accent, a solid edge of it on the left, the name in bold. */
  strip: { color: 'accent' as Token, wash: 0.12, edge: 4, padX: 10 },
  label: { size: 13, weight: 700 },
  /** The line of visibility: its name in upper case, then a dashed line to the band's end. */
  visibility: {
    color: 'text' as Token,
    lineWidth: 2,
    /** Dash and gap, in line widths (so a thinner line on paper keeps the same rhythm). */
    dash: [3, 2],
    /** From the band's edges to the name and the line, and from the name to the line. */
    padX: 10,
    gap: 10,
    label: { size: 12, weight: 700, tracking: 0.04, upperCase: true },
  },
  /**
   * A note below the customer's row: a card with its function's colour (or the border's) on its left edge;
   * `line` is the height of each line of text (heading and body), which the layout counts in.
   */
  note: {
    radius: 6,
    edge: 4,
    padX: 12,
    padY: 10,
    size: 13,
    line: 18,
    fill: 'surface' as Token,
    stroke: 'border' as Token,
  },
} as const;

/** The line of visibility's dash pattern for a line `width` wide, in the same units. */
export function visibilityDash(width: number): number[] {
  return LAYER_LOOK.visibility.dash.map((n) => n * width);
}
