import type { jsPDF } from 'jspdf';
import { inkOn } from '../../domain/look/ink';
import { LAYER_LOOK, visibilityDash } from '../../domain/look/layers';
import { THEMES } from '../../domain/look/themes';
import {
  COLORS,
  dot,
  fillRect,
  measureLine,
  setStroke,
  solidLines,
  star,
  tint,
  triangle,
  typesetterOf,
  write,
  writeLines,
} from './draw';
import { drawCard } from './drawCard';
import { drawCurve } from './drawCurve';
import { drawLinks, offPageRefs } from './drawLinks';
import { cardBox, columnX, type GridPagePlan, type GridPlan } from './gridPlan';
import {
  NOTE_MAX_LINES,
  cardTextWidth,
  noteHeadingStyle,
  notePad,
  noteTextStyle,
  stageNameStyle,
  stageNameWidth,
} from './gridStyles';
import type { Box } from './geometry';
import { VISIBILITY_LANE } from './layerGrid';
import type { PdfModel, PdfNote } from './model';
import type { TextStyle } from './text';

/** The light theme's colours, as the layered blueprint's look (look/layers.ts) names them. */
const LIGHT = THEMES.light.colors;

/** "Blueprint 2/4 · Etapas 4–6 de 6 · sección 1 de 2". */
function pageLabel(model: PdfModel, page: GridPagePlan): string {
  const s = model.strings;
  const values = { from: page.firstStage + 1, to: page.firstStage + page.stageCount, total: model.stages.length };
  const parts = [s.gridLabel(page.k, page.n), page.stageCount === 1 ? s.stageSingle(values) : s.stageRange(values)];
  if (page.sections > 1) parts.push(s.section(page.section, page.sections));
  return parts.join(' · ');
}

/** Title line (journey name, page label) and a key to the markers, so a page pinned up alone still reads. */
function drawHeader(doc: jsPDF, model: PdfModel, grid: GridPlan, page: GridPagePlan, title: string) {
  const { m } = grid;
  const u = m.unit;
  const heading: TextStyle = { weight: 'bold', size: m.headingSize };
  const small: TextStyle = { weight: 'normal', size: m.smallSize };
  const top = grid.stageTop - m.headerHeight;
  const label = pageLabel(model, page);
  write(doc, label, grid.left + grid.width, top + 10 * u, heading, { color: COLORS.accent, align: 'right' });
  const room = grid.width - measureLine(doc, label, heading) - 16 * u;
  const type = typesetterOf(doc);
  write(doc, type.ellipsize(title, heading, room), grid.left, top + 10 * u, heading, { width: room });

  const s = model.strings;
  const y = top + 22 * u;
  const keys = [`${s.motShort}: ${s.momentOfTruth}`, `${s.painShort}: ${s.painPoint}`, s.handoffs];
  let x = grid.left;
  star(doc, x + 3 * u, y - 2.4 * u, 3.6 * u, COLORS.truth);
  write(doc, keys[0], x + 9 * u, y, small, { color: COLORS.muted });
  x += 23 * u + measureLine(doc, keys[0], small);
  triangle(doc, x + 3 * u, y - 2.4 * u, 6.4 * u, COLORS.pain);
  write(doc, keys[1], x + 9 * u, y, small, { color: COLORS.muted });
  x += 23 * u + measureLine(doc, keys[1], small);
  setStroke(doc, COLORS.pain, 0.9 * u);
  doc.setLineDashPattern([3 * u, 2 * u], 0);
  doc.line(x, y - 2.4 * u, x + 18 * u, y - 2.4 * u);
  solidLines(doc);
  write(doc, keys[2], x + 22 * u, y, small, { color: COLORS.muted });
}

