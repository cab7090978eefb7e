import { EMOTIONS, type Emotion } from '../../domain/journey';
import { CHANNEL_FAMILY_LABELS, EMOTION_LABELS, type ResolvedVocabularyEntry } from '../../domain/vocabulary';
import { EVIDENCE_COLORS } from '../../domain/look/colors';
import { EVIDENCE_LEVELS } from '../../domain/fields';
import { formatKpi } from '../../domain/kpiFormat';
import { COLORS } from './draw';
import { OVERLAY_FILL } from './drawOverlay';
import type { PageFrame } from './geometry';
import { VISIBILITY_LANE } from './layerGrid';
import type { PdfModel } from './model';
import type { TextLine, TextStyle, Typesetter } from './text';

export type LegendMarker = 'mot' | 'pain' | 'link' | 'handoff' | 'offPage' | 'curve' | 'unrated';

export type LegendItem =
  | { kind: 'heading'; text: string }
  | { kind: 'swatch'; color: string; text: string }
  | { kind: 'emotion'; emotion: Emotion; text: string }
  | { kind: 'marker'; marker: LegendMarker; text: string }
  /** A curve on the emotion band: solid (dash null) for the chosen persona, else dashed in its colour. */
  | { kind: 'series'; color: string; dash: readonly number[] | null; text: string };

