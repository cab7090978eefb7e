import { shownEmotion } from '../../domain/personas';
import type { jsPDF } from 'jspdf';
import { cardKpiText } from '../../domain/kpiCard';
import { EMOTION_LABELS } from '../../domain/vocabulary';
import { EMOTION_COLORS, EVIDENCE_COLORS } from '../../domain/look/colors';
import {
  arrowHead,
  COLORS,
  dot,
  fillRect,
  measureLine,
  setFill,
  setStroke,
  star,
  triangle,
  typesetterOf,
  write,
  writeLines,
} from './draw';
import type { Box, GridMetrics } from './geometry';
import type { GridPlan } from './gridPlan';
import { cardTextWidth, cardTitleStyle, linkLabelStyle } from './gridStyles';
import type { PdfCard, PdfModel } from './model';
import type { TextStyle } from './text';

/** Draws the markers right-aligned at `right`; returns where they start. */
function drawMarkers(doc: jsPDF, model: PdfModel, card: PdfCard, m: GridMetrics, right: number, y: number): number {
  const { strings: s } = model;
  const u = m.unit;
  const style: TextStyle = { weight: 'bold', size: m.metaSize };
  const marks: { text: string; color: string; shape: 'star' | 'triangle' }[] = [];
  if (card.touchpoint.momentOfTruth) marks.push({ text: s.motShort, color: COLORS.truth, shape: 'star' });
  if (card.touchpoint.painPoint) marks.push({ text: s.painShort, color: COLORS.pain, shape: 'triangle' });
  let x = right;
  for (const mark of marks.reverse()) {
    x -= measureLine(doc, mark.text, style);
    write(doc, mark.text, x, y, style, { color: mark.color });
    x -= 6 * u;
    if (mark.shape === 'star') star(doc, x, y - 2.4 * u, 3.6 * u, mark.color);
    else triangle(doc, x, y - 2.4 * u, 6.4 * u, mark.color);
    x -= 8 * u;
  }
  return x;
}

/**
 * The middle of a connection-label row of a card (the labels follow the card's own title lines): where that
 * connection's line leaves the card.
 */
export function labelRowY(grid: GridPlan, card: PdfCard, box: Box, row: number): number {
  const { m } = grid;
  const titleLines = grid.titleLinesOf.get(card.touchpoint.id) ?? grid.titleLines;
  return box.y + 5 * m.unit + titleLines * m.titleLeading + (row + 0.5) * m.linkLabelLeading;
}

/**
 * The card's connection labels, one row each under the title, each with a small arrowhead: the line of that
 * connection leaves the card at its row (drawLinks.ts), so label and line read together.
 */
function drawLinkLabels(doc: jsPDF, model: PdfModel, grid: GridPlan, card: PdfCard, box: Box, left: number) {
  const { m } = grid;
  const u = m.unit;
  const style = linkLabelStyle(m);
  const type = typesetterOf(doc);
  const width = cardTextWidth(m, grid.columnWidth) - 7 * u;
  for (const link of model.links) {
    const row = link.from === card ? grid.labelRow.get(link.connection.id) : undefined;
    if (row === undefined) continue;
    const y = labelRowY(grid, card, box, row);
    const color = link.handoff ? COLORS.pain : COLORS.muted;
    arrowHead(doc, left + 4 * u, y, 1, 3.6 * u, color);
    const label = type.ellipsize(link.connection.label, style, width);
    write(doc, label, left + 7 * u, y + style.size * 0.35, style, { color, width });
  }
}

/**
 * A touchpoint card: function colour band, title (up to the plan's title lines, then an ellipsis), its
 * connection labels, its KPI line when a measure is set (whole in the appendix's KPI table), its evidence
 * stripe on the right, channel, emotion with its coloured dot, markers, and `pageRefs` ("› 2/4") when a
 * connection continues elsewhere.
 */
export function drawCard(
  doc: jsPDF,
  model: PdfModel,
  grid: GridPlan,
  card: PdfCard,
  box: Box,
  look: { color: string; pageRefs: string },
): void {
  const { strings: s, locale } = model;
  const { m } = grid;
  const u = m.unit;
  const t = card.touchpoint;
  const meta: TextStyle = { weight: 'normal', size: m.metaSize };
  const metaBold: TextStyle = { weight: 'bold', size: m.metaSize };
  setFill(doc, COLORS.surface);
  setStroke(doc, COLORS.cardBorder, 0.6 * u);
  doc.rect(box.x, box.y, box.width, box.height, 'FD');
  fillRect(doc, box.x, box.y, 3 * u, box.height, look.color);
  // How the card's data is known, in the legend's evidence swatches: a stripe in the right padding, pale
  // for assumed, dark for measured, so a printed map shows what is still a guess.
  fillRect(doc, box.x + box.width - 2 * u, box.y, 2 * u, box.height, EVIDENCE_COLORS[t.evidence]);

  const left = box.x + m.cardPadLeft;
  const width = cardTextWidth(m, grid.columnWidth);
  const right = left + width;
  const type = typesetterOf(doc);
  const title = type.wrap(t.title.trim() || s.untitledTouchpoint, cardTitleStyle(m), width, grid.titleLines);
  writeLines(doc, title, left, box.y + 5 * u, cardTitleStyle(m), m.titleLeading, {
    color: t.title.trim() ? COLORS.text : COLORS.muted,
    width,
  });
  if (grid.labelRows > 0) drawLinkLabels(doc, model, grid, card, box, left);
  // The KPI line, as on screen and in the PNG (domain/kpiCard.ts), in the row after the card's own labels.
  const kpis = cardKpiText(t, locale);
  if (kpis) {
    const y = labelRowY(grid, card, box, grid.labelRowsOf.get(t.id) ?? 0) + metaBold.size * 0.35;
    write(doc, type.ellipsize(kpis, metaBold, width), left, y, metaBold, { color: COLORS.muted, width });
  }

  const channelY = box.y + box.height - 16 * u;
  const channel = model.channelOf(t);
  const refsWidth = look.pageRefs ? measureLine(doc, look.pageRefs, metaBold) + 4 * u : 0;
  if (look.pageRefs) write(doc, look.pageRefs, right, channelY, metaBold, { color: COLORS.accent, align: 'right' });
  fillRect(doc, left, channelY - 4.6 * u, 4.4 * u, 4.4 * u, channel?.color ?? COLORS.faint);
  const channelLabel = channel ? channel.label : s.noChannel;
  const channelWidth = width - 7 * u - refsWidth;
  write(doc, type.ellipsize(channelLabel, meta, channelWidth), left + 7 * u, channelY, meta, {
    color: COLORS.muted,
    width: channelWidth,
  });

  const emotionY = box.y + box.height - 5.5 * u;
  const markersStart = drawMarkers(doc, model, card, m, right, emotionY);
  // The emotion of the persona whose curve is solid, as the cards on screen show it.
  const emotion = shownEmotion(t, model.shownPersona);
  if (emotion === null) dot(doc, left + 2.2 * u, emotionY - 2.4 * u, 2.2 * u, COLORS.faint, true);
  else dot(doc, left + 2.2 * u, emotionY - 2.4 * u, 2.6 * u, EMOTION_COLORS[emotion]);
  const emotionLabel = emotion === null ? s.noEmotion : EMOTION_LABELS[emotion][locale];
  write(doc, type.ellipsize(emotionLabel, meta, markersStart - left - 9 * u), left + 7 * u, emotionY, meta);
}
