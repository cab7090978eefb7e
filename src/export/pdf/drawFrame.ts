import type { jsPDF } from 'jspdf';
import { COLORS, setStroke, typesetterOf, write } from './draw';
import { MARGIN, type PageFrame } from './geometry';
import type { PdfStrings } from './pdfStrings';
import type { TextStyle } from './text';

const FOOTER: TextStyle = { weight: 'normal', size: 7.5 };

/** Footer of every page: a rule, the journey's name on the left, "Página 3 de 9" on the right. */
export function drawFooter(
  doc: jsPDF,
  frame: PageFrame,
  title: string,
  page: number,
  total: number,
  strings: Pick<PdfStrings, 'pageOf'>,
): void {
  const { content } = frame;
  const y = frame.height - MARGIN;
  setStroke(doc, COLORS.border, 0.5);
  doc.line(content.x, y - 11, content.x + content.width, y - 11);
  const pageLabel = strings.pageOf(page, total);
  write(doc, pageLabel, content.x + content.width, y, FOOTER, { color: COLORS.muted, align: 'right' });
  const room = content.width * 0.7;
  write(doc, typesetterOf(doc).ellipsize(title, FOOTER, room), content.x, y, FOOTER, { color: COLORS.muted });
}
