import { CARD_KPIS } from '../kpiCard';
import type { Touchpoint } from '../journey';
import { MIN_COLUMN_HEIGHT, ROW_GAP, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../layout';
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

/**
 * A card's height as the model can know it without drawing it, in canvas units: the layout's row
 * (TOUCHPOINT_HEIGHT), or more for a long title or a KPI line (estimatedCardSize). What commands place
 * cards by and the stage columns are sized by.
 */
export function modelCardHeight(touchpoint: Parameters<typeof estimatedCardSize>[0]): number {
  return Math.max(TOUCHPOINT_HEIGHT, estimatedCardSize(touchpoint).height);
}

/**
 * Height the stage columns need to hold every touchpoint, in canvas units: below the lowest card's foot
 * (modelCardHeight, so a card whose long title wraps stays inside its column and off the emotion curve
 * drawn under the columns) with two row gaps, and at least MIN_COLUMN_HEIGHT. One definition for the
 * canvas and the PNG.
 */
export function columnHeight(journey: { touchpoints: readonly Touchpoint[] }): number {
  let bottom = MIN_COLUMN_HEIGHT;
  for (const t of journey.touchpoints) bottom = Math.max(bottom, t.position.y + modelCardHeight(t) + ROW_GAP * 2);
  return bottom;
}
