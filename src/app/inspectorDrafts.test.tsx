import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { writeJourney, Y } from '../doc';
import type { Journey } from '../domain/journey';
import { Inspector } from '../panels/Inspector';
import type { Services } from '../store/services';
import { closePanels, renderPanel, seedJourney } from '../test/panelTestKit';

afterEach(closePanels);

/** Another tab or someone sharing the map sets the first touchpoint's title; the change arrives as theirs. */
function titleArrives(services: Services, title: string) {
  const { doc, journey } = services.editor.getState();
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc!));
  const next: Journey = { ...journey!, touchpoints: journey!.touchpoints.map((t, i) => (i ? t : { ...t, title })) };
  writeJourney(other, journey!, next);
  act(() => services.editor.getState().receive(journey!.id, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc!))));
}

describe('typing in the inspector while the title changes elsewhere', () => {
  it('keeps both: the words that arrived show at once and the typed ones follow them', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const title = screen.getByRole('textbox', { name: 'Title' });

    await user.type(title, ' SECOND');
    titleArrives(services, 'Ve un anuncio FIRST');
    expect(title).toHaveValue('Ve un anuncio FIRST SECOND');
    await waitFor(() => expect(current().touchpoints[0].title).toBe('Ve un anuncio FIRST SECOND'));

    // Typing on after the arrival builds on what the field shows.
    await user.type(title, '!');
    titleArrives(services, 'Al fin: Ve un anuncio FIRST SECOND');
    await user.tab();
    expect(current().touchpoints[0].title).toBe('Al fin: Ve un anuncio FIRST SECOND!');
    expect(title).toHaveValue('Al fin: Ve un anuncio FIRST SECOND!');
  });

  it('keeps the caret in its words when the title changes elsewhere while it is focused', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' });

    await user.click(title);
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
    titleArrives(services, 'Hoy: Ve un anuncio');
    expect(title.selectionStart).toBe(7);
    await user.keyboard('#');
    await user.tab();
    expect(current().touchpoints[0].title).toBe('Hoy: Ve# un anuncio');
  });
});