function drawStageHeaders(doc: jsPDF, model: PdfModel, grid: GridPlan, page: GridPagePlan) {
  const { m } = grid;
  const u = m.unit;
  const top = grid.stageTop;
  const height = grid.stageHeaderHeight - 4 * u;
  const small: TextStyle = { weight: 'normal', size: m.smallSize };
  const name = stageNameStyle(m);
  const type = typesetterOf(doc);
  const corner = model.layout === 'layers' ? model.strings.cornerLayers : model.strings.corner;
  write(doc, corner, grid.left + 2 * u, top + height / 2 + 2.5 * u, small, { color: COLORS.muted });
  for (let i = page.firstStage; i < page.firstStage + page.stageCount; i++) {
    const x = columnX(grid, page, i) + 2 * u;
    const width = grid.columnWidth - 4 * u;
    fillRect(doc, x, top, width, height, COLORS.surface2);
    dot(doc, x + 10 * u, top + height / 2, 7 * u, COLORS.accent);
    const number: TextStyle = { weight: 'bold', size: m.smallSize };
    write(doc, String(i + 1), x + 10 * u, top + height / 2 + 2.5 * u, number, {
      color: inkOn(COLORS.accent),
      align: 'center',
    });
    const text = model.stages[i].name.trim() || model.strings.stageNumbered(i + 1);
    // Never cut: the plan made the header row tall enough for the longest name.
    const nameWidth = stageNameWidth(m, grid.columnWidth);
    const lines = type.wrap(text, name, nameWidth);
    const textTop = top + (height - lines.length * m.stageNameLeading) / 2;
    writeLines(doc, lines, x + 22 * u, textTop, name, m.stageNameLeading, { width: nameWidth });
  }
}

function drawLanes(doc: jsPDF, model: PdfModel, grid: GridPlan, page: GridPagePlan) {
  const { m } = grid;
  const u = m.unit;
  const label: TextStyle = { weight: 'bold', size: m.laneLabelSize };
  const columnsLeft = grid.left + m.laneHeaderWidth;
  const columnsWidth = page.stageCount * grid.columnWidth;
  for (const segment of page.segments) {
    const lane = model.gridLanes[segment.lane];
    if (lane.id === VISIBILITY_LANE) {
      drawVisibilityLine(doc, grid, segment.y + segment.height / 2, columnsLeft + columnsWidth, lane.label);
      continue;
    }
    const fills = laneFills(model, lane.color);
    fillRect(doc, columnsLeft, segment.y, columnsWidth, segment.height, fills.body);
    const header = fills.header;
    fillRect(doc, grid.left, segment.y, m.laneHeaderWidth - 4 * u, segment.height, header);
    fillRect(doc, grid.left, segment.y, fills.edgeWidth * u, segment.height, fills.edge);
    const labelWidth = m.laneHeaderWidth - 16 * u;
    // A lane label longer than four lines is cut here; the legend lists every function in full.
    const lines = typesetterOf(doc).wrap(lane.label, label, labelWidth, 4);
    writeLines(doc, lines, grid.left + 9 * u, segment.y + 6 * u, label, m.laneLabelLeading, {
      color: inkOn(header),
      width: labelWidth,
    });
    if (segment.firstRow > 0) {
      const y = segment.y + 6 * u + lines.length * m.laneLabelLeading + 8 * u;
      write(
        doc,
        model.strings.continued,
        grid.left + 9 * u,
        y,
        { weight: 'normal', size: m.smallSize },
        {
          color: COLORS.muted,
        },
      );
    }
    setStroke(doc, COLORS.surface, 1.5 * u);
    doc.line(grid.left, segment.y + segment.height, columnsLeft + columnsWidth, segment.y + segment.height);
  }
  // Column rules, dotted, from the first lane to the bottom of the curve.
  const last = page.segments.at(-1);
  const top = page.segments[0]?.y ?? page.curve?.y;
  const end = page.curve ? page.curve.y + page.curve.height : last ? last.y + last.height : undefined;
  if (top === undefined || end === undefined) return;
  setStroke(doc, tint(COLORS.faint, 0.6), 0.4 * u);
  doc.setLineDashPattern([u, 2 * u], 0);
  for (let i = 1; i < page.stageCount; i++) {
    const x = columnsLeft + i * grid.columnWidth;
    doc.line(x, top, x, end);
  }
  solidLines(doc);
}

/**
 * A lane's body, header and edge: a function lane in shades of its own colour; a layer as the canvas draws
 * it (look/layers.ts), its body washed with its colour and its header with the strip's accent.
 */
