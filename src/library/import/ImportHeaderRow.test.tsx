import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { es } from '../../i18n/es';
import { renderLibrary } from '../../test/libraryTestKit';
import { chooseFile, fileOf, journeyOutline, onlyStoredJourney } from '../../test/importTestKit';
import { closeTestServices } from '../../test/testServices';
import { workbook } from '../../test/xlsxTestKit';

afterEach(closeTestServices);

// A spreadsheet as teams make it by hand: the journey's name, a blank row, then the headers.
const TITLED_CSV = `Journey: Me uno,,,
,,,
Etapa,Punto de contacto,Canal,Emoción
Me informo,Veo un anuncio,Web,4
Contrato,Firmo,Tienda,5
`;

const LEFT_OUT = 'Row 3: The column headers are on this row: the 2 rows above them';

/** An inline-string sheet, one array per row; empty cells are left out, as Excel writes them. */
const sheet = (rows: string[][]) =>
  '<sheetData>' +
  rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((text, c) =>
            text ? `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${text}</t></is></c>` : '',
          )
          .join('')}</row>`,
    )
    .join('') +
  '</sheetData>';

const dialogNamed = (name: string) => screen.findByRole('dialog', { name });
const field = (dialog: HTMLElement, label: string) => within(dialog).getByRole('combobox', { name: label });
const previewRows = (dialog: HTMLElement, words = en) =>
  within(within(dialog).getByRole('table', { name: words.import.map.firstRows }))
    .getAllByRole('row')
    .slice(1);

describe('a table whose headers are below a title row', () => {
  it('maps the columns from the header row, previews and imports the touchpoints, and says what it left out', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('Me uno.csv', TITLED_CSV, 'text/csv'));

    const dialog = await dialogNamed(en.import.map.title);
    expect(field(dialog, en.panels.inspector.stage)).toHaveDisplayValue('Etapa');
    expect(field(dialog, en.panels.inspector.title)).toHaveDisplayValue('Punto de contacto');
    expect(field(dialog, en.panels.inspector.emotion)).toHaveDisplayValue('Emoción');
    expect(within(dialog).getByTestId('column-map-has-header')).toBeChecked();
    expect(within(dialog).getByTestId('column-map-summary')).toHaveTextContent('2 stages · 2 touchpoints');
    const rows = previewRows(dialog);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Me informoVeo un anuncioWeb'),
      expect.stringContaining('ContratoFirmo'),
    ]);
    expect(dialog).not.toHaveTextContent('Journey: Me uno');
    expect(within(dialog).getByTestId('import-warnings')).toHaveTextContent(LEFT_OUT);

    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));
    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('“Me uno” imported: 2 stages, 2 touchpoints.');
    expect(within(done).getByTestId('import-warnings')).toHaveTextContent(LEFT_OUT);
    expect(journeyOutline(await onlyStoredJourney(app))).toEqual({
      stages: ['Me informo', 'Contrato'],
      touchpoints: [
        { stage: 'Me informo', title: 'Veo un anuncio', emotion: 1 },
        { stage: 'Contrato', title: 'Firmo', emotion: 2 },
      ],
    });
  });

  it('picks a workbook’s sheet headed on row 3 over its cover, in Spanish, and the warning follows the sheet', async () => {
    const bytes = workbook(
      {
        Portada: sheet([['Mapa de recorrido: cobranza 2026'], ['Equipo CX']]),
        Recorrido: sheet([
          ['Journey: Me uno'],
          [],
          ['Etapa', 'Punto de contacto', 'Emoción'],
          ['Me informo', 'Veo un anuncio', '5'],
        ]),
      },
      '',
    );
    const { user, app } = await renderLibrary('/', 'es');
    await user.upload(screen.getByLabelText(es.import.button), fileOf('Cobranza.xlsx', bytes));

    const dialog = await dialogNamed(es.import.map.title);
    const leftOut = 'Fila 3: Los encabezados de las columnas están en esta fila: las 2 filas de arriba';
    expect(field(dialog, es.import.map.sheet)).toHaveDisplayValue('Recorrido');
    expect(field(dialog, es.panels.inspector.title)).toHaveDisplayValue('Punto de contacto');
    expect(within(dialog).getByTestId('import-warnings')).toHaveTextContent(leftOut);

    // The cover has no header row: read whole as before, and the other sheet's warning is not its own.
    await user.selectOptions(field(dialog, es.import.map.sheet), 'Portada');
    expect(dialog).not.toHaveTextContent(leftOut);
    await user.selectOptions(field(dialog, es.import.map.sheet), 'Recorrido');
    expect(within(dialog).getByTestId('import-warnings')).toHaveTextContent(leftOut);
    expect(previewRows(dialog, es).map((row) => row.textContent)).toEqual([
      expect.stringContaining('Me informoVeo un anuncio'),
    ]);

    await user.click(within(dialog).getByRole('button', { name: es.import.map.submit }));
    expect(await screen.findByTestId('import-done')).toHaveTextContent(leftOut);
    expect(journeyOutline(await onlyStoredJourney(app)).touchpoints).toEqual([
      { stage: 'Me informo', title: 'Veo un anuncio', emotion: 2 },
    ]);
  });
});

// The user test's sheet: a title, a date and a blank row above the headers.
const DATED_CSV = `Puntos de contacto – Me uno
Actualizado: 12/11/2025

