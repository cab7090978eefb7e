import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import type { TFunction } from 'i18next';
import { fixedT } from '../i18n/fixedT';
import { HistoryDialog } from './HistoryDialog';
import { historyCounts } from './SnapshotPreview';
import { closePanels, renderPanel } from '../test/panelTestKit';

afterEach(closePanels);

describe('HistoryDialog', () => {
  it('saves a named version, which appears in the list with its counts', async () => {
    const { user, services } = await renderPanel(<HistoryDialog onClose={() => {}} />);
    await act(() => services.autoSnapshots.flush());
    const dialog = screen.getByRole('dialog', { name: 'Version history' });
    expect(dialog).toHaveAttribute('data-testid', 'history-dialog');

    await user.type(within(dialog).getByRole('textbox', { name: 'Name for this version' }), 'Antes del taller');
    await user.click(within(dialog).getByRole('button', { name: 'Save version' }));

    expect(await within(dialog).findByText('Antes del taller')).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Version “Antes del taller” saved.');
    const named = within(dialog)
      .getAllByTestId('snapshot-item')
      .find((item) => item.dataset.kind === 'named')!;
    expect(named).toHaveTextContent('Named');
    expect(named).toHaveTextContent('2 stages · 3 touchpoints');
    expect(within(dialog).getByRole('textbox', { name: 'Name for this version' })).toHaveValue('');
  });

  it('previews and restores a version; the journey changes, and undo brings it back', async () => {
    const onClose = vi.fn();
    const { user, services, current, journey } = await renderPanel(<HistoryDialog onClose={onClose} />);
    await act(() => services.autoSnapshots.flush());
    const dialog = screen.getByTestId('history-dialog');
    await user.type(within(dialog).getByTestId('snapshot-name'), 'Base');
    await user.click(within(dialog).getByTestId('snapshot-save'));
    await within(dialog).findByText('Base');

    const first = journey.touchpoints[0].id;
    act(() => services.editor.getState().run(updateTouchpoints, { ids: [first], fields: { title: 'Ve un vídeo' } }));
    const edited = current();

    // The saved version is selected: its preview shows the title it had.
    const preview = await within(dialog).findByTestId('snapshot-preview');
    expect(within(preview).getByTestId('snapshot-touchpoints')).toHaveTextContent('Ve un anuncio');
    expect(within(preview).getByText('Me informo')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(current().touchpoints[0].title).toBe('Ve un anuncio');
    const rows = await services.snapshots.list(journey.id);
    expect(rows[0]).toMatchObject({ kind: 'before-restore' });

    act(() => services.editor.getState().undo());
    expect(current().touchpoints).toEqual(edited.touchpoints);
  });

  it('lists dates in the UI language and names the kinds in Spanish', async () => {
    const { user } = await renderPanel(<HistoryDialog onClose={() => {}} />, { locale: 'es' });
    const dialog = screen.getByRole('dialog', { name: 'Historial de versiones' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre de esta versión' }), 'Taller');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar versión' }));
    const item = (await within(dialog).findByText('Taller')).closest('button')!;
    expect(item).toHaveTextContent('Con nombre');
    expect(item).toHaveTextContent('2 etapas · 3 puntos de contacto');
    const time = item.querySelector('time')!;
    const expected = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(time.getAttribute('datetime')!),
    );
    expect(time).toHaveTextContent(expected);
  });

  it('words each count of a version so that it agrees with it, in both languages', () => {
    const t = (locale: 'es' | 'en') => fixedT(locale) as unknown as TFunction;
    expect(historyCounts(t('es'), 1, 1)).toBe('1 etapa · 1 punto de contacto');
    expect(historyCounts(t('es'), 3, 12)).toBe('3 etapas · 12 puntos de contacto');
    expect(historyCounts(t('en'), 1, 1)).toBe('1 stage · 1 touchpoint');
  });
});
