import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importMermaid } from '../domain/mermaid';
import { instantiateTemplate } from '../domain/templates';
import { meQuejo } from '../domain/templates/meQuejo';
import { downloadBlob } from '../export/download';
import { en } from '../i18n/en';
import { journeyOutline } from '../test/importTestKit';
import { closePanels, renderPanel } from '../test/panelTestKit';
import { ExportMenu } from './ExportMenu';

vi.mock('../export/download', () => ({ downloadBlob: vi.fn() }));
afterEach(closePanels);

/** "I complain", one touchpoint without an emotion (Mermaid needs a score: the export marks it). */
function journey() {
  const j = instantiateTemplate(meQuejo, 'en');
  j.touchpoints[0].emotion = null;
  return j;
}

async function openMenu() {
  const view = await renderPanel(<ExportMenu />, { journey: journey() });
  await view.user.click(screen.getByRole('button', { name: en.export.menu }));
  return view;
}

/** What importing Mermaid text gives back, in the terms a round trip is checked by. */
function reimported(text: string) {
  const result = importMermaid(text);
  if (!result.ok) throw new Error(result.refusal.code);
  expect(result.journeys).toHaveLength(1);
  return { name: result.journeys[0].journey.name, ...journeyOutline(result.journeys[0].journey) };
}

describe('exporting Mermaid', () => {
  it('downloads the journey as a .mmd file that imports back to the same stages, touchpoints and emotions', async () => {
    const { user, current } = await openMenu();
    await user.click(screen.getByRole('menuitem', { name: en.export.mermaid }));

    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'I complain.mmd'));
    const blob = vi.mocked(downloadBlob).mock.calls[0][0];
    const text = await blob.text();
    expect(text).toMatch(/^journey\n {2}title I complain\n/);
    expect(reimported(text)).toEqual({ name: 'I complain', ...journeyOutline(current()) });
    expect(journeyOutline(current()).touchpoints.some((t) => t.emotion === null)).toBe(true);
  });

  it('copies the same text to the clipboard and says so', async () => {
    const { user, current } = await openMenu();
    await user.click(screen.getByRole('menuitem', { name: en.export.mermaidCopy }));

    expect(await screen.findByText(en.export.mermaidCopied)).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(reimported(text)).toEqual({ name: 'I complain', ...journeyOutline(current()) });
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('says why when the browser refuses the copy', async () => {
    const { user } = await openMenu();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Document is not focused.'));
    await user.click(screen.getByRole('menuitem', { name: en.export.mermaidCopy }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The browser did not let the text be copied: Document is not focused.',
    );
    expect(screen.queryByText(en.export.mermaidCopied)).not.toBeInTheDocument();
  });
});
