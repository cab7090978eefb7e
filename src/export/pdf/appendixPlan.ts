import type { TableSpec } from './appendixTables';
import type { PageFrame } from './geometry';
import type { TextLine, TextStyle, Typesetter } from './text';

export interface PlacedColumn {
  x: number;
  width: number;
  align: 'left' | 'right';
}

export type AppendixElement =
  | { kind: 'pageTitle'; text: string; y: number }
  | { kind: 'tableTitle'; text: string; y: number }
  | { kind: 'header'; cells: TextLine[][]; columns: PlacedColumn[]; y: number; height: number }
  | { kind: 'group'; text: string; color?: string; y: number; height: number }
  | { kind: 'row'; cells: TextLine[][]; columns: PlacedColumn[]; y: number; height: number; shaded: boolean }
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
  /** A row taller than the room left splits there only if this many lines fit; else it starts a page. */
  minSplitLines: 3,
} as const;

interface Labels {
  appendix: string;
  continued: string;
  none: string;
}

/**
 * Lays the appendix tables out over as many pages as they need. Cells are never cut: a row that does not fit
 * moves to the next page when it fits a page, else it splits between lines and flows on over as many pages
 * as it needs (a 5,000-character description). A table starts on a new page when its title, header and the
 * start of its first row do not fit; a page break inside a table repeats the title "(cont.)", the column
 * headers and the current group's heading.
 */
export function planAppendix(
  tables: readonly TableSpec[],
  frame: PageFrame,
  labels: Labels,
  type: Typesetter,
): AppendixPagePlan[] {
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
    const heightOf = (lines: readonly TextLine[][]) =>
      Math.max(1, ...lines.map((l) => l.length)) * TABLE.leading * k + 2 * TABLE.padY * k;
    const wrapRow = (cells: readonly string[], style: TextStyle) => {
      const lines = cells.map((cell, i) => type.wrap(cell, style, columns[i].width - 2 * TABLE.padX * k));
      return { lines, height: heightOf(lines) };
    };
    /** Height of a row's start: the whole row, or as much of it as a split would leave on a page. */
    const startOf = (row: { height: number } | undefined) =>
      Math.min(row?.height ?? 0, (TABLE.minSplitLines * TABLE.leading + 2 * TABLE.padY) * k);
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
    const groupRoom = (group: { heading: string }) => (group.heading === '' ? 0 : groupHeight);
    const firstBody = rows.length === 0 ? TABLE.noteHeight * k : groupRoom(table.groups[0]) + startOf(rows[0][0]);
    if (y + titleHeight + header.height + firstBody > bottom && y > content.y) newPage();
    placeTitleAndHeader(false);
    if (rows.length === 0) {
      add({ kind: 'note', text: labels.none, y, height: TABLE.noteHeight * k });
      y += TABLE.noteHeight * k;
    }
    table.groups.forEach((group, g) => {
      const addGroup = (continued: boolean) => {
        if (group.heading === '') return;
        const text = continued ? `${group.heading} ${labels.continued}` : group.heading;
        add({ kind: 'group', text, color: group.color, y, height: groupHeight });
        y += groupHeight;
      };
      const continueOnNewPage = () => {
        newPage();
        placeTitleAndHeader(true);
        addGroup(true);
      };
      if (y + groupRoom(group) + startOf(rows[g][0]) > bottom) {
        newPage();
        placeTitleAndHeader(true);
      }
      addGroup(false);
      rows[g].forEach((row, r) => {
        const shaded = r % 2 === 1;
        let lines = row.lines;
        let height = row.height;
        for (;;) {
          if (y + height <= bottom) {
            add({ kind: 'row', cells: lines, columns, y, height, shaded });
            y += height;
            return;
          }
          const freshTop = content.y + titleHeight + header.height + groupRoom(group);
          const room = Math.floor((bottom - y - 2 * TABLE.padY * k) / (TABLE.leading * k));
          const atTop = y <= freshTop + 0.01;
          if (!atTop && (freshTop + height <= bottom || room < TABLE.minSplitLines)) {
            continueOnNewPage();
            continue;
          }
          // Split between lines: what fits here, the rest on the next page (at least a line, or no progress).
          const here = Math.max(1, room);
          const head = lines.map((cell) => cell.slice(0, here));
          add({ kind: 'row', cells: head, columns, y, height: heightOf(head), shaded });
          lines = lines.map((cell) => cell.slice(here));
          height = heightOf(lines);
          if (lines.every((cell) => cell.length === 0)) return;
          continueOnNewPage();
        }
      });
    });
    y += TABLE.tableGap * k;
  }
  return pages;
}
