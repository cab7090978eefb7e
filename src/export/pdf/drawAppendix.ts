import type { jsPDF } from 'jspdf';
import { inkOn } from '../../domain/look/ink';
import { TABLE, type AppendixElement, type AppendixPagePlan, type PlacedColumn } from './appendixPlan';
import { COLORS, fillRect, setStroke, tint, typesetterOf, write, writeLines } from './draw';
import type { PageFrame } from './geometry';
import type { TextLine, TextStyle } from './text';

function drawCells(
  doc: jsPDF,
  cells: readonly TextLine[][],
  columns: readonly PlacedColumn[],
  y: number,
  style: TextStyle,
  k: number,
) {
  cells.forEach((lines, i) => {
    const column = columns[i];
    const x = column.align === 'right' ? column.x + column.width - TABLE.padX * k : column.x + TABLE.padX * k;
    writeLines(doc, lines, x, y + TABLE.padY * k, style, TABLE.leading * k, {
      align: column.align,
      width: column.width - 2 * TABLE.padX * k,
    });
  });
}

function drawElement(doc: jsPDF, frame: PageFrame, element: AppendixElement) {
  const k = frame.scale;
  const { x, width } = frame.content;
  const cell: TextStyle = { weight: 'normal', size: TABLE.cellSize * k };
  switch (element.kind) {
    case 'pageTitle':
      write(doc, element.text, x, element.y + TABLE.pageTitleSize * k, {
        weight: 'bold',
        size: TABLE.pageTitleSize * k,
      });
      break;
    case 'tableTitle':
      write(
        doc,
        element.text,
        x,
        element.y + TABLE.titleSize * k,
        { weight: 'bold', size: TABLE.titleSize * k },
        {
          color: COLORS.accent,
        },
      );
      break;
    case 'header':
      fillRect(doc, x, element.y, width, element.height, COLORS.surface2);
      drawCells(doc, element.cells, element.columns, element.y, { ...cell, weight: 'bold' }, k);
      break;
    case 'group': {
      const color = element.color ?? COLORS.faint;
      const band = tint(color, 0.14);
      fillRect(doc, x, element.y, width, element.height, band);
      fillRect(doc, x, element.y, 3 * k, element.height, color);
      const style: TextStyle = { weight: 'bold', size: TABLE.groupSize * k };
      const text = typesetterOf(doc).ellipsize(element.text, style, width - 12 * k);
      write(doc, text, x + 8 * k, element.y + element.height / 2 + style.size * 0.35, style, { color: inkOn(band) });
      break;
    }
    case 'row':
      if (element.shaded) fillRect(doc, x, element.y, width, element.height, COLORS.wash);
      drawCells(doc, element.cells, element.columns, element.y, cell, k);
      setStroke(doc, COLORS.border, 0.4);
      doc.line(x, element.y + element.height, x + width, element.y + element.height);
      break;
    case 'note':
      write(doc, element.text, x + TABLE.padX * k, element.y + 11 * k, cell, { color: COLORS.muted });
      break;
  }
}

/** An appendix page, as planned: titles, column headers, group headings and rows of wrapped cells. */
export function drawAppendixPage(doc: jsPDF, frame: PageFrame, page: AppendixPagePlan): void {
  for (const element of page.elements) drawElement(doc, frame, element);
}
