import { personasLine, shownEmotion } from '../../domain/personas';
import { averageEmotion, journeyOrder } from '../../domain/emotionCurve';
import type { Touchpoint } from '../../domain/journey';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import type { CoverText } from './coverPlan';
import { describeAverage } from './format';
import type { GridPlan } from './gridPlan';
import { cardTextWidth, cardTitleStyle } from './gridStyles';
import { isHandoff, type PdfCard, type PdfModel } from './model';
import type { Typesetter } from './text';
import { measureTables } from './measureTables';

export interface TableColumn {
  header: string;
  /** Share of the table's width. */
  weight: number;
  align?: 'left' | 'right';
}

export interface TableGroup {
  /** The group's band; '' for a table with a single group and no band. */
  heading: string;
  color?: string;
  rows: string[][];
}

/** One appendix table: rows grouped under headings; no groups prints "None". */
export interface TableSpec {
  title: string;
  columns: TableColumn[];
  groups: TableGroup[];
}

/** Compares labels the way the export language sorts them. */
function byLabel(locale: string) {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return (a: string, b: string) => collator.compare(a, b);
}

function labels(model: PdfModel) {
  const { strings: s, shownPersona, shownPersonaName: persona } = model;
  return {
    title: (t: Touchpoint) => t.title.trim() || s.untitledTouchpoint,
    stage: (card: PdfCard) => model.stages[card.stage]?.name.trim() || s.stageNumbered(card.stage + 1),
    channel: (t: Touchpoint) => model.channelOf(t)?.label ?? s.noChannel,
    // The emotion of the persona the cards show, as on screen; its columns name it when it is not the main one.
    emotion: (t: Touchpoint) => {
      const emotion = shownEmotion(t, shownPersona);
      return emotion === null ? s.noEmotion : EMOTION_LABELS[emotion][model.locale];
    },
    average: (ts: Touchpoint[]) =>
      describeAverage(
        averageEmotion({ touchpoints: ts }, (t) => shownEmotion(t, shownPersona)),
        model.locale,
        s.noEmotion,
      ),
    emotionHeader: persona === null ? s.colEmotion : s.emotionOf(persona),
    averageHeader: persona === null ? s.colAverage : s.averageEmotionOf(persona),
  };
}

/** Cards in journey order, grouped by lane (owning function) in lane order, each group sorted by channel. */
function byFunctionThenChannel(
  model: PdfModel,
  keep: (t: Touchpoint) => boolean,
): { lane: number; cards: PdfCard[] }[] {
  const label = labels(model);
  const compare = byLabel(model.locale);
  const ordered = journeyOrder(model.journey)
    .filter(keep)
    .map((t) => model.cardById.get(t.id))
    .filter((c): c is PdfCard => c !== undefined);
  return model.lanes
    .map((_, lane) => ({
      lane,
      cards: ordered
        .filter((c) => c.lane === lane)
        // Array.prototype.sort is stable: journey order stays within a channel.
        .sort((a, b) => compare(label.channel(a.touchpoint), label.channel(b.touchpoint))),
    }))
    .filter((g) => g.cards.length > 0);
}

function summaryTable(model: PdfModel): TableSpec {
  const { strings: s } = model;
  const label = labels(model);
  const groups = byFunctionThenChannel(model, () => true).map(({ lane, cards }) => {
    const byChannel = new Map<string, Touchpoint[]>();
    for (const { touchpoint: t } of cards)
      byChannel.set(label.channel(t), [...(byChannel.get(label.channel(t)) ?? []), t]);
    const rows = [...byChannel].map(([channel, ts]) => {
      return [
        channel,
        String(ts.length),
        String(ts.filter((t) => t.momentOfTruth).length),
        String(ts.filter((t) => t.painPoint).length),
        label.average(ts),
      ];
    });
    return { heading: model.lanes[lane].label, color: model.lanes[lane].color, rows };
  });
  return {
    title: s.summaryTable,
    columns: [
      { header: s.colChannel, weight: 3 },
      { header: s.colTouchpointCount, weight: 1.3, align: 'right' },
      { header: s.motShort, weight: 0.8, align: 'right' },
      { header: s.painShort, weight: 0.8, align: 'right' },
      { header: label.averageHeader, weight: 2 },
    ],
    groups,
  };
}

