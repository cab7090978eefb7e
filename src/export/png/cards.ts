import type { Emotion, Touchpoint } from '../../domain/journey';
import type { Locale } from '../../domain/locale';
import { EMOTION_LABELS, findEntry, type ResolvedVocabularyEntry } from '../../domain/vocabulary';
import type { Box } from './geometry';
import type { MapLabels } from './labels';
import { circle, face, roundedRect, star, warning } from './shapes';
import { ellipsize, wrapText } from './text';
import { COLORS, font } from './theme';

// The card's box model, from .touchpoint and its parts in styles/app.css.
const MIN_HEIGHT = 120;
const RADIUS = 10;
const BADGE = 18;
const BAND_PAD_X = 8;
const BAND_LINE = 16;
const PAD_X = 10;
const TITLE_PAD_TOP = 8;
const TITLE_PAD_BOTTOM = 4;
const TITLE_SIZE = 14;
const TITLE_LINE = 18.2;
const TITLE_MAX_LINES = 10;
const META_PAD_TOP = 4;
const META_PAD_BOTTOM = 8;
const META_SIZE = 12;
const META_LINE = 17.4;
const META_GAP = 8;
const META_ROW_GAP = 4;
const CHIP = 10;
const FACE = 16;
const ICON_GAP = 4;
const OWNER_SIZE = 11;
const OWNER_LETTER_SPACING = '0.22px';
const NO_FUNCTION_COLOR = '#cbd5e1';

/** What a card shows, already measured and wrapped. */
export interface CardContent {
  owner: string;
  ownerColor: string;
  momentOfTruth: boolean;
  painPoint: boolean;
  titleLines: string[];
  titleEmpty: boolean;
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
  return (content.momentOfTruth || content.painPoint ? BADGE : BAND_LINE) + 6;
}

function setLetterSpacing(ctx: CanvasRenderingContext2D, value: string): void {
  if ('letterSpacing' in ctx) ctx.letterSpacing = value;
}

/** Measures and wraps a card's text with the context's fonts; the card grows with its title, as on screen. */
export function layoutCard(
  ctx: CanvasRenderingContext2D,
  touchpoint: Touchpoint,
  vocabulary: Vocabulary,
  labels: MapLabels,
  locale: Locale,
  width: number,
): CardContent {
  const owner = findEntry(vocabulary.functions, touchpoint.functionId);
  const channel = findEntry(vocabulary.channels, touchpoint.channelId);
  const inner = width - PAD_X * 2;
  const measure = (text: string) => ctx.measureText(text).width;

  const titleEmpty = touchpoint.title.trim() === '';
  ctx.font = font(TITLE_SIZE, 'bold', titleEmpty ? 'italic' : 'normal');
  const titleLines = wrapText(titleEmpty ? labels.untitled : touchpoint.title, inner, measure, TITLE_MAX_LINES);

  ctx.font = font(META_SIZE);
  const channelLabel = ellipsize(channel?.label ?? labels.noChannel, inner - CHIP - ICON_GAP, measure);
  const emotionLabel = ellipsize(
    touchpoint.emotion === null ? labels.noEmotion : EMOTION_LABELS[touchpoint.emotion][locale],
    inner - FACE - ICON_GAP,
    measure,
  );
  const metaWidth = CHIP + measure(channelLabel) + META_GAP + FACE + measure(emotionLabel) + ICON_GAP * 2;
  const metaWrapped = metaWidth > inner;

  const content = {
    owner: (owner?.label ?? labels.noFunction).toLocaleUpperCase(locale),
    ownerColor: owner?.color ?? NO_FUNCTION_COLOR,
    momentOfTruth: touchpoint.momentOfTruth,
    painPoint: touchpoint.painPoint,
    titleLines,
    titleEmpty,
    channel: channelLabel,
    channelColor: channel?.color ?? COLORS.noEmotion,
    emotion: touchpoint.emotion,
    emotionLabel,
    metaWrapped,
  };
  const meta = META_PAD_TOP + META_LINE * (metaWrapped ? 2 : 1) + (metaWrapped ? META_ROW_GAP : 0) + META_PAD_BOTTOM;
  const body = TITLE_PAD_TOP + titleLines.length * TITLE_LINE + TITLE_PAD_BOTTOM;
  return { ...content, height: Math.max(MIN_HEIGHT, Math.ceil(bandHeight(content) + body + meta + 2)) };
}