export interface PlacedLegendItem {
  item: LegendItem;
  lines: TextLine[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendPagePlan {
  /** Later pages title the legend "(cont.)". */
  first: boolean;
  items: PlacedLegendItem[];
}

/** Sizes at A4; multiplied by the page frame's scale. */
export const LEGEND = {
  titleSize: 18,
  titleHeight: 40,
  headingSize: 10,
  /** A heading's first baseline below its top, and the space between its lines when it wraps. */
  headingBaseline: 14,
  headingLeading: 12.5,
  /** The rule under a heading's last line, and the room a one-line heading takes with it. */
  headingRule: 18,
  headingHeight: 22,
  itemSize: 8.5,
  leading: 10.5,
  columnWidth: 250,
  columnGap: 24,
  /** Room on the left of an item for its swatch or marker. */
  symbolWidth: 34,
} as const;

function channelsUsed(model: PdfModel): ResolvedVocabularyEntry[] {
  const seen = new Map<string, ResolvedVocabularyEntry>();
  for (const card of model.cards) {
    const channel = model.channelOf(card.touchpoint);
    if (channel) seen.set(channel.id, channel);
  }
  return [...seen.values()];
}

/**
 * The legend's sections: channels used, lane functions, the emotion scale, whose each curve is (when the
 * band draws several), markers and lines.
 */
export function legendItems(model: PdfModel): LegendItem[] {
  const { strings: s, locale } = model;
  const channels = channelsUsed(model);
  const items: LegendItem[] = [];
  if (channels.length > 0) {
    items.push({ kind: 'heading', text: s.legendChannels });
    for (const c of channels) {
      const family = c.family ? ` · ${CHANNEL_FAMILY_LABELS[c.family][locale]}` : '';
      items.push({ kind: 'swatch', color: c.color, text: `${c.label}${family}` });
    }
  }
  if (model.lanes.length > 0) {
    items.push({ kind: 'heading', text: s.legendFunctions });
    for (const lane of model.lanes) items.push({ kind: 'swatch', color: lane.color, text: lane.label });
  }
  if (model.layout === 'layers') {
    // The layers are the practice's, not the app's: say what each row holds and what the line means.
    const explained: Record<string, string> = {
      customer: s.layerCustomerExplained,
      frontstage: s.layerFrontstageExplained,
      [VISIBILITY_LANE]: s.layerVisibilityExplained,
      backstage: s.layerBackstageExplained,
      support: s.layerSupportExplained,
    };
    items.push({ kind: 'heading', text: s.legendLayers });
    for (const lane of model.gridLanes) {
      items.push({ kind: 'swatch', color: lane.color, text: explained[lane.id ?? ''] ?? lane.label });
    }
  }
  items.push({ kind: 'heading', text: s.legendEmotions });
  for (const emotion of [...EMOTIONS].reverse()) {
    const value = emotion > 0 ? `+${emotion}` : String(emotion);
    items.push({ kind: 'emotion', emotion, text: `${EMOTION_LABELS[emotion][locale]} (${value})` });
  }
  const { overlay } = model;
  if (model.curveKey.length > 0 || overlay) {
    // Several curves on one band: say whose each line is, the solid one first; and what the bars measure.
    items.push({ kind: 'heading', text: s.emotionCurve });
    for (const line of model.curveKey) {
      items.push({ kind: 'series', color: line.color ?? COLORS.text, dash: line.dash, text: line.name });
    }
    if (overlay) {
      const format = (value: number) => formatKpi(overlay.field, value, locale, model.journey.currency);
      const text = s.overlayLegend({
        measure: model.measures.kpi[overlay.field],
        min: format(overlay.scale.min),
        max: format(overlay.scale.max),
        count: overlay.points.length,
      });
      items.push({ kind: 'swatch', color: OVERLAY_FILL, text });
    }
  }
  items.push(
    { kind: 'heading', text: s.legendMarkers },
    { kind: 'marker', marker: 'mot', text: `${s.motShort}: ${s.momentOfTruth}` },
    { kind: 'marker', marker: 'pain', text: `${s.painShort}: ${s.painPoint}` },
    { kind: 'marker', marker: 'link', text: s.connection },
    { kind: 'marker', marker: 'handoff', text: s.handoff },
    { kind: 'marker', marker: 'offPage', text: s.offPage('2/4') },
    { kind: 'marker', marker: 'curve', text: s.curvePoint },
  );
  // Only when the band draws one: marks of touchpoints the curve (the main persona's, or one chosen on
  // screen) has no emotion for.
  if (model.unrated.length > 0) items.push({ kind: 'marker', marker: 'unrated', text: s.curveUnrated });
  const m = model.measures;
  items.push({ kind: 'heading', text: m.legendEvidence });
  for (const level of EVIDENCE_LEVELS) {
    items.push({ kind: 'swatch', color: EVIDENCE_COLORS[level], text: m.evidenceExplained[level] });
  }
  return items;
}

/** A group of at most this many items starts in the next column rather than split (split, it reads as two). */
const SHORT_GROUP = 4;

/**
 * Lays the legend out in columns, as many pages as it needs (one, unless a team has very many channels).
 * Every item and heading is written whole: a long function or channel name (cut on a lane header), or a
 * heading longer than a column, wraps here. A heading keeps its first item with it (a short group, all of
 * them), and a group that runs over into the next column (or page) has its heading repeated there with
 * "(cont.)", so every item sits under the heading that says what it is (a curve line under "Emotion curve",
 * not under "Emotions").
 */
export function planLegend(model: PdfModel, frame: PageFrame, type: Typesetter): LegendPagePlan[] {
  const k = frame.scale;
  const { content } = frame;
  const gap = LEGEND.columnGap * k;
  // As many columns as fit at 95 % of the design width, widened to fill the page: A4 landscape then takes
  // three columns a little narrower rather than two and a third of the page left blank.
  const columns = Math.max(1, Math.floor((content.width + gap) / (LEGEND.columnWidth * k * 0.95 + gap)));
  const columnWidth = (content.width - (columns - 1) * gap) / columns;
  const top = content.y + LEGEND.titleHeight * k;
  const bottom = content.y + content.height;
  const headingStyle: TextStyle = { weight: 'bold', size: LEGEND.headingSize * k };
  const itemStyle: TextStyle = { weight: 'normal', size: LEGEND.itemSize * k };

  const measure = (item: LegendItem) => {
    const isHeading = item.kind === 'heading';
    const width = isHeading ? columnWidth : columnWidth - LEGEND.symbolWidth * k;
    const lines = type.wrap(item.text, isHeading ? headingStyle : itemStyle, width);
    const extraLines = Math.max(1, lines.length) - 1;
    const height = isHeading
      ? (LEGEND.headingHeight + extraLines * LEGEND.headingLeading) * k
      : ((extraLines + 1) * LEGEND.leading + 5) * k;
    return { item, lines, height };
  };
  const placed = legendItems(model).map(measure);

  const pages: LegendPagePlan[] = [{ first: true, items: [] }];
  let column = 0;
  let y = top;
  let heading: string | null = null;
  const place = (entry: ReturnType<typeof measure>) => {
    const x = content.x + column * (columnWidth + gap);
    pages[pages.length - 1].items.push({ ...entry, x, y, width: columnWidth });
    y += entry.height;
  };
  /** What must follow a heading in its column: its first item, or its whole group when that is short. */
  const keptWith = (i: number) => {
    let end = i + 1;
    while (end < placed.length && placed[end].item.kind !== 'heading') end++;
    const group = placed.slice(i + 1, end).reduce((sum, entry) => sum + entry.height, 0);
    const whole = end - i - 1 <= SHORT_GROUP && placed[i].height + group <= bottom - top;
    return whole ? group : (placed[i + 1]?.height ?? 0);
  };
  placed.forEach((entry, i) => {
    const isHeading = entry.item.kind === 'heading';
    if (isHeading) heading = entry.item.text;
    const next = isHeading ? keptWith(i) : 0;
    const space = isHeading && y > top ? 6 * k : 0;
    if (y + space + entry.height + next > bottom && y > top) {
      column++;
      y = top;
      if (column >= columns) {
        pages.push({ first: false, items: [] });
        column = 0;
      }
      if (!isHeading && heading !== null) {
        place(measure({ kind: 'heading', text: `${heading} ${model.strings.continued}` }));
      }
    }
    if (y > top) y += space;
    place(entry);
  });
  return pages;
}
