import { CARD_KPIS } from '../kpiCard';
import type { Touchpoint } from '../journey';
import { TOUCHPOINT_WIDTH } from '../layout';
import { CARD, CARD_KPI_LINE, CARD_META_LINE, CARD_TITLE_LINE, cardBandHeight } from './card';

/** A width and a height, in canvas units. */
export interface Dimensions {
  width: number;
  height: number;
}

// How many characters of an average title fit on one line of a card: the estimate's only guess.
const TITLE_CHARS_PER_LINE = 26;
// Everything around the title lines: the band, the title's padding, one meta row, the borders.
const CARD_CHROME =
  cardBandHeight(false) +
  CARD.title.padTop +
  CARD.title.padBottom +
  CARD.meta.padTop +
  CARD_META_LINE +
  CARD.meta.padBottom +
  2;

/**
 * A card's size before the browser has drawn it, from its title's length and whether it has a KPI line, in
 * canvas units. React Flow draws every node it has no size for just to measure it, which on opening a map of
 * thousands of cards means drawing them all; given this estimate as the node's initialWidth/initialHeight
 * (and its handles, so edges can be drawn too) it draws only the cards on screen and measures those.
 * Commands that place cards below others (deleting a stage) use it too, as they cannot measure.
 */
export function estimatedCardSize(
  touchpoint: Pick<Touchpoint, 'title'> & Partial<Pick<Touchpoint, (typeof CARD_KPIS)[number]>>,
): Dimensions {
  const lines = Math.max(1, Math.ceil(touchpoint.title.length / TITLE_CHARS_PER_LINE));
  // A card with a measure has its KPI line (one line, as most are).
  const kpis = CARD_KPIS.some((field) => (touchpoint[field] ?? null) !== null)
    ? CARD_KPI_LINE + CARD.kpis.padBottom
    : 0;
  return {
    width: TOUCHPOINT_WIDTH,
    height: Math.max(CARD.minHeight, CARD_CHROME + lines * CARD_TITLE_LINE + kpis),
  };
}
