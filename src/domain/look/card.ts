import { TOUCHPOINT_WIDTH } from '../layout';
import { BODY_LEADING, RADIUS } from './themes';

/**
 * The touchpoint card's box model, in CSS px (canvas units): the one definition the screen's `.touchpoint`
 * rules (through the `--card-*` custom properties css.ts writes), the PNG exporter and the canvas's size
 * estimates read. Font sizes are px; leadings are multiples of the font size.
 */
export const CARD = {
  width: TOUCHPOINT_WIDTH,
  minHeight: 120,
  radius: RADIUS,
  /** Left and right padding of the title and meta rows. */
  padX: 10,
  /** The owning function's colour band on top, with the marker badges on its right. */
  band: {
    padX: 8,
    padY: 3,
    size: 11,
    /** Letter spacing of the upper-case owner label, em. */
    tracking: 0.02,
    leading: BODY_LEADING,
    /** Diameter of a marker badge (moment of truth, pain point) and the space between two. */
    badge: 18,
    badgeGap: 4,
  },
  title: { padTop: 8, padBottom: 4, size: 14, leading: 1.3, weight: 650 },
  /**
   * The KPI line under the title (domain/kpiCard.ts), only on a card with a measure set; it wraps onto more
   * lines rather than cut a figure.
   */
  kpis: { padBottom: 2, size: 11, leading: BODY_LEADING, weight: 600 },
  /** Channel and emotion at the foot; they wrap onto two rows when one is too narrow. */
  meta: { padTop: 4, padBottom: 8, size: 12, leading: BODY_LEADING, gap: 8, rowGap: 4 },
  /** The light theme's --shadow as one Canvas 2D shadow, for the PNG. */
  shadow: { color: 'rgb(15 23 42 / 12%)', blur: 8, offsetY: 2 },
} as const;

/** The projector theme's larger card type, px: cards grow taller rather than clip. */
export const PROJECTOR_CARD_TYPE = { titleSize: 16, bandSize: 13, metaSize: 13, kpisSize: 12 } as const;

/** Height of one title line, px. */
export const CARD_TITLE_LINE = CARD.title.size * CARD.title.leading;
/** Height of one meta row (channel or emotion), px. */
export const CARD_META_LINE = CARD.meta.size * CARD.meta.leading;

/** Height of one line of the KPI row, px. */
export const CARD_KPI_LINE = CARD.kpis.size * CARD.kpis.leading;

/** Height of the owner band: one label line, or a badge when the card has a marker, plus its padding. */
export function cardBandHeight(hasBadges: boolean): number {
  const line = CARD.band.size * CARD.band.leading;
  return (hasBadges ? Math.max(line, CARD.band.badge) : line) + CARD.band.padY * 2;
}