function laneFills(model: PdfModel, color: string): { body: string; header: string; edge: string; edgeWidth: number } {
  if (model.layout !== 'layers')
    return { body: tint(color, 0.07), header: tint(color, 0.16), edge: color, edgeWidth: 4 };
  const { strip, rowWash } = LAYER_LOOK;
  const accent = LIGHT[strip.color];
  return { body: tint(color, rowWash), header: tint(accent, strip.wash), edge: accent, edgeWidth: strip.edge };
}

/**
 * The line of visibility across the page, dashed as on the canvas, its name in the lane header column. The
 * name keeps its case here: in capitals it would not fit that narrow column.
 */
function drawVisibilityLine(doc: jsPDF, grid: GridPlan, y: number, right: number, label: string) {
  const { m } = grid;
  const u = m.unit;
  const style: TextStyle = { weight: 'bold', size: m.smallSize };
  const labelWidth = m.laneHeaderWidth - 8 * u;
  const text = typesetterOf(doc).ellipsize(label, style, labelWidth);
  const color = LIGHT[LAYER_LOOK.visibility.color];
  write(doc, text, grid.left + 4 * u, y + 2.5 * u, style, { width: labelWidth, color });
  // Thinner than on screen (paper), in the same dash rhythm.
  const width = 1.2 * u;
  setStroke(doc, color, width);
  doc.setLineDashPattern(visibilityDash(width), 0);
  doc.line(grid.left + m.laneHeaderWidth, y, right, y);
  solidLines(doc);
}

/** A note of the layered grid: its function's colour on the left edge, the function's name, its text. */
function drawNote(doc: jsPDF, grid: GridPlan, { note }: PdfNote, box: Box) {
  const { m } = grid;
  const u = m.unit;
  const look = LAYER_LOOK.note;
  fillRect(doc, box.x, box.y, box.width, box.height, LIGHT[look.fill]);
  setStroke(doc, LIGHT[look.stroke], 0.5 * u);
  doc.rect(box.x, box.y, box.width, box.height, 'S');
  // Thinner than the canvas's edge, as the paper grid's cards' function band is.
  fillRect(doc, box.x, box.y, 3 * u, box.height, note.color || LIGHT[look.stroke]);
  const type = typesetterOf(doc);
  const width = cardTextWidth(m, grid.columnWidth);
  const x = box.x + m.cardPadLeft;
  let top = box.y + notePad(m);
  if (note.heading) {
    const heading = noteHeadingStyle(m);
    write(doc, type.ellipsize(note.heading, heading, width), x, top + m.linkLabelLeading / 2 + 2.5 * u, heading, {
      width,
    });
    top += m.linkLabelLeading;
  }
  if (!note.text) return;
  // The plan made the row tall enough for NOTE_MAX_LINES; longer texts are whole in the appendix.
  const lines = type.wrap(note.text, noteTextStyle(m), width, NOTE_MAX_LINES);
  writeLines(doc, lines, x, top, noteTextStyle(m), m.linkLabelLeading, { color: COLORS.text, width });
}

/** One page of the tiled blueprint: headers, lanes, connections, cards and (on the last section) the curve. */
export function drawGridPage(doc: jsPDF, model: PdfModel, grid: GridPlan, page: GridPagePlan, title: string): void {
  drawHeader(doc, model, grid, page, title);
  drawStageHeaders(doc, model, grid, page);
  drawLanes(doc, model, grid, page);
  if (page.curve) drawCurve(doc, model, grid, page, page.curve);
  drawLinks(doc, model, grid, page);
  const refs = offPageRefs(model, grid, page);
  for (const note of model.notes) {
    const box = cardBox(grid, page, note);
    if (box) drawNote(doc, grid, note, box);
  }
  for (const card of model.cards) {
    const box = cardBox(grid, page, card);
    if (!box) continue;
    drawCard(doc, model, grid, card, box, {
      color: model.lanes[card.lane].color,
      pageRefs: refs.get(card.touchpoint.id) ?? '',
    });
  }
}
