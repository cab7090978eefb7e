import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { es } from '../../i18n/es';
import { renderLibrary } from '../../test/libraryTestKit';
import { chooseFile, fileOf, onlyStoredJourney } from '../../test/importTestKit';
import { closeTestServices } from '../../test/testServices';
import { workbook } from '../../test/xlsxTestKit';

afterEach(closeTestServices);

const MEASURED_CSV = `Touchpoint,NPS,CSAT (%),Evidence,Emotion of Ana,Comment
See an ad,-12,"71,5",Measured,2,
Call,150,90,Observed,-1,long wait
`;

const dialogNamed = (name: string) => screen.findByRole('dialog', { name });
const measures = en.panels.measures;

describe('importing a table with measure columns', () => {
  it('maps the KPI, evidence and persona columns, reports the value out of range and imports the rest', async () => {
    const { user, app } = await renderLibrary();
    await chooseFile(user, fileOf('Measures.csv', MEASURED_CSV, 'text/csv'));

    const dialog = await dialogNamed(en.import.map.title);
    expect(within(dialog).getByRole('combobox', { name: measures.kpiNps })).toHaveDisplayValue('NPS');
    expect(within(dialog).getByRole('combobox', { name: measures.kpiCsat })).toHaveDisplayValue('CSAT (%)');
    expect(within(dialog).getByRole('combobox', { name: measures.evidence })).toHaveDisplayValue('Evidence');
    expect(within(dialog).getByRole('combobox', { name: measures.kpiCes })).toHaveDisplayValue(en.import.map.none);
    const personas = within(dialog).getByRole('group', { name: en.import.map.personas });
    expect(within(personas).getByRole('checkbox', { name: 'Emotion of Ana' })).toBeChecked();
    expect(within(personas).getByRole('checkbox', { name: 'Comment' })).not.toBeChecked();
    expect(within(dialog).getByTestId('import-personas')).toHaveTextContent(
      '2 personas, each with its own emotion curve: Persona 1, Ana.',
    );
    expect(dialog).toHaveTextContent('Row 3: “NPS (-100 to 100)”: 150 is out of its range; left empty (not adjusted).');

    // Unticked, the column makes no persona.
    await user.click(within(personas).getByRole('checkbox', { name: 'Emotion of Ana' }));
    expect(within(dialog).queryByTestId('import-personas')).not.toBeInTheDocument();
    await user.click(within(personas).getByRole('checkbox', { name: 'Emotion of Ana' }));
    await user.click(within(dialog).getByRole('button', { name: en.import.map.submit }));

    const done = await screen.findByTestId('import-done');
    expect(done).toHaveTextContent('Row 3: “NPS (-100 to 100)”: 150 is out of its range');
    const journey = await onlyStoredJourney(app);
    const ana = journey.personas[1];
    expect(ana.name).toBe('Ana');
    const byTitle = (title: string) => journey.touchpoints.find((t) => t.title === title)!;
    expect(byTitle('See an ad')).toMatchObject({ kpiNps: -12, kpiCsat: 71.5, evidence: 'measured' });
    expect(byTitle('See an ad').personaEmotions).toEqual({ [ana.id]: 2 });
    expect(byTitle('Call')).toMatchObject({ kpiNps: null, kpiCsat: 90, evidence: 'observed' });
    expect(byTitle('Call').personaEmotions).toEqual({ [ana.id]: -1 });
  });

  it('reads a workbook’s numbers as the workbook stores them, whatever the UI’s language', async () => {
    // Style 1 shows a percentage. 85.125 % and a cost of 12.345: in Spanish '85.125' would read as 85,125.
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs>';
    const inline = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
    const sheet =
      '<sheetData>' +
      `<row r="1">${inline('Punto de contacto')}${inline('CSAT (%)')}${inline('Coste por contacto')}</row>` +
      `<row r="2">${inline('Llamo')}<c s="1"><v>0.85125</v></c><c><v>12.345</v></c></row>` +
      '</sheetData>';
    const bytes = workbook({ Hoja: sheet }, '', '', styles);
    const { user, app } = await renderLibrary('/', 'es');
    await user.upload(screen.getByLabelText(es.import.button), fileOf('Medidas.xlsx', bytes));
    const dialog = await screen.findByRole('dialog', { name: 'Relaciona las columnas' });
    await user.click(within(dialog).getByRole('button', { name: 'Importar' }));
    await screen.findByTestId('import-done');
    const [touchpoint] = (await onlyStoredJourney(app)).touchpoints;
    expect(touchpoint).toMatchObject({ title: 'Llamo', kpiCsat: 85.125, kpiCost: 12.345 });
  });
});
