import { Suspense, useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { retryableLazy } from './retryableLazy';

/** A dialog that keeps what is typed in it, and shows the parent's `busy`. */
function PasteDialog({ busy }: { busy: boolean }) {
  const [text, setText] = useState('');
  return (
    <label>
      {busy ? 'Importing' : 'Paste'}
      <input value={text} onChange={(event) => setText(event.target.value)} />
    </label>
  );
}

describe('retryableLazy', () => {
  it('keeps the loaded part mounted when its parent renders again: nothing typed in it is lost', async () => {
    const Dialog = retryableLazy(async () => ({ default: PasteDialog }));
    const shown = (busy: boolean) => (
      <Suspense fallback={<p>loading</p>}>
        <Dialog busy={busy} />
      </Suspense>
    );
    const { rerender } = render(shown(false));
    await userEvent.setup().type(await screen.findByRole('textbox', { name: 'Paste' }), 'Etapa,Paso');
    rerender(shown(true));
    expect(screen.getByRole('textbox', { name: 'Importing' })).toHaveValue('Etapa,Paso');
  });
});
