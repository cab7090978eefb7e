import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as pdf from '../export/pdf/exportPdf';
import { downloadBlob } from '../export/download';
import { en } from '../i18n/en';
import { closePanels, renderPanel } from '../test/panelTestKit';
import { ExportMenu } from './ExportMenu';

// The real planner, watched; drawing with jsPDF is left out, the plan it is handed is what matters here.
vi.mock('../export/pdf/exportPdf', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../export/pdf/exportPdf')>();
  return {
    ...actual,
    planPdf: vi.fn(actual.planPdf),
    exportBlueprintPdf: vi.fn(async () => new Blob(['%PDF'], { type: 'application/pdf' })),
  };
});
vi.mock('../export/download', () => ({ downloadBlob: vi.fn() }));

const planPdf = vi.mocked(pdf.planPdf);
const exportBlueprintPdf = vi.mocked(pdf.exportBlueprintPdf);

beforeEach(() => {
  planPdf.mockClear();
  exportBlueprintPdf.mockClear();
});
afterEach(closePanels);

/** Opens the PDF dialog from the export menu, as a user does, once it shows its page count. */
async function openPdfDialog() {
  const view = await renderPanel(<ExportMenu />);
  await view.user.click(screen.getByTestId('export-menu'));
  await view.user.click(screen.getByTestId('export-pdf'));
  const dialog = await screen.findByRole('dialog', { name: en.export.pdfTitle });
  await waitFor(() => expect(within(dialog).getByTestId('pdf-download')).toBeEnabled());
  return { ...view, dialog };
}

describe('the PDF export dialog', () => {
  it('plans the PDF once per change of its options, not on every render, and downloads that plan', async () => {
    const { user, dialog, current } = await openPdfDialog();
    expect(planPdf).toHaveBeenCalledTimes(1);

    await user.selectOptions(within(dialog).getByTestId('pdf-page-size'), 'a4');
    await user.click(within(dialog).getByTestId('pdf-map-image'));
    expect(planPdf).toHaveBeenCalledTimes(3);
    expect(planPdf).toHaveBeenLastCalledWith(current(), expect.objectContaining({ pageSize: 'a4', mapImage: true }));
    const shown = planPdf.mock.results[2].value as pdf.PdfPlan;
    expect(within(dialog).getByTestId('pdf-page-count')).toHaveTextContent(`${shown.pages} pages`);

    // Downloading re-renders the dialog ("Working…") and draws the plan already made.
    await user.click(within(dialog).getByTestId('pdf-download'));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'Me uno.pdf'));
    expect(exportBlueprintPdf).toHaveBeenCalledWith(current(), expect.objectContaining({ pageSize: 'a4' }), {
      plan: shown,
    });
    expect(planPdf).toHaveBeenCalledTimes(3);
  });

  it('gives focus back to the export menu button when it closes, the menu item that opened it being gone', async () => {
    const { user, dialog } = await openPdfDialog();
    expect(screen.queryByTestId('export-pdf')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: en.card.cancel }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('export-menu')).toHaveFocus();
  });
});
