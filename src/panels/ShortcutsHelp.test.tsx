import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closePanels, renderPanel } from '../test/panelTestKit';
import { SHORTCUTS } from '../actions/shortcuts';
import { ShortcutsHelp } from './ShortcutsHelp';

afterEach(closePanels);

describe('ShortcutsHelp', () => {
  it('lists every shortcut with its keys and closes from its button', async () => {
    const onClose = vi.fn();
    const { user } = await renderPanel(<ShortcutsHelp onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('data-testid', 'shortcuts-help');
    expect(within(dialog).getAllByRole('row')).toHaveLength(SHORTCUTS.length + 1);
    const redo = within(dialog).getByRole('row', { name: /Redo/ });
    expect(redo).toHaveTextContent('Ctrl/⌘+Shift+Z or Ctrl+Y');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('names keys in Spanish', async () => {
    await renderPanel(<ShortcutsHelp onClose={() => {}} />, { locale: 'es' });
    const dialog = screen.getByRole('dialog', { name: 'Atajos de teclado' });
    expect(within(dialog).getByRole('row', { name: /Borrar la selección/ })).toHaveTextContent('Supr o Retroceso');
  });
});

describe('modal panels', () => {
  it('give focus back to the control that opened them', async () => {
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Help
          </button>
          {open && <ShortcutsHelp onClose={() => setOpen(false)} />}
        </>
      );
    }
    const { user } = await renderPanel(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Help' }));
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('shortcuts-help')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Help' })).toHaveFocus();
  });
});
