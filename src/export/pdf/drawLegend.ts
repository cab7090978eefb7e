import type { jsPDF } from 'jspdf';
import { EMOTION_COLORS, NO_EMOTION_COLOR } from '../../domain/look/colors';
import { CURVE } from '../../domain/look/curve';
import { CURVE_DOT, FROM_SCREEN } from './drawCurve';
import {
  arrowHead,
  COLORS,
  dot,
  fillRect,
  linkStyle,
  setStroke,
  solidLines,
  star,
  triangle,
  write,
  writeLines,
} from './draw';
import type { PageFrame } from './geometry';
import { LEGEND, type LegendMarker, type LegendPagePlan, type PlacedLegendItem } from './legendPlan';
import type { PdfStrings } from './pdfStrings';

function drawSymbol(doc: jsPDF, marker: LegendMarker, x: number, cy: number, k: number) {
  switch (marker) {
    case 'mot':
      star(doc, x + 6 * k, cy, 4.5 * k, COLORS.truth);
      break;
    case 'pain':
      triangle(doc, x + 6 * k, cy, 8 * k, COLORS.pain);
      break;
    case 'link':
    case 'handoff': {
      const color = linkStyle(doc, marker === 'handoff');
      doc.line(x, cy, x + 20 * k, cy);
      solidLines(doc);
      arrowHead(doc, x + 25 * k, cy, 1, 5 * k, color);
      break;
    }
    case 'offPage':
      write(doc, '› 2/4', x, cy + 3 * k, { weight: 'bold', size: 8 * k }, { color: COLORS.accent });
      break;
    case 'curve':
      setStroke(doc, COLORS.text, 1.1 * k);
      doc.line(x, cy + 3 * k, x + 24 * k, cy - 3 * k);
      dot(doc, x + 12 * k, cy, 3.4 * k, EMOTION_COLORS[1]);
      break;
    case 'unrated': {
      // The ring drawCurve draws, at the legend's scale (the curve point above is 3.4 for the screen's dot).
      const r = FROM_SCREEN * k;
      setStroke(doc, NO_EMOTION_COLOR, CURVE.outline * r);
      doc.setLineDashPattern(
        CURVE.unrated.dash.map((d) => d * r),
        0,
      );
      doc.circle(x + 12 * k, cy, CURVE.unrated.ring * r, 'S');
      solidLines(doc);
      break;
    }
  }
}

function drawItem(doc: jsPDF, placed: PlacedLegendItem, k: number) {
  const { item, lines, x, y } = placed;
  const leading = LEGEND.leading * k;
  if (item.kind === 'heading') {
    // Every line the plan wrapped, the rule under the last one: the plan made room for them all.
    const style = { weight: 'bold' as const, size: LEGEND.headingSize * k };
    const step = LEGEND.headingLeading * k;
    lines.forEach((line, i) =>
      write(doc, line, x, y + LEGEND.headingBaseline * k + i * step, style, { width: placed.width }),
    );
    const rule = y + LEGEND.headingRule * k + Math.max(0, lines.length - 1) * step;
    setStroke(doc, COLORS.border, 0.5);
    doc.line(x, rule, x + placed.width, rule);
    return;
  }
  const cy = y + leading / 2 + 1.5 * k;
  if (item.kind === 'swatch') fillRect(doc, x, cy - 4.5 * k, 14 * k, 9 * k, item.color);
  if (item.kind === 'emotion') dot(doc, x + 6 * k, cy, 4 * k, EMOTION_COLORS[item.emotion]);
  if (item.kind === 'marker') drawSymbol(doc, item.marker, x, cy, k);
  if (item.kind === 'series') {
    // As drawCurve draws the line: the series at the screen's proportions, the chosen persona's 1.1 wide.
    const s = FROM_SCREEN * k;
    setStroke(doc, item.color, item.dash ? CURVE.series.width * s : 1.1 * k);
    doc.setLineDashPattern(item.dash ? item.dash.map((d) => d * s) : [], 0);
    doc.line(x, cy, x + 24 * k, cy);
    solidLines(doc);
    if (item.dash) dot(doc, x + 12 * k, cy, CURVE.series.dot * s, item.color);
    else dot(doc, x + 12 * k, cy, CURVE_DOT * k, EMOTION_COLORS[1]);
  }
  const style = { weight: 'normal' as const, size: LEGEND.itemSize * k };
  writeLines(doc, lines, x + LEGEND.symbolWidth * k, y + 1.5 * k, style, leading, {
    width: placed.width - LEGEND.symbolWidth * k,
  });
}

/** A legend page: its title, then the planned columns of swatches, emotion dots, markers and line styles. */
export function drawLegendPage(doc: jsPDF, frame: PageFrame, page: LegendPagePlan, strings: PdfStrings): void {
  const k = frame.scale;
  const title = page.first ? strings.legend : `${strings.legend} ${strings.continued}`;
  write(doc, title, frame.content.x, frame.content.y + LEGEND.titleSize * k, {
    weight: 'bold',
    size: LEGEND.titleSize * k,
  });
  for (const item of page.items) drawItem(doc, item, k);
}
