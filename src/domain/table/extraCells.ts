import type { ImportWarning } from '../import/importResult';
import type { ColumnMapping } from './columns';
import type { TableRows } from './delimited';
import { cellText } from './measureCells';

/** How the texts of several dropped cells are put in one warning's `value`: a mark cells seldom hold. */
const CELL_JOINER = ' | ';

/**
 * What finds the cells of a row that nothing reads because no header names their column: those past the
 * last header cell that holds a name (a ragged row, "A;Uno;12,5;extra1" under three headers). Such cells
 * would otherwise vanish without a word, as a column the user left unmapped does on purpose. A column of
 * them the user mapped all the same (to a field or as a persona's emotion) is read, so not reported. For
 * a table without a header row there is no header to be past: it returns a finder that reports nothing.
 */
export function extraCellsFinder(
  rows: TableRows,
  mapping: ColumnMapping,
): (cells: readonly string[], row: number) => ImportWarning | null {
  if (!mapping.hasHeader) return () => null;
  const header = rows[0] ?? [];
  let width = header.length;
  while (width > 0 && (header[width - 1] ?? '').trim() === '') width--;
  const mapped = new Set([...Object.values(mapping.columns), ...mapping.personaColumns]);
  return (cells, row) => {
    const dropped: string[] = [];
    for (let column = width; column < cells.length; column++) {
      const text = cellText(cells, column);
      if (text !== '' && !mapped.has(column)) dropped.push(text);
    }
    if (dropped.length === 0) return null;
    return { code: 'extra-cells', row, value: dropped.join(CELL_JOINER), count: dropped.length };
  };
}
