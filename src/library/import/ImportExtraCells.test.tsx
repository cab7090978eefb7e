import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { es } from '../../i18n/es';
import { renderLibrary } from '../../test/libraryTestKit';
import { fileOf, onlyStoredJourney } from '../../test/importTestKit';
import { closeTestServices } from '../../test/testServices';

afterEach(closeTestServices);

// A ragged row from the user test: a fourth cell under three headers.
const RAGGED_CSV = 'Etapa;Punto de contacto;CSAT\nA;Uno;12,5;extra1\nA;Dos;3\n';

describe('a row with more cells than the header', () => {
  it('says which text it left out, in the preview and once imported, and imports the rest', async () => {
    const { user, app } = await renderLibrary('/', 'es');
    await user.upload(screen.getByLabelText(es.import.button), fileOf('Me uno.csv', RAGGED_CSV, 'text/csv'));

    const dialog = await screen.findByRole('dialog', { name: es.import.map.title });
    const said =
      'Fila 2: La fila tiene una celda sin encabezado, «extra1»: nada nombra su columna, así que se dejó fuera.';
    expect(within(dialog).getByTestId('import-warnings')).toHaveTextContent(said);

    await user.click(within(dialog).getByRole('button', { name: es.import.map.submit }));
    expect(within(await screen.findByTestId('import-done')).getByTestId('import-warnings')).toHaveTextContent(said);
    const journey = await onlyStoredJourney(app);
    expect(journey.touchpoints.map((t) => [t.title, t.kpiCsat])).toEqual([
      ['Uno', 12.5],
      ['Dos', 3],
    ]);
  });
});
