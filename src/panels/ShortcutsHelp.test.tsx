import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closePanels, renderPanel } from '../test/panelTestKit';
import { MOVE_BIG_STEP, MOVE_STEP } from '../actions/registry';
import { ShortcutsHelp, shortcutsOf } from './ShortcutsHelp';

afterEach(closePanels);

describe('ShortcutsHelp', () => {
  it('lists every action with keys, from the registry, with its keys, and closes from its button', async () => {
    const onClose = vi.fn();
    const { user } = await renderPanel(<ShortcutsHelp onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('data-testid', 'shortcuts-help');
    const editor = within(dialog).getByRole('table', { name: 'Editor' });
    const present = within(dialog).getByRole('table', { name: 'Presentation' });
    expect(within(editor).getAllByRole('row')).toHaveLength(shortcutsOf('editor').length + 1);
    expect(within(present).getAllByRole('row')).toHaveLength(shortcutsOf('present').length + 1);
    expect(within(editor).getByRole('row', { name: /Redo/ })).toHaveTextContent('Ctrl/⌘+Shift+Z or Ctrl+Y');
    expect(within(editor).getByRole('row', { name: /Move the selection/ })).toHaveTextContent(
      `Move the selection by ${MOVE_STEP} (with Shift, ${MOVE_BIG_STEP})`,
    );
    expect(within(present).getByRole('row', { name: /Next step/ })).toHaveTextContent('→ or PageDown or Space');
    // The summary's scrolling keys are the browser's, so no action lists them: a note says how to reach them.
    expect(dialog).toHaveTextContent('On the summary, Tab puts the focus in it: there ↑ ↓, PageUp/PageDown');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('names keys in Spanish', async () => {
    await renderPanel(<ShortcutsHelp onClose={() => {}} />, { locale: 'es' });
    const dialog = screen.getByRole('dialog', { name: 'Atajos de teclado' });
    const editor = within(dialog).getByRole('table', { name: 'Editor' });
    expect(within(editor).getByRole('row', { name: /Borrar la selección/ })).toHaveTextContent('Supr o Retroceso');
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
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('shortcuts-help')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Help' })).toHaveFocus();
  });
});
