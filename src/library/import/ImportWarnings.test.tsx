import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { ImportWarnings, ThingsToCheck } from './ImportWarnings';

describe('the things to check after an import', () => {
  it('lists the first eight, and every one once asked, so each row named can be checked', async () => {
    await initI18n('es');
    const messages = Array.from({ length: 30 }, (_, i) => `Fila ${i + 2}: emoción «Me encanta» leída como ¡Wow!`);
    const { rerender } = render(<ThingsToCheck messages={messages} />);
    const list = screen.getByTestId('import-warnings');
    expect(list).toHaveTextContent('30 cosas que revisar');
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    await userEvent.click(within(list).getByRole('button', { name: 'Ver las otras 22' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(30);
    expect(within(list).getByRole('list')).toHaveFocus();
    expect(within(list).getByText(/Fila 31:/)).toBeInTheDocument();
    expect(within(list).queryByRole('button')).toBeNull();
    // The same warnings mapped anew by the parent stay whole; another import's start short again.
    rerender(<ThingsToCheck messages={[...messages]} />);
    expect(within(list).getAllByRole('listitem')).toHaveLength(30);
    rerender(<ThingsToCheck messages={messages.map((m) => `${m}.`)} />);
    expect(within(screen.getByTestId('import-warnings')).getAllByRole('listitem')).toHaveLength(8);
  });

  it('lists an import’s warnings in the order of the input, the journey’s own first', async () => {
    await initI18n('en');
    render(
      <ImportWarnings
        warnings={[
          { code: 'unclosed-subgraph', line: 4 },
          { code: 'self-loop', line: 2, value: 'A' },
          { code: 'too-many-personas', value: 'A9' },
        ]}
      />,
    );
    const items = within(screen.getByTestId('import-warnings')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.match(/^Line (\d+)/)?.[1] ?? 'none')).toEqual(['none', '2', '4']);
  });
});
