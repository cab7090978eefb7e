import userEvent from '@testing-library/user-event';
import { render, screen } from '@testing-library/react';
import { initI18n } from '../i18n/i18n';
import { PasteLimitNotice } from './PasteLimitNotice';

describe('PasteLimitNotice', () => {
  it('says how much of a paste a field’s limit left out, and nothing for a paste that fits', async () => {
    await initI18n('en');
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="Title" maxLength={10} defaultValue="abc" />
        <PasteLimitNotice />
      </>,
    );
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.click(title);
    await user.paste('1234567890AB');
    expect(title).toHaveValue('abc1234567');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This field holds at most 10 characters: the last 5 characters you pasted were left out.',
    );

    // A paste that fits (replacing the selection) says nothing, and takes the notice away.
    await user.tripleClick(title);
    await user.paste('short');
    expect(title).toHaveValue('short');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks Spanish, one character in the singular', async () => {
    await initI18n('es');
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="Título" maxLength={4} />
        <PasteLimitNotice />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Título' }));
    await user.paste('hola!');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Este campo admite como máximo 4 caracteres: el último carácter que pegaste se quedó fuera.',
    );
  });

  it('counts a Windows line break as the one character a text area keeps of it', async () => {
    await initI18n('en');
    const user = userEvent.setup();
    render(
      <>
        <textarea aria-label="Notes" maxLength={5} />
        <PasteLimitNotice />
      </>,
    );
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    // "ab\r\ncd" is five characters in the field: it fits its five.
    await user.paste('ab\r\ncd');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