/** One group of rows per owning function, for the touchpoints `keep` picks: a marker table's body. */
function rowsByFunction(model: PdfModel, keep: (t: Touchpoint) => boolean, row: (card: PdfCard) => string[]) {
  return byFunctionThenChannel(model, keep).map(({ lane, cards }) => ({
    heading: model.lanes[lane].label,
    color: model.lanes[lane].color,
    rows: cards.map(row),
  }));
}

function momentsOfTruthTable(model: PdfModel): TableSpec {
  const { strings: s } = model;
  const label = labels(model);
  return {
    title: s.momentsOfTruth,
    columns: [
      { header: s.colTouchpoint, weight: 3 },
      { header: s.colStage, weight: 2.2 },
      { header: s.colChannel, weight: 1.6 },
      { header: label.emotionHeader, weight: 1.2 },
    ],
    groups: rowsByFunction(
      model,
      (t) => t.momentOfTruth,
      (c) => [label.title(c.touchpoint), label.stage(c), label.channel(c.touchpoint), label.emotion(c.touchpoint)],
    ),
  };
}

function painPointsTable(model: PdfModel): TableSpec {
  const { strings: s } = model;
  const label = labels(model);
  return {
    title: s.painPoints,
    columns: [
      { header: s.colTouchpoint, weight: 2.4 },
      { header: s.colStage, weight: 1.7 },
      { header: s.colChannel, weight: 1.4 },
      { header: s.colWhatHurts, weight: 3.6 },
      { header: label.emotionHeader, weight: 1.1 },
    ],
    groups: rowsByFunction(
      model,
      (t) => t.painPoint,
      (c) => [
        label.title(c.touchpoint),
        label.stage(c),
        label.channel(c.touchpoint),
        c.touchpoint.painNote.trim() || '—',
        label.emotion(c.touchpoint),
      ],
    ),
  };
}

function handoffsTable(model: PdfModel): TableSpec {
  const { strings: s, journey } = model;
  const label = labels(model);
  const compare = byLabel(model.locale);
  const rank = new Map(journeyOrder(journey).map((t, i) => [t.id, i]));
  const byId = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const handoffs = journey.connections
    .filter((c) => isHandoff(journey, c))
    .map((c) => ({ connection: c, from: byId.get(c.from)!, to: byId.get(c.to)! }))
    .sort((a, b) => rank.get(a.from.id)! - rank.get(b.from.id)!);
  const laneIndex = (t: Touchpoint) => model.lanes.findIndex((l) => l.id === t.functionId);
  const groups = new Map<string, { order: [number, number]; group: TableGroup }>();
  for (const h of handoffs) {
    const from = model.functionOf(h.from);
    const to = model.functionOf(h.to);
    const heading = `${from?.label ?? s.noFunction} › ${to?.label ?? s.noFunction}`;
    const entry = groups.get(heading) ?? {
      order: [laneIndex(h.from), laneIndex(h.to)],
      group: { heading, color: from?.color, rows: [] },
    };
    entry.group.rows.push([
      label.title(h.from),
      label.channel(h.from),
      label.title(h.to),
      label.channel(h.to),
      h.connection.label.trim() || '—',
    ]);
    groups.set(heading, entry);
  }
  return {
    title: s.handoffs,
    columns: [
      { header: s.colFrom, weight: 2.6 },
      { header: s.colChannel, weight: 1.4 },
      { header: s.colTo, weight: 2.6 },
      { header: s.colChannel, weight: 1.4 },
      { header: s.colConnectionNote, weight: 1.8 },
    ],
    groups: [...groups.values()]
      .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || compare(a.group.heading, b.group.heading))
      .map((g) => g.group),
  };
}

