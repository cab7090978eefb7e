import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { journeyOrder } from '../emotionCurve';
import { readTable } from './readTable';
import { journeyFromTable } from './tableJourney';
import { readXlsx } from './xlsx';
import { workbook } from '../../test/xlsxTestKit';

const SHARED =
  '<si><t>Etapa</t></si><si><t>Punto de contacto</t></si><si><r><t>Llamo </t></r><r><rPr><b/></rPr><t xml:space="preserve">&amp; espero</t></r><rPh><t>ヨミ</t></rPh></si><si><t>Me informo</t></si><si/>';
const SHEET =
  '<sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Emoción</t></is></c><c r="E1" t="inlineStr"><is><r><t>No</t></r><r><t>tas</t></r></is></c></row>' +
  '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>2</v></c><c r="C2"><v>-2</v></c><c r="D2" t="b"><v>1</v></c><c r="E2"><v>0.30000000000000004</v></c></row>' +
  '<row r="3"><c r="B3" t="str"><f>A1</f><v>Veo &lt;anuncio&gt;</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="E3" t="s"><v>4</v></c></row>' +
  '<row><c t="inlineStr"><is><t>sin ref</t></is></c><c><v>7</v></c></row>' +
  '<row r="6"/>' +
  '</sheetData><mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>';

describe('readXlsx', () => {
  it.each([
    ['without prefixes', ''],
    ['with SpreadsheetML elements prefixed x:', 'x'],
  ])('reads the first sheet %s: shared, rich and inline strings, numbers, booleans, merges', (_name, prefix) => {
    const bytes = workbook(
      { Recorrido: SHEET, Otra: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
      SHARED,
      prefix,
    );
    const result = readXlsx(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    expect(result.sheets).toEqual(['Recorrido', 'Otra']);
    expect(result.sheet).toBe('Recorrido');
    expect(result.rows).toEqual([
      ['Etapa', 'Punto de contacto', 'Emoción', '', 'Notas'],
      ['Me informo', 'Llamo & espero', '-2', 'TRUE', '0.3'],
      ['Me informo', 'Veo <anuncio>', '#N/A', '', ''],
      ['sin ref', '7', '', '', ''],
    ]);
  });

  it('reads another sheet by index or name', () => {
    const bytes = workbook(
      { Uno: SHEET, Dos: '<sheetData><row r="2"><c r="B2"><v>42</v></c></row></sheetData>' },
      SHARED,
    );
    const expected = [
      ['', ''],
      ['', '42'],
    ];
    expect(readXlsx(bytes, { sheet: 1 })).toMatchObject({ ok: true, sheet: 'Dos', rows: expected });
    expect(readXlsx(bytes, { sheet: 'Dos' })).toMatchObject({ ok: true, sheet: 'Dos', rows: expected });
  });

  it('reads a workbook written by another library (exceljs): merged stage cells, emoji, line breaks', () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'journey-exceljs.xlsx')));
    const result = readXlsx(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    expect(result.sheets).toEqual(['Recorrido', 'Otra hoja']);
    expect(result.rows).toEqual([
      ['Etapa', 'Punto de contacto', 'Canal', 'Responsable', 'Emoción (1-5)', 'Dolor', 'Notas'],
      ['Me informo', 'Veo un anuncio', 'Redes sociales', 'Marketing', '3', 'No', ''],
      ['Me informo', 'Comparo tarifas', 'Web', 'Marketing', '4', '', 'Línea 1\nLínea 2'],
      ['Contrato', 'Llamo: "¿dónde está?"', 'WhatsApp', 'Facturación', '1', 'Sí', ''],
      ['Contrato', 'Firmo 🖊️', 'Tienda', 'Ventas', '5', 'TRUE', ''],
    ]);
    const table = readTable({ bytes });
    if (!table.ok) throw new Error(table.refusal.code);
    expect(table.format).toBe('xlsx');
    const journey = journeyFromTable(table.rows, table.guess.mapping, { name: 'Excel' });
    if (!journey.ok) throw new Error(journey.refusal.code);
    expect(journey.journey.stages.map((s) => s.name)).toEqual(['Me informo', 'Contrato']);
    expect(
      journeyOrder(journey.journey).map((t) => [t.title, t.channelId, t.functionId, t.emotion, t.painPoint]),
    ).toEqual([
      ['Veo un anuncio', 'social', 'marketing', 0, false],
      ['Comparo tarifas', 'web', 'marketing', 1, false],
      ['Llamo: "¿dónde está?"', 'custom-channel-whatsapp', 'custom-function-facturacion', -2, true],
      ['Firmo 🖊️', 'store', 'sales', 2, true],
    ]);
  });

  it('reads percentage cells as they show (0.85 as "85%"), so CSAT and FCR import as 85 and 70', () => {
    // Styles: 0 general, 1 built-in "0%", 2 a custom "0.0%", 3 a custom format whose % is quoted text (no
    // scaling in Excel either), 4 built-in "0.00%" in a colour. cellStyleXfs' xf elements are not cell styles.
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0&quot; %&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164"><alignment/></xf><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs>';
    const sheet =
      '<sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Touchpoint</t></is></c><c r="B1" t="inlineStr"><is><t>CSAT</t></is></c><c r="C1" t="inlineStr"><is><t>FCR</t></is></c><c r="D1" t="inlineStr"><is><t>Notes</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Calls</t></is></c><c r="B2" s="1"><v>0.85</v></c><c r="C2" s="2"><v>0.7</v></c><c r="D2" s="4"><v>1</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>Chats</t></is></c><c r="B3" s="3"><v>64</v></c><c r="C3" s="0"><v>0.5</v></c><c r="D3" s="1" t="s"><v>0</v></c></row>' +
      '</sheetData>';
    const bytes = workbook({ Hoja: sheet }, '<si><t>texto</t></si>', '', styles);
    const result = readXlsx(bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    expect(result.rows).toEqual([
      ['Touchpoint', 'CSAT', 'FCR', 'Notes'],
      ['Calls', '85%', '70%', '100%'],
      ['Chats', '64', '0.5', 'texto'],
    ]);
    const table = readTable({ bytes });
    if (!table.ok) throw new Error(table.refusal.code);
    const journey = journeyFromTable(table.rows, table.guess.mapping, { name: 'Excel' });
    if (!journey.ok) throw new Error(journey.refusal.code);
    expect(journeyOrder(journey.journey).map((t) => [t.title, t.kpiCsat, t.kpiFcr])).toEqual([
      ['Calls', 85, 70],
      ['Chats', 64, 0.5],
    ]);
  });

  it.each([
    ['not a zip', strToU8('Etapa;Punto\nA;B'), {}, 'not-xlsx'],
    ['a zip without a workbook', zipSync({ 'hello.txt': strToU8('hi') }), {}, 'not-xlsx'],
    [
      'a legacy .xls (OLE container)',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      {},
      'unsupported-excel',
    ],
    [
      'an OpenDocument spreadsheet (.ods)',
      zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
        'content.xml': strToU8('<office:document-content/>'),
      }),
      {},
      'unsupported-ods',
    ],
    ['a sheet that is not there', workbook({ Uno: SHEET }, SHARED), { sheet: 'Tres' }, 'sheet-not-found'],
    ['a sheet without cells', workbook({ Uno: '<sheetData/>' }, SHARED), {}, 'empty'],
    ['a file over the limit', workbook({ Uno: SHEET }, SHARED), { limit: 100 }, 'too-large'],
  ])('refuses %s', (_name, bytes, options, code) => {
    const result = readXlsx(bytes, options);
    expect(!result.ok && result.refusal.code).toBe(code);
  });
});
