import { CARD, PROJECTOR_CARD_TYPE } from '../domain/look/card';
import { FONT_STACK, THEMES } from '../domain/look/themes';

/** The owner label's largest type of any theme (px) and its weight, as TouchpointNode.css sets them. */
const SIZE = Math.max(CARD.band.size, PROJECTOR_CARD_TYPE.bandSize);
const FONT = `700 ${SIZE}px ${FONT_STACK}`;
/** The widest card border of any theme (px). */
const BORDER = Math.max(...Object.values(THEMES).map((theme) => theme.cardBorderWidth));
/** The flex gap between the label and the badges (TouchpointNode.css), and a margin for rounding. */
const GAP = 6;
const SLACK = 4;

/** The width (px) the owner label has beside `badges` marker badges, in the narrowest theme. */
function roomFor(badges: number): number {
  const badgeWidth = badges > 0 ? badges * CARD.band.badge + (badges - 1) * CARD.band.badgeGap + GAP : 0;
  return CARD.width - 2 * BORDER - 2 * CARD.band.padX - badgeWidth - SLACK;
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** The label's width (px) upper-cased in the band's font and tracking, or null where nothing can measure it. */
function labelWidth(label: string): number | null {
  let width = widths.get(label);
  if (width !== undefined) return width;
  context ??= typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return null;
  context.font = FONT;
  const upper = label.toUpperCase();
  // Tracking is added after every character; counting UTF-16 units over-counts, which errs on the safe side.
  width = context.measureText(upper).width + upper.length * CARD.band.tracking * SIZE;
  widths.set(label, width);
  return width;
}

/**
 * Whether a card's owner label fits its band beside `badges` badges in every theme, so the card can draw it
 * without the clip that ellipsizes a long one. A clip inside a card made Chromium repaint the whole page on
 * every frame of a pan (as the badges' visually hidden labels did): only a label that may overflow gets one.
 * Measured once per label with a Canvas 2D context; where there is none (tests), every label is clipped.
 */
export function ownerLabelFits(label: string, badges: number): boolean {
  const width = labelWidth(label);
  return width !== null && width <= roomFor(badges);
}
