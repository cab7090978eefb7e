import type { TableSpec } from './appendixTables';
import type { PageFrame } from './geometry';
import { wrapText, type TextStyle } from './text';

export interface PlacedColumn {
  x: number;
  width: number;
  align: 'left' | 'right';
}

export type AppendixElement =
  | { kind: 'pageTitle'; text: string; y: number }
  | { kind: 'tableTitle'; text: string; y: number }
  | { kind: 'header'; cells: string[][]; columns: PlacedColumn[]; y: number; height: number }
  | { kind: 'group'; text: string; color?: string; y: number; height: number }
  | { kind: 'row'; cells: string[][]; columns: PlacedColumn[]; y: number; height: number; shaded: boolean }
  | { kind: 'note'; text: string; y: number; height: number };

export interface AppendixPagePlan {
  elements: AppendixElement[];
}

/** Sizes at A4; multiplied by the page frame's scale. */
export const TABLE = {
  pageTitleSize: 18,
  pageTitleHeight: 40,
  titleSize: 12,
  titleHeight: 24,
  cellSize: 7.5,
  leading: 9.2,
  padX: 4,
  padY: 3.5,
  groupSize: 8,
  groupHeight: 18,
  noteHeight: 16,
  tableGap: 20,
  maxCellLines: 12,
} as const;

interface Labels {
  appendix: string;
  continued: string;
  none: string;
}

/**
 * Lays the appendix tables out over as many pages as they need. A table starts on a new page when its title,
 * header and first row do not fit; a page break inside a table repeats the title "(cont.)", the column
 * headers and the current group's heading.
 */
export function planAppendix(tables: readonly TableSpec[], frame: PageFrame, labels: Labels): AppendixPagePlan[] {
  const k = frame.scale;
  const { content } = frame;
  const bottom = content.y + content.height;
  const cellStyle: TextStyle = { weight: 'normal', size: TABLE.cellSize * k };
  const headStyle: TextStyle = { weight: 'bold', size: TABLE.cellSize * k };
  const pages: AppendixPagePlan[] = [{ elements: [{ kind: 'pageTitle', text: labels.appendix, y: content.y }] }];
  let y = content.y + TABLE.pageTitleHeight * k;
  const add = (element: AppendixElement) => pages[pages.length - 1].elements.push(element);
  const newPage = () => {
    pages.push({ elements: [] });
    y = content.y;
  };

  for (const table of tables) {
    const total = table.columns.reduce((sum, c) => sum + c.weight, 0);
    let x = content.x;
    const columns = table.columns.map((c) => {
      const width = (content.width * c.weight) / total;
      const placed = { x, width, align: c.align ?? 'left' };
      x += width;
      return placed;
    });
    const wrapRow = (cells: readonly string[], style: TextStyle) => {
      const lines = cells.map((cell, i) =>
        wrapText(cell, style, columns[i].width - 2 * TABLE.padX * k, TABLE.maxCellLines),
      );
      const height = Math.max(1, ...lines.map((l) => l.length)) * TABLE.leading * k + 2 * TABLE.padY * k;
      return { lines, height };
    };
    const header = wrapRow(
      table.columns.map((c) => c.header),
      headStyle,
    );
    const rows = table.groups.map((g) => g.rows.map((r) => wrapRow(r, cellStyle)));
    const titleHeight = TABLE.titleHeight * k;
    const groupHeight = TABLE.groupHeight * k;
    const placeTitleAndHeader = (continued: boolean) => {
      add({ kind: 'tableTitle', text: continued ? `${table.title} ${labels.continued}` : table.title, y });
      y += titleHeight;
      add({ kind: 'header', cells: header.lines, columns, y, height: header.height });
      y += header.height;
    };
    const firstBody = rows.length === 0 ? TABLE.noteHeight * k : groupHeight + (rows[0][0]?.height ?? 0);
    if (y + titleHeight + header.height + firstBody > bottom && y > content.y) newPage();
    placeTitleAndHeader(false);
    if (rows.length === 0) {
      add({ kind: 'note', text: labels.none, y, height: TABLE.noteHeight * k });
      y += TABLE.noteHeight * k;
    }
    table.groups.forEach((group, g) => {
      if (y + groupHeight + (rows[g][0]?.height ?? 0) > bottom) {
        newPage();
        placeTitleAndHeader(true);
      }
      add({ kind: 'group', text: group.heading, color: group.color, y, height: groupHeight });
      y += groupHeight;
      rows[g].forEach((row, r) => {
        if (y + row.height > bottom) {
          newPage();
          placeTitleAndHeader(true);
          add({
            kind: 'group',
            text: `${group.heading} ${labels.continued}`,
            color: group.color,
            y,
            height: groupHeight,
          });
          y += groupHeight;
        }
        add({ kind: 'row', cells: row.lines, columns, y, height: row.height, shaded: r % 2 === 1 });
        y += row.height;
      });
    });
    y += TABLE.tableGap * k;
  }
  return pages;
}