/** The persona and description whole, when the cover had to cut them. */
function aboutTable(model: PdfModel, cover: CoverText): TableSpec[] {
  const { strings: s, journey } = model;
  const rows: string[][] = [];
  if (cover.cut.persona) rows.push([s.persona, personasLine(journey, s.personaNumbered)]);
  if (cover.cut.description) rows.push([s.journeyDescription, journey.description]);
  if (rows.length === 0) return [];
  return [
    {
      title: s.aboutJourney,
      columns: [
        { header: s.colField, weight: 1 },
        { header: s.colText, weight: 5 },
      ],
      groups: [{ heading: '', rows }],
    },
  ];
}

/** Labelled connections that are not hand-offs (those are in the hand-off table with their note). */
function connectionNotesTable(model: PdfModel): TableSpec[] {
  const { strings: s, journey } = model;
  const label = labels(model);
  const rank = new Map(journeyOrder(journey).map((t, i) => [t.id, i]));
  const links = model.links
    .filter((l) => !l.handoff && l.connection.label.trim() !== '')
    .sort((a, b) => rank.get(a.from.touchpoint.id)! - rank.get(b.from.touchpoint.id)!);
  if (links.length === 0) return [];
  return [
    {
      title: s.connectionNotes,
      columns: [
        { header: s.colFrom, weight: 3 },
        { header: s.colTo, weight: 3 },
        { header: s.colConnectionNote, weight: 4 },
      ],
      groups: model.lanes
        .map((lane, i) => ({
          heading: lane.label,
          color: lane.color,
          rows: links
            .filter((l) => l.from.lane === i)
            .map((l) => [label.title(l.from.touchpoint), label.title(l.to.touchpoint), l.connection.label.trim()]),
        }))
        .filter((g) => g.rows.length > 0),
    },
  ];
}

/**
 * Every touchpoint with a description or notes, or whose title the blueprint's cards had to cut: the grid
 * shows what fits on a card, and this table has the rest whole.
 */
function detailsTable(model: PdfModel, type: Typesetter, grid: GridPlan): TableSpec[] {
  const { strings: s } = model;
  const label = labels(model);
  const titleStyle = cardTitleStyle(grid.m);
  const titleWidth = cardTextWidth(grid.m, grid.columnWidth);
  const cut = (t: Touchpoint) => type.wrap(label.title(t), titleStyle, titleWidth).length > grid.titleLines;
  const keep = (t: Touchpoint) => t.description.trim() !== '' || t.notes.trim() !== '' || cut(t);
  const groups = rowsByFunction(model, keep, (c) => [
    label.title(c.touchpoint),
    label.stage(c),
    c.touchpoint.description.trim() || '—',
    c.touchpoint.notes.trim() || '—',
  ]);
  if (groups.length === 0) return [];
  return [
    {
      title: s.touchpointDetails,
      columns: [
        { header: s.colTouchpoint, weight: 2.4 },
        { header: s.colStage, weight: 1.5 },
        { header: s.colDescription, weight: 4 },
        { header: s.colNotes, weight: 3 },
      ],
      groups,
    },
  ];
}

/**
 * The appendix: the journey's persona and description when the cover cut them, a summary by function and
 * channel, moments of truth, pain points, hand-offs, the measured experience (personas, KPIs, behind the
 * line of visibility, the action plan), connection notes and the touchpoints in full. Nothing
 * the journey holds is left out of the PDF: what a card or the cover cuts is here whole.
 */
export function appendixTables(model: PdfModel, type: Typesetter, grid: GridPlan, cover: CoverText): TableSpec[] {
  return [
    ...aboutTable(model, cover),
    summaryTable(model),
    momentsOfTruthTable(model),
    painPointsTable(model),
    handoffsTable(model),
    ...measureTables(model),
    ...connectionNotesTable(model),
    ...detailsTable(model, type, grid),
  ];
}