Etapa,Punto de contacto,Canal,Emoción
Me informo,Veo un anuncio,Web,4
Contrato,Firmo,Tienda,5
`;

describe('unticking “The first row names the columns” for a table headed below a title', () => {
  it('reads the table whole from its row 1, with no rows left out; ticking again restores the header', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('Me uno.csv', DATED_CSV, 'text/csv'));
    const dialog = await dialogNamed(en.import.map.title);
    const hasHeader = within(dialog).getByRole('checkbox', { name: en.import.map.hasHeader });
    const leftOut = 'Row 4: The column headers are on this row: the 3 rows above them';
    expect(within(dialog).getByTestId('import-warnings')).toHaveTextContent(leftOut);

    await user.click(hasHeader);
    expect(hasHeader).not.toBeChecked();
    // Every row is data now, the headers' included, and the columns are named by their letters: the title
    // and the date, alone in the stage's column, name stages of their own.
    expect(field(dialog, en.panels.inspector.title)).toHaveDisplayValue('Column B');
    expect(within(dialog).getByTestId('column-map-summary')).toHaveTextContent('5 stages · 3 touchpoints');
    expect(within(dialog).getByRole('list', { name: en.panels.inspector.stage })).toHaveTextContent(
      'Puntos de contacto – Me unoActualizado: 12/11/2025EtapaMe informoContrato',
    );
    expect(previewRows(dialog).map((row) => row.textContent)).toEqual([
      expect.stringContaining('EtapaPunto de contactoCanal'),
      expect.stringContaining('Me informoVeo un anuncio'),
      expect.stringContaining('ContratoFirmo'),
    ]);
    const warnings = within(dialog).getByTestId('import-warnings');
    expect(warnings).not.toHaveTextContent('column headers are on this row');
    expect(warnings).not.toHaveTextContent('left out');
    // Rows are numbered as the sheet numbers them, from its row 1.
    expect(warnings).toHaveTextContent('Row 1: The row holds only a stage name, “Puntos de contacto – Me uno”');
    expect(warnings).toHaveTextContent('Row 4: “Emoción” is not an emotion');

    await user.click(hasHeader);
    expect(field(dialog, en.panels.inspector.title)).toHaveDisplayValue('Punto de contacto');
    expect(within(dialog).getByTestId('column-map-summary')).toHaveTextContent('2 stages · 2 touchpoints');
    expect(within(dialog).getByTestId('import-warnings')).toHaveTextContent(leftOut);

    await user.click(hasHeader);
    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));
    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('“Me uno” imported: 5 stages, 3 touchpoints.');
    expect(done).not.toHaveTextContent('column headers are on this row');
    expect(within(done).getByTestId('import-warnings')).toHaveTextContent('Row 4: “Emoción” is not an emotion');
    expect(journeyOutline(await onlyStoredJourney(app))).toEqual({
      stages: ['Puntos de contacto – Me uno', 'Actualizado: 12/11/2025', 'Etapa', 'Me informo', 'Contrato'],
      touchpoints: [
        { stage: 'Etapa', title: 'Punto de contacto', emotion: null },
        { stage: 'Me informo', title: 'Veo un anuncio', emotion: 1 },
        { stage: 'Contrato', title: 'Firmo', emotion: 2 },
      ],
    });
  });
});
