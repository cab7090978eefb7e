import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preloadPagesFor } from '../app/pages';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import { touchpointIn } from '../export/pdf/pdfTestKit';
import { closeTestServices } from '../test/testServices';
import { renderApp } from '../test/renderApp';

afterEach(closeTestServices);
// The editor's code is transformed once here, not inside the first test's few seconds (see JourneyCard.test).
beforeAll(() => preloadPagesFor('/journey/any'), 60_000);

async function openPdfDialog(journey: Journey) {
  const user = userEvent.setup();
  const app = await act(() => renderApp('/?lang=en'));
  await act(() => app.library.getState().add(journey));
  await user.click(within(await screen.findByTestId('journey-card')).getByRole('link'));
  await screen.findByTestId('canvas');
  await user.click(screen.getByTestId('export-menu'));
  await user.click(screen.getByTestId('export-pdf'));
  return screen.findByTestId('pdf-dialog');
}

describe('PdfExportDialog', () => {
  it('names the touchpoints with characters nothing can draw, and only those', async () => {
    const journey = createEmptyJourney('Marcas', ['Etapa'], new Date());
    journey.touchpoints = [
      touchpointIn(journey, 0, 0, { title: 'Zażółć 顧客 🚀' }),
      touchpointIn(journey, 0, 1, { title: 'Logo de la marca', notes: 'icono \uE000 propio' }),
    ];
    const dialog = await openPdfDialog(journey);
    expect(await within(dialog).findByText(/\d+ page/)).toBeInTheDocument();
    const warning = await within(dialog).findByTestId('pdf-undrawable');
    expect(warning).toHaveTextContent('1 touchpoint');
    expect(warning).toHaveTextContent('“Logo de la marca”');
    expect(warning).not.toHaveTextContent('Zażółć');
  });

  it('says nothing when every character can be drawn', async () => {
    const journey = createEmptyJourney('Bien', ['Etapa'], new Date());
    journey.touchpoints = [touchpointIn(journey, 0, 0, { title: 'Жалоба клиента 🚀 شكوى' })];
    const dialog = await openPdfDialog(journey);
    expect(await within(dialog).findByText(/\d+ page/)).toBeInTheDocument();
    expect(within(dialog).queryByTestId('pdf-undrawable')).toBeNull();
  });
});
