import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connectTouchpoints } from '../domain/commands/connectionCommands';
import { addTouchpoint, newTouchpoint } from '../domain/commands/touchpointCommands';
import { Inspector } from '../panels/Inspector';
import type { Services } from '../store/services';
import { arrivesFromElsewhere, closePanels, renderPanel, seedJourney } from '../test/panelTestKit';

afterEach(closePanels);

/** Elsewhere, the first touchpoint's title is set. */
const titleArrives = (services: Services, title: string) =>
  arrivesFromElsewhere(services, (journey) => ({
    ...journey,
    touchpoints: journey.touchpoints.map((t, i) => (i ? t : { ...t, title })),
  }));

describe('typing in the inspector while the title changes elsewhere', () => {
  it('keeps both: the words that arrived show at once, after the typed ones, and typing goes on in its own', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    const title = screen.getByRole('textbox', { name: 'Title' });

    await user.type(title, ' SECOND');
    titleArrives(services, 'Ve un anuncio FIRST');
    expect(title).toHaveValue('Ve un anuncio SECOND FIRST');
    await waitFor(() => expect(current().touchpoints[0].title).toBe('Ve un anuncio SECOND FIRST'));

    // Typing on after the arrival goes on where the typing was, not after the words that arrived.
    await user.keyboard('!');
    titleArrives(services, 'Al fin: Ve un anuncio SECOND FIRST');
    await user.tab();
    expect(current().touchpoints[0].title).toBe('Al fin: Ve un anuncio SECOND! FIRST');
    expect(title).toHaveValue('Al fin: Ve un anuncio SECOND! FIRST');
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

/** Elsewhere, the first touchpoint is deleted. */
const firstDeletedElsewhere = (services: Services) =>
  arrivesFromElsewhere(services, (journey) => ({ ...journey, touchpoints: journey.touchpoints.slice(1) }));

describe('typing in the inspector while the touchpoint is deleted elsewhere', () => {
  it('says so, keeps what was typed to copy, and the next keys go on there, not to the page', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<Inspector />, { journey, select: [first.id] });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' en TV');

    firstDeletedElsewhere(services);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Someone else deleted “Ve un anuncio” while you were typing in it.',
    );
    const copy = screen.getByRole('textbox', { name: 'What you were typing' });
    expect(copy).toHaveValue('Ve un anuncio en TV');
    expect(copy).toHaveFocus();
    // A letter that is a shortcut on the page (N adds a touchpoint) goes on at the end of the copy.
    await user.keyboard(' ni');
    expect(current().touchpoints).toHaveLength(2);
    expect(copy).toHaveValue('Ve un anuncio en TV ni');

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('deleted-while-typing')).not.toBeInTheDocument();
  });

  it('says nothing when this tab’s own undo takes the touchpoint away', async () => {
    const journey = seedJourney();
    const { services } = await renderPanel(<Inspector />, { journey });
    const { journey: open } = services.editor.getState();
    const stage = open!.stages[0].id;
    const touchpoint = newTouchpoint(open!, { x: 20, y: 400 }, { title: 'Nueva', stageId: stage });
    act(() => services.editor.getState().run(addTouchpoint, { touchpoint }));
    act(() => services.editor.getState().select({ touchpoints: [touchpoint.id] }));
    screen.getByRole('textbox', { name: 'Title' }).focus();
    act(() => services.editor.getState().undo());
    expect(screen.queryByTestId('deleted-while-typing')).not.toBeInTheDocument();
  });
});

describe('typing a connection’s label while the connection is deleted elsewhere', () => {
  it('says which connection went and keeps what was typed to copy, with the focus off the page', async () => {
    const { user, services, current } = await renderPanel(<Inspector />);
    const [first, second] = current().touchpoints;
    act(() => services.editor.getState().run(connectTouchpoints, { from: first.id, to: second.id, id: 'c1' }));
    act(() => services.editor.getState().select({ touchpoints: [], connections: ['c1'] }));
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'si no llama');

    arrivesFromElsewhere(services, (journey) => ({ ...journey, connections: [] }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Someone else deleted the connection from “Ve un anuncio” to “Busca en la web” while you were typing its label.',
    );
    const copy = screen.getByRole('textbox', { name: 'What you were typing' });
    expect(copy).toHaveValue('si no llama');
    // The focus is kept off the page, where single letters are the editor's shortcuts.
    expect(copy).toHaveFocus();
    expect(current().connections).toHaveLength(0);
  });
});

describe('typing in the inspector while something else is deleted elsewhere', () => {
  it('says nothing and keeps the focus when another stage or a connection beside the touchpoint goes', async () => {
    const { user, services, current } = await renderPanel(<Inspector />);
    const [first, second] = current().touchpoints;
    act(() => services.editor.getState().run(connectTouchpoints, { from: first.id, to: second.id, id: 'c1' }));
    act(() => services.editor.getState().select({ touchpoints: [first.id], connections: ['c1'] }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' en TV');

    // The second stage (not the first touchpoint's), then the selected connection, go elsewhere.
    arrivesFromElsewhere(services, (journey) => ({
      ...journey,
      stages: journey.stages.slice(0, 1),
      touchpoints: journey.touchpoints.filter((t) => t.stageId === journey.stages[0].id),
    }));
    arrivesFromElsewhere(services, (journey) => ({ ...journey, connections: [] }));
    expect(screen.queryByTestId('deleted-while-typing')).not.toBeInTheDocument();
    expect(title).toHaveFocus();
    await user.type(title, '!');
    await user.tab();
    expect(current().touchpoints[0].title).toBe('Ve un anuncio en TV!');
  });
});
