import { describe, expect, it } from 'vitest';
import * as table from '../../domain/table';
import { workbook } from '../../test/xlsxTestKit';
import { readWorkbook } from './readImport';

/** A sheet's XML of inline strings, one array per row. */
const sheet = (rows: string[][]) =>
  '<sheetData>' +
  rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((text, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${text}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('') +
  '</sheetData>';

const COVER = sheet([['Mapa de recorrido: cobranza 2026']]);
const JOURNEY = sheet([
  ['Etapa', 'Punto de contacto', 'Emoción'],
  ['Me informo', 'Veo un anuncio', 'Me encanta'],
]);

describe('which sheet of a workbook is read first', () => {
  it('skips a cover sheet for the first whose headers name the touchpoints', () => {
    const read = readWorkbook(table, workbook({ Portada: COVER, Recorrido: JOURNEY }, ''));
    expect(read).toMatchObject({ ok: true, sheet: 1, sheets: ['Portada', 'Recorrido'] });
  });

  it('skips a cover sheet whose one-cell title names the touchpoints itself', () => {
    const cover = sheet([['Puntos de contacto – Me uno'], ['Actualizado: 12/11/2025'], ['Equipo CX']]);
    const read = readWorkbook(table, workbook({ Portada: cover, Recorrido: JOURNEY }, ''));
    expect(read).toMatchObject({ ok: true, sheet: 1, firstRow: 1 });
  });

  it('reads the first sheet with cells when none has such headers, and one asked for by index', () => {
    const notes = sheet([['Notas'], ['Revisar con Cobranza']]);
    expect(readWorkbook(table, workbook({ Vacía: '<sheetData/>', Portada: COVER, Notas: notes }, ''))).toMatchObject({
      ok: true,
      sheet: 1,
    });
    expect(readWorkbook(table, workbook({ Portada: COVER, Recorrido: JOURNEY }, ''), 0)).toMatchObject({
      ok: true,
      sheet: 0,
    });
  });
});

describe('a sheet whose headers sit below a title', () => {
  const titled = sheet([
    ['Journey: Me uno'],
    ['Marzo de 2026'],
    ['Etapa', 'Punto de contacto', 'Emoción'],
    ['Me informo', 'Veo un anuncio', 'Me encanta'],
  ]);

  it('is picked over a cover sheet, read from its header row, and says what it left out', () => {
    const read = readWorkbook(table, workbook({ Portada: COVER, Recorrido: titled }, ''));
    expect(read).toMatchObject({
      ok: true,
      sheet: 1,
      firstRow: 3,
      rows: [
        ['Etapa', 'Punto de contacto', 'Emoción'],
        ['Me informo', 'Veo un anuncio', 'Me encanta'],
      ],
      warnings: [{ code: 'rows-above-header', row: 3, count: 2 }],
    });
  });

  it('is read from its header row when asked for by index too, and a sheet headed on row 1 as before', () => {
    const book = workbook({ Recorrido: JOURNEY, Titulado: titled }, '');
    expect(readWorkbook(table, book, 1)).toMatchObject({ ok: true, sheet: 1, firstRow: 3 });
    expect(readWorkbook(table, book, 0)).toMatchObject({ ok: true, sheet: 0, firstRow: 1, warnings: [] });
  });
});
