import type { ImportWarning } from '../import/importResult';
import type { ColumnMapping } from './columns';
import type { TableRows } from './delimited';
import { cellText } from './measureCells';

/** How the texts of several dropped cells are put in one warning's `value`: a mark cells seldom hold. */
const CELL_JOINER = ' | ';

/**
 * What finds the cells of a row that nothing reads because no header names their column: those past the
 * last header cell (a ragged row, "A;Uno;12,5;extra1" under three headers) and those under an empty header
 * cell between named ones ("Etapa;;Punto de contacto"). Such cells would otherwise vanish without a word,
 * as a named column the user left unmapped does on purpose (the dialog lists it by its name; an unnamed
 * one only as "Column B"). A column of them the user mapped all the same (to a field or as a persona's
 * emotion) is read, so not reported. For a table without a header row there is no header to be missing:
 * it returns a finder that reports nothing.
 */
export function extraCellsFinder(
  rows: TableRows,
  mapping: ColumnMapping,
): (cells: readonly string[], row: number) => ImportWarning | null {
  if (!mapping.hasHeader) return () => null;
  const header = rows[0] ?? [];
  const mapped = new Set([...Object.values(mapping.columns), ...mapping.personaColumns]);
  const unread = (column: number) => !mapped.has(column) && (header[column] ?? '').trim() === '';
  return (cells, row) => {
    const dropped: string[] = [];
    for (let column = 0; column < cells.length; column++) {
      const text = cellText(cells, column);
      if (text !== '' && unread(column)) dropped.push(text);
    }
    if (dropped.length === 0) return null;
    return { code: 'extra-cells', row, value: dropped.join(CELL_JOINER), count: dropped.length };
  };
}
