import { shownEmotion } from '../../domain/personas';
import type { Emotion, Touchpoint } from '../../domain/journey';
import { cardKpiText } from '../../domain/kpiCard';
import type { Locale } from '../../domain/locale';
import { CARD, CARD_KPI_LINE, CARD_META_LINE, CARD_TITLE_LINE, cardBandHeight } from '../../domain/look/card';
import { NO_EMOTION_COLOR, NO_FUNCTION_COLOR } from '../../domain/look/colors';
import { inkOn } from '../../domain/look/ink';
import { THEMES } from '../../domain/look/themes';
import { baseDirection } from '../../domain/look/direction';
import { ellipsize, layoutLines, type TextLine } from '../../domain/look/wrap';
import { EMOTION_LABELS, findEntry, type ResolvedVocabularyEntry } from '../../domain/vocabulary';
import { fillCardFace } from './cardShadow';
import type { Box } from './geometry';
import type { MapLabels } from './labels';
import { circle, face, roundedRect, star, warning } from './shapes';
import { COLORS, font } from './theme';

// The card's box model is domain/look/card.ts, which the screen's .touchpoint rules read too.
const { band: BAND, title: TITLE, kpis: KPIS, meta: META, padX: PAD_X } = CARD;
const BORDER = THEMES.light.cardBorderWidth;
// What the image draws for the screen's icons: a coloured square for the channel, a face, and their gap.
const CHIP = 10;
const FACE = 16;
const ICON_GAP = 4;

/** What a card shows, already measured and wrapped. */
export interface CardContent {
  owner: string;
  ownerColor: string;
  momentOfTruth: boolean;
  painPoint: boolean;
  /** Every line of the title: the card grows with it, as on screen, so nothing is cut. */
  titleLines: TextLine[];
  titleEmpty: boolean;
  /** The KPI line (domain/kpiCard.ts) wrapped to the card; none when no measure is set. */
  kpiLines: TextLine[];
  channel: string;
  channelColor: string;
  emotion: Emotion | null;
  emotionLabel: string;
  /** Channel and emotion on two rows, as flex-wrap puts them when one row is too narrow. */
  metaWrapped: boolean;
  height: number;
}

export interface Vocabulary {
  channels: readonly ResolvedVocabularyEntry[];
  functions: readonly ResolvedVocabularyEntry[];
}

function bandHeight(content: Pick<CardContent, 'momentOfTruth' | 'painPoint'>): number {
  return cardBandHeight(content.momentOfTruth || content.painPoint);
}

function setLetterSpacing(ctx: CanvasRenderingContext2D, value: string): void {
  if ('letterSpacing' in ctx) ctx.letterSpacing = value;
}

/**
 * Measures and wraps a card's text with the context's fonts; the card grows with its title, as on screen.
 * The emotion is `shownPersona`'s (shownPersonaId; null: the main persona's), as the editor's cards show it.
 */
export function layoutCard(
  ctx: CanvasRenderingContext2D,
  touchpoint: Touchpoint,
  vocabulary: Vocabulary,
  labels: MapLabels,
  locale: Locale,
  width: number,
  shownPersona: string | null = null,
): CardContent {
  const emotion = shownEmotion(touchpoint, shownPersona);
  const owner = findEntry(vocabulary.functions, touchpoint.functionId);
  const channel = findEntry(vocabulary.channels, touchpoint.channelId);
  const inner = width - PAD_X * 2;
  const measure = (text: string) => ctx.measureText(text).width;

  const titleEmpty = touchpoint.title.trim() === '';
  ctx.font = font(TITLE.size, 'bold', titleEmpty ? 'italic' : 'normal');
  // As on screen (white-space: normal), a line break in the title is a space.
  const titleLines = layoutLines(titleEmpty ? labels.untitled : touchpoint.title, inner, measure, {
    lineBreaks: 'collapse',
  });

  ctx.font = font(KPIS.size, 'bold');
  const kpiLines = layoutLines(cardKpiText(touchpoint, locale), inner, measure);

  ctx.font = font(META.size);
  const channelLabel = ellipsize(channel?.label ?? labels.noChannel, inner - CHIP - ICON_GAP, measure);
  const emotionLabel = ellipsize(
    emotion === null ? labels.noEmotion : EMOTION_LABELS[emotion][locale],
    inner - FACE - ICON_GAP,
    measure,
  );
  const metaWidth = CHIP + measure(channelLabel) + META.gap + FACE + measure(emotionLabel) + ICON_GAP * 2;
  const metaWrapped = metaWidth > inner;

  const content = {
    owner: (owner?.label ?? labels.noFunction).toLocaleUpperCase(locale),
    ownerColor: owner?.color ?? NO_FUNCTION_COLOR,
    momentOfTruth: touchpoint.momentOfTruth,
    painPoint: touchpoint.painPoint,
    titleLines,
    titleEmpty,
    kpiLines,
    channel: channelLabel,
    channelColor: channel?.color ?? NO_EMOTION_COLOR,
    emotion,
    emotionLabel,
    metaWrapped,
  };
  const meta = META.padTop + CARD_META_LINE * (metaWrapped ? 2 : 1) + (metaWrapped ? META.rowGap : 0) + META.padBottom;
  const kpis = kpiLines.length > 0 ? kpiLines.length * CARD_KPI_LINE + KPIS.padBottom : 0;
  const body = TITLE.padTop + titleLines.length * CARD_TITLE_LINE + TITLE.padBottom + kpis;
  return { ...content, height: Math.max(CARD.minHeight, Math.ceil(bandHeight(content) + body + meta + 2 * BORDER)) };
}

