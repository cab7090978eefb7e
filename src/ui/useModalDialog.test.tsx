import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useModalDialog } from './useModalDialog';

function Dialog({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  return (
    <dialog ref={ref} aria-label="Options">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}

/** A button that opens the dialog itself, and a menu (named by aria-controls) whose item opens it. */
function Page() {
  const [menu, setMenu] = useState(false);
  const [dialog, setDialog] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setDialog(true)}>
        Direct
      </button>
      <button type="button" aria-haspopup="menu" aria-controls="the-menu" onClick={() => setMenu(true)}>
        More
      </button>
      <div>
        {menu && (
          <ul id="the-menu" role="menu">
            <li role="none">
              <button type="button" role="menuitem" onClick={() => (setMenu(false), setDialog(true))}>
                Options…
              </button>
            </li>
          </ul>
        )}
      </div>
      {dialog && <Dialog onClose={() => setDialog(false)} />}
    </>
  );
}

describe('useModalDialog', () => {
  it('opens the dialog as a modal and gives focus back to the control that opened it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Direct' }));
    expect(screen.getByRole('dialog', { name: 'Options' })).toHaveAttribute('open');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Direct' })).toHaveFocus();
  });

  it('gives focus to the menu button when a menu item, gone with its menu, opened it', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('menuitem', { name: 'Options…' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'More' })).toHaveFocus();
  });
});
