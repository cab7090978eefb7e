import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../store/createServices';
import { ServicesContext, type Services } from '../store/services';
import { en } from '../i18n/en';
import { initI18n } from '../i18n/i18n';
import { PresentButton } from './PresentButton';

function Presenting() {
  return <p>presenting {useParams().id}</p>;
}

function Editor() {
  return <PresentButton journeyId="j1" />;
}

let services: Services | undefined;

async function renderEditor() {
  await initI18n('en');
  services = createServices('recorrido-present-button');
  render(
    <ServicesContext.Provider value={services}>
      <MemoryRouter initialEntries={['/journey/j1']}>
        <Routes>
          <Route path="/journey/:id" element={<Editor />} />
          <Route path="/journey/:id/present" element={<Presenting />} />
        </Routes>
      </MemoryRouter>
    </ServicesContext.Provider>,
  );
}

afterEach(async () => {
  cleanup();
  services?.autosave.stop();
  await services?.repository.db.delete();
  services = undefined;
});

describe('PresentButton', () => {
  it('is a labelled link into presentation mode', async () => {
    await renderEditor();
    const link = screen.getByTestId('present');
    expect(link).toHaveAccessibleName(en.present.enter);
    await userEvent.setup().click(link);
    expect(screen.getByText('presenting j1')).toBeInTheDocument();
  });
});
