import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from './columns';
import { readTable } from './readTable';
import { journeyFromTable } from './tableJourney';

const NOW = new Date('2025-05-06T07:08:09.000Z');

/** What importing a typed CSV reports, with its guessed mapping (or one the test changes). */
function warningsOf(
  csv: string,
  change: (mapping: ReturnType<typeof guessColumnMapping>['mapping']) => void = () => {},
) {
  const table = readTable({ text: csv });
  if (!table.ok) throw new Error(table.refusal.code);
  const mapping = structuredClone(table.guess.mapping);
  change(mapping);
  const result = journeyFromTable(table.rows, mapping, {
    name: 'x',
    numberLocale: ',',
    firstRow: table.firstRow,
    now: NOW,
  });
  if (!result.ok) throw new Error(result.refusal.code);
  return result.warnings.filter((warning) => warning.code === 'extra-cells');
}

describe('cells beyond the header', () => {
  it('are reported with their row and text when they hold something, as nothing reads them', () => {
    const csv = 'Etapa;Punto de contacto;CSAT\nA;Uno;12,5;extra1\nA;Dos;3;;\nB;Tres;4;;extra2; extra3 \n;;;solo\n';
    expect(warningsOf(csv)).toEqual([
      { code: 'extra-cells', row: 2, value: 'extra1', count: 1 },
      { code: 'extra-cells', row: 4, value: 'extra2 | extra3', count: 2 },
      { code: 'extra-cells', row: 5, value: 'solo', count: 1 },
    ]);
  });

  it('count from the last header that names a column, and keep rows numbered as the sheet does', () => {
    const csv = 'Recorrido: Me uno\n\nEtapa;Punto de contacto;;\nA;Uno;;nota\n';
    expect(warningsOf(csv)).toEqual([{ code: 'extra-cells', row: 4, value: 'nota', count: 1 }]);
  });

  it('include those under an empty header cell between named ones, in column order', () => {
    const csv = 'Etapa;;Punto de contacto;\nA;perdida;Uno;extra\nA;;Dos;\n';
    expect(warningsOf(csv)).toEqual([{ code: 'extra-cells', row: 2, value: 'perdida | extra', count: 2 }]);
  });

  it('are not reported once a column of them is mapped, nor in a table without a header row', () => {
    const csv = 'Etapa;Punto de contacto;CSAT\nA;Uno;12,5;extra1\n';
    expect(warningsOf(csv, (mapping) => (mapping.columns.notes = 3))).toEqual([]);
    expect(warningsOf(csv, (mapping) => (mapping.personaColumns = [3]))).toEqual([]);
    expect(warningsOf(csv, (mapping) => (mapping.hasHeader = false))).toEqual([]);
  });
});
