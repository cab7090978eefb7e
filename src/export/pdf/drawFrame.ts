import type { jsPDF } from 'jspdf';
import { COLORS, setStroke, write } from './draw';
import { MARGIN, type PageFrame } from './geometry';
import type { PdfStrings } from './pdfStrings';
import { ellipsize, singleLine, type TextStyle } from './text';

const FOOTER: TextStyle = { weight: 'normal', size: 7.5 };

/** The journey's name as printed: sanitised, on one line, or the "untitled" label. */
export function journeyTitle(name: string, strings: PdfStrings): string {
  return singleLine(name) || strings.untitledJourney;
}

/** Footer of every page: a rule, the journey's name on the left, "Página 3 de 9" on the right. */
export function drawFooter(
  doc: jsPDF,
  frame: PageFrame,
  title: string,
  page: number,
  total: number,
  strings: PdfStrings,
): void {
  const { content } = frame;
  const y = frame.height - MARGIN;
  setStroke(doc, COLORS.border, 0.5);
  doc.line(content.x, y - 11, content.x + content.width, y - 11);
  const pageLabel = strings.pageOf(page, total);
  write(doc, pageLabel, content.x + content.width, y, FOOTER, { color: COLORS.muted, align: 'right' });
  write(doc, ellipsize(title, FOOTER, content.width * 0.7), content.x, y, FOOTER, { color: COLORS.muted });
}
