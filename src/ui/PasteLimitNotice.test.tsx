import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { render, screen } from '@testing-library/react';
import { initI18n } from '../i18n/i18n';
import { PasteLimitNotice } from './PasteLimitNotice';

/** `field` beside the app's notice, in `locale`; the user has clicked into the field. */
async function pasteInto(field: ReactElement, locale: 'en' | 'es') {
  await initI18n(locale);
  const user = userEvent.setup();
  render(
    <>
      {field}
      <PasteLimitNotice />
    </>,
  );
  const box = screen.getByRole('textbox');
  await user.click(box);
  return { user, box };
}

describe('PasteLimitNotice', () => {
  it('says how much of a paste a field’s limit left out, and nothing for a paste that fits', async () => {
    const { user, box: title } = await pasteInto(<input aria-label="Title" maxLength={10} defaultValue="abc" />, 'en');
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
    const { user } = await pasteInto(<input aria-label="Título" maxLength={4} />, 'es');
    await user.paste('hola!');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Este campo admite como máximo 4 caracteres: el último carácter que pegaste se quedó fuera.',
    );
  });

  it('counts a Windows line break as the one character a text area keeps of it', async () => {
    const { user } = await pasteInto(<textarea aria-label="Notes" maxLength={5} />, 'en');
    // "ab\r\ncd" is five characters in the field: it fits its five.
    await user.paste('ab\r\ncd');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
