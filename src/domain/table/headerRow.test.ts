import { describe, expect, it } from 'vitest';
import { workbook } from '../../test/xlsxTestKit';
import { journeyOrder } from '../emotionCurve';
import { findHeaderRow, HEADER_SEARCH_ROWS } from './headerRow';
import { readTable } from './readTable';
import { journeyFromTable } from './tableJourney';

const NOW = new Date('2025-05-06T07:08:09.000Z');

/** A CSV as spreadsheets made by hand start: a title, a date, a blank row, then the headers. */
const TITLED_CSV = [
  'Journey: Me uno,,,',
  'Actualizado el 3 de marzo,,,',
  ',,,',
  'Etapa,Punto de contacto,Canal,Emoción',
  'Me informo,Veo un anuncio,Redes sociales,4',
  ',Leo opiniones,,',
  'Me uno,Firmo el contrato,Tienda,2',
].join('\r\n');

/** An inline-string sheet, one array per row, each row at its place (r) so blank rows stay rows. */
const sheet = (rows: string[][]) =>
  '<sheetData>' +
  rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((text, c) =>
            text === ''
              ? ''
              : `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${text}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('') +
  '</sheetData>';

function titles(read: ReturnType<typeof readTable>) {
  if (!read.ok) throw new Error(JSON.stringify(read.refusal));
  const built = journeyFromTable(read.rows, read.guess.mapping, { name: 'Me uno', firstRow: read.firstRow, now: NOW });
  if (!built.ok) throw new Error(JSON.stringify(built.refusal));
  return { journey: built.journey, titles: journeyOrder(built.journey).map((t) => t.title), warnings: built.warnings };
}

describe('the header row of a table below a title', () => {
  it('finds the headers of a CSV under a title, a date and a blank row, and leaves those rows out', () => {
    const read = readTable({ text: TITLED_CSV });
    expect(read).toMatchObject({
      ok: true,
      delimiter: ',',
      firstRow: 4,
      warnings: [{ code: 'rows-above-header', row: 4, count: 3 }],
    });
    if (!read.ok) return;
    expect(read.rows[0]).toEqual(['Etapa', 'Punto de contacto', 'Canal', 'Emoción']);
    // The rows left out stay at hand, for a user who says the table has no header row after all.
    expect(read.allRows.slice(0, 4)).toEqual([
      ...TITLED_CSV.split('\r\n')
        .slice(0, 4)
        .map((line) => line.split(',')),
    ]);
    expect(read.allRows.slice(3)).toEqual(read.rows);
    expect(read.guess.mapping).toMatchObject({
      hasHeader: true,
      columns: { stage: 0, title: 1, channel: 2, emotion: 3 },
    });
    const built = titles(read);
    expect(built.titles).toEqual(['Veo un anuncio', 'Leo opiniones', 'Firmo el contrato']);
    expect(built.journey.stages.map((s) => s.name)).toEqual(['Me informo', 'Me uno']);
    // Warnings name the rows as the sheet numbers them: "Leo opiniones" is on row 6 of the file.
    expect(built.warnings).toContainEqual({ code: 'stage-filled-down', row: 6 });
  });

  it('finds them in a tab-separated range pasted with a title row above it', () => {
    const pasted = 'Journey: Me uno\n\nStage\tTouchpoint\tEmotion\nDiscover\tSee an ad\t4\n';
    const read = readTable({ text: pasted });
    expect(read).toMatchObject({ ok: true, delimiter: '\t', firstRow: 3 });
    expect(titles(read).titles).toEqual(['See an ad']);
  });

  it('finds them on the third row of a workbook’s sheet', () => {
    const bytes = workbook(
      {
        Recorrido: sheet([
          ['Journey: Me uno'],
          [],
          ['Etapa', 'Punto de contacto', 'Emoción'],
          ['Me informo', 'Veo un anuncio', 'Me encanta'],
          ['Me uno', 'Firmo el contrato', 'Me frustra'],
        ]),
      },
      '',
    );
    const read = readTable({ bytes });
    expect(read).toMatchObject({
      ok: true,
      format: 'xlsx',
      firstRow: 3,
      warnings: [{ code: 'rows-above-header', row: 3, count: 2 }],
    });
    expect(titles(read).titles).toEqual(['Veo un anuncio', 'Firmo el contrato']);
  });

  it('keeps a table whose first row is the header as it was', () => {
    const rows = [
      ['Stage', 'Touchpoint'],
      ['Discover', 'See an ad'],
    ];
    const found = findHeaderRow(rows);
    expect(found).toMatchObject({ rows, firstRow: 1, warnings: [], found: true });
    expect(found.rows).toBe(rows);
    expect(found.guess.mapping.columns.title).toBe(1);
  });

  it('keeps a table with no header anywhere whole, with row 0 taken as data as before', () => {
    // A data row holding a title's word ("paso") is no header: it names one field, not two.
    const rows = [
      ['Descubro', 'Veo un anuncio', '4'],
      ['Compro', 'Completo el paso de pago', '2'],
    ];
    const found = findHeaderRow(rows);
    expect(found).toMatchObject({ rows, firstRow: 1, warnings: [], found: false });
    expect(found.guess.mapping.hasHeader).toBe(false);
  });

  it('never takes a data row for the headers: data above it means the table starts at its first row', () => {
    // Row 0 names the stage and the channel, not the touchpoints; a lower row holds "paso" and "Canal".
    const named = readTable({
      text: 'Etapa,Momento,Canal\nMe informo,Veo un anuncio,Web\nMe informo,Leo opiniones,Web\nMe registro,Completo el paso de registro,Canal online\nMe uno,Firmo,Tienda',
    });
    expect(named).toMatchObject({ ok: true, firstRow: 1, warnings: [] });
    if (named.ok) expect(named.rows[0]).toEqual(['Etapa', 'Momento', 'Canal']);
    // No headers at all, and a data row naming two fields ("Fase", "paso").
    const bare = [
      ['Fase 1', 'Veo un anuncio', '4'],
      ['Fase 1', 'Completo el paso de registro', '3'],
      ['Fase 2', 'Firmo', '2'],
    ];
    expect(findHeaderRow(bare)).toMatchObject({ rows: bare, firstRow: 1, warnings: [] });
  });

  it('takes the headers below a one-cell title that names touchpoints itself', () => {
    const found = findHeaderRow([
      ['Puntos de contacto del alta', '', ''],
      ['', '', ''],
      ['Etapa', 'Punto de contacto', 'Canal'],
      ['Me uno', 'Firmo', 'Tienda'],
    ]);
    expect(found).toMatchObject({ firstRow: 3, warnings: [{ code: 'rows-above-header', row: 3, count: 2 }] });
    expect(found.guess.mapping.columns).toMatchObject({ stage: 0, title: 1, channel: 2 });
  });

  it('finds the headers under a titled, dated export in either language, and not under a cover alone', () => {
    const dated = readTable({
      text: 'Puntos de contacto – Me uno\nActualizado: 12/11/2025\n\nEtapa,Punto de contacto,Canal,Emoción\nMe informo,Veo un anuncio,Web,4',
    });
    expect(dated).toMatchObject({ ok: true, firstRow: 4 });
    if (dated.ok) expect(dated.rows[0]).toEqual(['Etapa', 'Punto de contacto', 'Canal', 'Emoción']);
    const english = readTable({
      text: 'Touchpoint inventory — onboarding,,,\nStage,Touchpoint,Channel,Emotion\nDiscover,See an ad,Web,4',
    });
    expect(english).toMatchObject({ ok: true, firstRow: 2 });
    // A cover: a title naming touchpoints and notes, one cell each, is no journey's header.
    const cover = findHeaderRow([['Puntos de contacto – Me uno'], ['Actualizado: 12/11/2025'], ['Equipo CX']]);
    expect(cover).toMatchObject({ firstRow: 1, found: false });
  });

  it('reads the delimiter from the rows, not from a title holding a comma or a semicolon', () => {
    const tabbed = readTable({ text: 'Journey: Sign up, March 2025\nStage\tTouchpoint\nDiscover\tSee an ad' });
    expect(tabbed).toMatchObject({ ok: true, delimiter: '\t', firstRow: 2 });
    const commas = readTable({ text: 'Recorrido; versión 2\nEtapa,Punto de contacto\nMe uno,Firmo' });
    expect(commas).toMatchObject({ ok: true, delimiter: ',', firstRow: 2 });
  });

  it(`looks no further than the first ${HEADER_SEARCH_ROWS} rows`, () => {
    const header = ['Etapa', 'Punto de contacto'];
    const above = (n: number) => Array.from({ length: n }, (_, i) => [`Nota ${i + 1}`, '']);
    expect(findHeaderRow([...above(HEADER_SEARCH_ROWS - 1), header]).firstRow).toBe(HEADER_SEARCH_ROWS);
    expect(findHeaderRow([...above(HEADER_SEARCH_ROWS), header]).firstRow).toBe(1);
  });
});