function drawBand(ctx: CanvasRenderingContext2D, box: Box, content: CardContent): void {
  const height = bandHeight(content);
  ctx.fillStyle = content.ownerColor;
  ctx.fillRect(box.x, box.y, box.width, height);
  const mid = box.y + height / 2;
  let badgesLeft = box.x + box.width - BAND.padX;
  const badges: Array<'pain' | 'truth'> = [];
  if (content.painPoint) badges.push('pain');
  if (content.momentOfTruth) badges.push('truth');
  for (const badge of badges) {
    const cx = badgesLeft - BAND.badge / 2;
    circle(ctx, cx, mid, BAND.badge / 2);
    ctx.fillStyle = COLORS.surface;
    ctx.fill();
    if (badge === 'truth') {
      star(ctx, cx, mid + 0.5, 6.5);
      ctx.fillStyle = COLORS.truth;
      ctx.fill();
    } else warning(ctx, cx, mid, 12);
    badgesLeft -= BAND.badge + BAND.badgeGap;
  }
  ctx.font = font(BAND.size, 'bold');
  setLetterSpacing(ctx, `${BAND.size * BAND.tracking}px`);
  const room = badgesLeft - (box.x + BAND.padX) - 2;
  // The one ink rule, as the canvas's band: dark on a light colour such as the no-function band.
  ctx.fillStyle = inkOn(content.ownerColor);
  const owner = ellipsize(content.owner, room, (t) => ctx.measureText(t).width);
  // As the screen's dir="auto": a right-to-left name reads right to left, where the label starts.
  ctx.direction = baseDirection(owner);
  ctx.fillText(owner, box.x + BAND.padX, mid);
  ctx.direction = 'ltr';
  setLetterSpacing(ctx, '0px');
}

function drawMeta(ctx: CanvasRenderingContext2D, box: Box, content: CardContent): void {
  const bottom = box.y + box.height - 1 - META.padBottom;
  const emotionY = bottom - CARD_META_LINE / 2;
  const channelY = content.metaWrapped ? emotionY - CARD_META_LINE - META.rowGap : emotionY;
  const left = box.x + PAD_X;
  ctx.font = font(META.size);
  ctx.fillStyle = content.channelColor;
  roundedRect(ctx, left + 1, channelY - CHIP / 2, CHIP, CHIP, 3);
  ctx.fill();
  ctx.fillStyle = COLORS.textMuted;
  ctx.direction = baseDirection(content.channel);
  ctx.fillText(content.channel, left + CHIP + ICON_GAP + 2, channelY);
  ctx.direction = 'ltr';

  const emotionWidth = FACE + ICON_GAP + ctx.measureText(content.emotionLabel).width;
  const emotionLeft = content.metaWrapped ? left : box.x + box.width - PAD_X - emotionWidth;
  face(ctx, emotionLeft + FACE / 2, emotionY, content.emotion);
  ctx.fillStyle = COLORS.textMuted;
  ctx.fillText(content.emotionLabel, emotionLeft + FACE + ICON_GAP, emotionY);
}

/** The KPI lines under the title, from `top`, in the muted ink of the screen's `.touchpoint__kpis`. */
function drawKpis(ctx: CanvasRenderingContext2D, box: Box, content: CardContent, top: number): void {
  ctx.font = font(KPIS.size, 'bold');
  ctx.fillStyle = COLORS.textMuted;
  content.kpiLines.forEach((line, i) => {
    ctx.fillText(line.text, box.x + PAD_X, top + CARD_KPI_LINE * i + CARD_KPI_LINE / 2);
  });
}

/** Draws a touchpoint card as the canvas shows it: owner band and markers, title, KPI line, channel, emotion. */
export function drawCard(ctx: CanvasRenderingContext2D, box: Box, content: CardContent): void {
  ctx.save();
  fillCardFace(ctx, box, CARD.radius, COLORS.surface);
  ctx.save();
  ctx.clip();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  drawBand(ctx, box, content);

  ctx.font = font(TITLE.size, 'bold', content.titleEmpty ? 'italic' : 'normal');
  ctx.fillStyle = content.titleEmpty ? COLORS.textMuted : COLORS.text;
  const titleTop = box.y + bandHeight(content) + TITLE.padTop;
  content.titleLines.forEach((line, i) => {
    // A right-to-left paragraph starts at the right, as text-align: start does on screen.
    const rtl = line.direction === 'rtl';
    ctx.direction = line.direction;
    ctx.textAlign = rtl ? 'right' : 'left';
    const x = rtl ? box.x + box.width - PAD_X : box.x + PAD_X;
    ctx.fillText(line.text, x, titleTop + CARD_TITLE_LINE * i + CARD_TITLE_LINE / 2);
  });
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  drawKpis(ctx, box, content, titleTop + CARD_TITLE_LINE * content.titleLines.length + TITLE.padBottom);
  drawMeta(ctx, box, content);
  ctx.restore();

  roundedRect(ctx, box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1, CARD.radius);
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.restore();
}
