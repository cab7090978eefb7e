import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JourneySettingsDialog } from './JourneySettingsDialog';
import { closePanels, renderPanel } from '../test/panelTestKit';

afterEach(closePanels);

describe('JourneySettingsDialog', () => {
  it('edits the journey’s description and persona', async () => {
    const { user, current } = await renderPanel(<JourneySettingsDialog onClose={() => {}} />);
    const dialog = screen.getByTestId('journey-settings');
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('dialog', { name: 'Journey settings' })).toBe(dialog);

    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Alta de nuevos clientes');
    await user.type(within(dialog).getByRole('textbox', { name: 'Main persona' }), 'Familias');
    await user.type(within(dialog).getByRole('textbox', { name: 'Who they are' }), 'Con hijos pequeños');
    expect(current().description).toBe('Alta de nuevos clientes');
    expect(current().personas).toEqual([
      expect.objectContaining({ name: 'Familias', description: 'Con hijos pequeños' }),
    ]);
  });

  it('removing a persona puts the focus on the name of the one now in its place, so Ctrl+Z is at hand', async () => {
    const { user, current } = await renderPanel(<JourneySettingsDialog onClose={() => {}} />);
    const dialog = screen.getByTestId('journey-settings');
    await user.click(within(dialog).getByTestId('persona-add'));
    await user.click(within(dialog).getByTestId('persona-add'));
    const names = within(dialog).getAllByTestId('persona-name');
    await user.type(names[1], 'Ana');
    await user.type(names[2], 'Luis');
    await user.click(within(dialog).getAllByTestId('persona-remove')[0]);
    expect(current().personas.map((p) => p.name)).toEqual(['', 'Luis']);
    await vi.waitFor(() => expect(within(dialog).getAllByTestId('persona-name')[1]).toHaveFocus());
    await user.click(within(dialog).getAllByTestId('persona-remove')[0]);
    await vi.waitFor(() => expect(within(dialog).getAllByTestId('persona-name')[0]).toHaveFocus());
  });

  it('on a read-only link, says so and offers no field or button that would change the journey', async () => {
    const { services } = await renderPanel(<JourneySettingsDialog onClose={() => {}} />);
    act(() => services.editor.getState().setReadOnly(true));
    const dialog = screen.getByTestId('journey-settings');
    expect(within(dialog).getByTestId('settings-read-only')).toHaveTextContent(/read only/i);
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toBeDisabled();
    expect(within(dialog).getByTestId('persona-add')).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Add channel' })).toBeDisabled();
    expect(within(dialog).getByTestId('journey-settings-close')).toBeEnabled();
  });

  it('adds a custom channel, refuses an empty name, edits and removes it', async () => {
    const { user, current } = await renderPanel(<JourneySettingsDialog onClose={() => {}} />);
    const channels = screen.getByRole('region', { name: 'Your own channels' });
    const addButton = within(channels).getByRole('button', { name: 'Add channel' });

    await user.click(addButton);
    expect(within(channels).getByRole('alert')).toHaveTextContent('Give it a name first.');
    expect(within(channels).getByRole('textbox', { name: 'New channel' })).toHaveAttribute('aria-invalid', 'true');
    expect(current().customChannels).toEqual([]);

    await user.type(within(channels).getByRole('textbox', { name: 'New channel' }), '  WhatsApp ');
    expect(within(channels).queryByRole('alert')).not.toBeInTheDocument();
    await user.selectOptions(within(channels).getAllByRole('combobox', { name: 'Icon' }).at(-1)!, 'Messages');
    await user.click(addButton);
    expect(current().customChannels).toEqual([
      expect.objectContaining({ label: 'WhatsApp', icon: 'messages', color: expect.stringMatching(/^#[0-9a-f]{6}$/) }),
    ]);
    expect(within(channels).getByRole('textbox', { name: 'New channel' })).toHaveValue('');

    // The same name again is refused.
    await user.type(within(channels).getByRole('textbox', { name: 'New channel' }), 'whatsapp{Enter}');
    expect(within(channels).getByRole('alert')).toHaveTextContent('“whatsapp” already exists.');
    expect(current().customChannels).toHaveLength(1);

    const row = within(channels).getByTestId('custom-entry');
    await user.type(within(row).getByRole('textbox', { name: 'Name' }), ' Business');
    expect(current().customChannels[0].label).toBe('WhatsApp Business');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Icon' }), 'Smartphone');
    expect(current().customChannels[0].icon).toBe('smartphone');

    await user.click(within(row).getByRole('button', { name: 'Remove WhatsApp Business' }));
    expect(current().customChannels).toEqual([]);
    expect(within(channels).queryByTestId('custom-entry')).not.toBeInTheDocument();
  });

  it('shows the name an undo put back in a custom entry’s field while it is being typed in', async () => {
    const { user, current, services } = await renderPanel(<JourneySettingsDialog onClose={() => {}} />);
    const channels = screen.getByRole('region', { name: 'Your own channels' });
    await user.type(within(channels).getByRole('textbox', { name: 'New channel' }), 'WhatsApp{Enter}');
    const name = within(within(channels).getByTestId('custom-entry')).getByRole('textbox', { name: 'Name' });
    await user.type(name, ' Business');
    expect(current().customChannels[0].label).toBe('WhatsApp Business');

    act(() => services.editor.getState().undo());
    expect(current().customChannels[0].label).toBe('WhatsApp');
    expect(name).toHaveFocus();
    expect(name).toHaveValue('WhatsApp');
  });

  it('marks a custom function backstage, as one undo step', async () => {
    const { user, current, services } = await renderPanel(<JourneySettingsDialog onClose={() => {}} />);
    const functions = screen.getByRole('region', { name: 'Your own functions' });
    await user.type(within(functions).getByRole('textbox', { name: 'New function' }), 'IT{Enter}');
    const backstage = within(within(functions).getByTestId('custom-entry')).getByRole('checkbox', {
      name: 'Backstage (unseen by the customer)',
    });
    expect(backstage).not.toBeChecked();
    await user.click(backstage);
    expect(current().customFunctions[0].backstage).toBe(true);
    expect(backstage).toBeChecked();
    act(() => services.editor.getState().undo());
    expect(current().customFunctions[0]).toMatchObject({ label: 'IT', backstage: false });
  });

  it('does not store an emptied name while it is being retyped', async () => {
    const { user, current } = await renderPanel(<JourneySettingsDialog onClose={() => {}} />);
    const functions = screen.getByRole('region', { name: 'Your own functions' });
    await user.type(within(functions).getByRole('textbox', { name: 'New function' }), 'IT{Enter}');
    const name = within(within(functions).getByTestId('custom-entry')).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    expect(within(functions).getByRole('alert')).toHaveTextContent('Give it a name first.');
    expect(current().customFunctions[0].label).toBe('IT');
    await user.tab();
    expect(name).toHaveValue('IT');
  });

  it('closes on Escape through the dialog’s cancel event', async () => {
    const onClose = vi.fn();
    await renderPanel(<JourneySettingsDialog onClose={onClose} />);
    screen.getByTestId('journey-settings').dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