function drawBand(ctx: CanvasRenderingContext2D, box: Box, content: CardContent): void {
  const height = bandHeight(content);
  ctx.fillStyle = content.ownerColor;
  ctx.fillRect(box.x, box.y, box.width, height);
  const mid = box.y + height / 2;
  let badgesLeft = box.x + box.width - BAND_PAD_X;
  const badges: Array<'pain' | 'truth'> = [];
  if (content.painPoint) badges.push('pain');
  if (content.momentOfTruth) badges.push('truth');
  for (const badge of badges) {
    const cx = badgesLeft - BADGE / 2;
    circle(ctx, cx, mid, BADGE / 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    if (badge === 'truth') {
      star(ctx, cx, mid + 0.5, 6.5);
      ctx.fillStyle = COLORS.truth;
      ctx.fill();
    } else warning(ctx, cx, mid, 12);
    badgesLeft -= BADGE + 4;
  }
  ctx.font = font(OWNER_SIZE, 'bold');
  setLetterSpacing(ctx, OWNER_LETTER_SPACING);
  const room = badgesLeft - (box.x + BAND_PAD_X) - 2;
  ctx.fillStyle = '#ffffff';
  ctx.fillText(
    ellipsize(content.owner, room, (t) => ctx.measureText(t).width),
    box.x + BAND_PAD_X,
    mid,
  );
  setLetterSpacing(ctx, '0px');
}

function drawMeta(ctx: CanvasRenderingContext2D, box: Box, content: CardContent): void {
  const bottom = box.y + box.height - 1 - META_PAD_BOTTOM;
  const emotionY = bottom - META_LINE / 2;
  const channelY = content.metaWrapped ? emotionY - META_LINE - META_ROW_GAP : emotionY;
  const left = box.x + PAD_X;
  ctx.font = font(META_SIZE);
  ctx.fillStyle = content.channelColor;
  roundedRect(ctx, left + 1, channelY - CHIP / 2, CHIP, CHIP, 3);
  ctx.fill();
  ctx.fillStyle = COLORS.textMuted;
  ctx.fillText(content.channel, left + CHIP + ICON_GAP + 2, channelY);

  const emotionWidth = FACE + ICON_GAP + ctx.measureText(content.emotionLabel).width;
  const emotionLeft = content.metaWrapped ? left : box.x + box.width - PAD_X - emotionWidth;
  face(ctx, emotionLeft + FACE / 2, emotionY, content.emotion);
  ctx.fillStyle = COLORS.textMuted;
  ctx.fillText(content.emotionLabel, emotionLeft + FACE + ICON_GAP, emotionY);
}

/** Draws a touchpoint card as the canvas shows it: owner band and markers, title, channel, emotion. */
export function drawCard(ctx: CanvasRenderingContext2D, box: Box, content: CardContent): void {
  ctx.save();
  roundedRect(ctx, box.x, box.y, box.width, box.height, RADIUS);
  ctx.shadowColor = COLORS.shadow;
  ctx.shadowBlur = 8;
  ctx.shadowOffsetY = 2;
  ctx.fillStyle = COLORS.surface;
  ctx.fill();
  ctx.shadowColor = 'transparent';
  ctx.shadowBlur = 0;
  ctx.shadowOffsetY = 0;
  ctx.save();
  ctx.clip();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  drawBand(ctx, box, content);

  ctx.font = font(TITLE_SIZE, 'bold', content.titleEmpty ? 'italic' : 'normal');
  ctx.fillStyle = content.titleEmpty ? COLORS.textMuted : COLORS.text;
  const titleTop = box.y + bandHeight(content) + TITLE_PAD_TOP;
  content.titleLines.forEach((line, i) => {
    ctx.fillText(line, box.x + PAD_X, titleTop + TITLE_LINE * i + TITLE_LINE / 2);
  });
  drawMeta(ctx, box, content);
  ctx.restore();

  roundedRect(ctx, box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1, RADIUS);
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.restore();
}
