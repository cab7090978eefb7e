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
