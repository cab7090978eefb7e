import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectTouchpoints } from '../domain/commands/connectionCommands';
import {
  addTouchpoint,
  moveTouchpoints,
  newTouchpoint,
  updateTouchpoints,
} from '../domain/commands/touchpointCommands';
import { cardHeight } from '../domain/commands/placement';
import { TOUCHPOINT_WIDTH } from '../domain/layout';
import { LOST_EDIT_WINDOW_MS } from '../store/lostEdits';
import type { Services } from '../store/services';
import { arrivesFromElsewhere, closePanels, FROM_SOMEONE_ELSE, renderPanel, seedJourney } from '../test/panelTestKit';
import { LostEditsNotice } from './LostEditsNotice';
import { Inspector } from '../panels/Inspector';

afterEach(() => {
  vi.useRealTimers();
  return closePanels();
});

/** Someone else (by default; another tab of this browser with `origin` null) deletes the first touchpoint. */
const firstDeleted = (services: Services, origin: object | null = FROM_SOMEONE_ELSE) =>
  arrivesFromElsewhere(
    services,
    (journey) => {
      const [gone, ...touchpoints] = journey.touchpoints;
      const connections = journey.connections.filter((c) => c.from !== gone.id && c.to !== gone.id);
      return { ...journey, touchpoints, connections };
    },
    origin ?? undefined,
  );

describe('a touchpoint changed here and deleted elsewhere', () => {
  it('is named, and comes back as it was left here, with its connection, as one undoable change', async () => {
    const journey = seedJourney();
    const [first, second] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<LostEditsNotice />, { journey });
    const run = services.editor.getState().run;
    act(() => run(connectTouchpoints, { from: first.id, to: second.id }));
    act(() => run(updateTouchpoints, { ids: [first.id], fields: { notes: 'Lo que dijo Ana en el taller' } }));

    firstDeleted(services);
    expect(current().touchpoints.map((t) => t.id)).not.toContain(first.id);
    expect(screen.getByTestId('lost-edits')).toHaveTextContent(
      'Someone else deleted “Ve un anuncio”, which you had changed here: your changes went with it.',
    );

    await user.click(screen.getByRole('button', { name: 'Bring it back as you left it' }));
    const back = current().touchpoints.find((t) => t.id === first.id);
    expect(back).toMatchObject({
      title: 'Ve un anuncio',
      notes: 'Lo que dijo Ana en el taller',
      position: first.position,
    });
    expect(current().connections).toEqual([expect.objectContaining({ from: first.id, to: second.id })]);
    expect(screen.queryByTestId('lost-edits')).toBeNull();
    act(() => services.editor.getState().undo());
    expect(current().touchpoints.map((t) => t.id)).not.toContain(first.id);
  });

  it('brings back words typed a moment before the deletion, not yet written, and those typed into the copy', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(
      <>
        <Inspector />
        <LostEditsNotice />
      </>,
      { journey, select: [first.id] },
    );
    // Within the pause before a field writes (DRAFT_PAUSE_MS): the journey still has the title as it was.
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' hoy');
    expect(current().touchpoints[0].title).toBe('Ve un anuncio');
    firstDeleted(services);
    await user.keyboard(' mismo');

    await user.click(screen.getByRole('button', { name: 'Bring it back as you left it' }));
    expect(current().touchpoints.find((t) => t.id === first.id)?.title).toBe('Ve un anuncio hoy mismo');
  });

  it('writes the words again into a card the deleter’s undo brought back as it was before them', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { user, services, current } = await renderPanel(<LostEditsNotice />, { journey });
    act(() => services.editor.getState().run(updateTouchpoints, { ids: [first.id], fields: { notes: 'Dijo Ana' } }));
    firstDeleted(services);
    // The deleter's undo: the card as the deleter had it, without the notes written here.
    arrivesFromElsewhere(
      services,
      (open) => ({ ...open, touchpoints: [first, ...open.touchpoints] }),
      FROM_SOMEONE_ELSE,
    );
    expect(current().touchpoints[0].notes).toBe('');

    await user.click(screen.getByRole('button', { name: 'Bring it back as you left it' }));
    expect(current().touchpoints.find((t) => t.id === first.id)?.notes).toBe('Dijo Ana');
    expect(current().touchpoints.filter((t) => t.id === first.id)).toHaveLength(1);
  });

  it('says nothing for a card only moved here (a drag, Tidy up): nothing of it was written', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { services } = await renderPanel(<LostEditsNotice />, { journey });
    const position = { x: first.position.x, y: first.position.y + 200 };
    act(() => services.editor.getState().run(moveTouchpoints, { moves: [{ id: first.id, position }] }));
    firstDeleted(services);
    expect(services.editor.getState().journey!.touchpoints.map((t) => t.id)).not.toContain(first.id);
    expect(screen.queryByTestId('lost-edits')).toBeNull();
  });

  it('says nothing for a card created here: whoever deleted it had seen it', async () => {
    const { services } = await renderPanel(<LostEditsNotice />, { journey: seedJourney() });
    const open = services.editor.getState().journey!;
    const touchpoint = newTouchpoint(open, { x: 20, y: 500 }, { title: 'Nueva', stageId: open.stages[0].id });
    act(() => services.editor.getState().run(addTouchpoint, { touchpoint }));
    arrivesFromElsewhere(
      services,
      (journey) => ({ ...journey, touchpoints: journey.touchpoints.filter((t) => t.id !== touchpoint.id) }),
      FROM_SOMEONE_ELSE,
    );
    expect(services.editor.getState().journey!.touchpoints.map((t) => t.id)).not.toContain(touchpoint.id);
    expect(screen.queryByTestId('lost-edits')).toBeNull();
  });

  it('says nothing when another tab of this browser deletes it: that tab had seen the change', async () => {
    const journey = seedJourney();
    const [first] = journey.touchpoints;
    const { services } = await renderPanel(<LostEditsNotice />, { journey });
    act(() => services.editor.getState().run(updateTouchpoints, { ids: [first.id], fields: { notes: 'Aquí' } }));
    firstDeleted(services, null);
    expect(services.editor.getState().journey!.touchpoints.map((t) => t.id)).not.toContain(first.id);
    expect(screen.queryByTestId('lost-edits')).toBeNull();
  });

  it('says nothing for a touchpoint this tab never changed, or changed long before', async () => {
    const journey = seedJourney();
    const { services } = await renderPanel(<LostEditsNotice />, { journey });
    firstDeleted(services);
    expect(screen.queryByTestId('lost-edits')).toBeNull();

    const [next] = services.editor.getState().journey!.touchpoints;
    vi.useFakeTimers({ toFake: ['Date'] });
    act(() => services.editor.getState().run(updateTouchpoints, { ids: [next.id], fields: { notes: 'Antes' } }));
    vi.setSystemTime(Date.now() + LOST_EDIT_WINDOW_MS + 1000);
    firstDeleted(services);
    expect(services.editor.getState().journey!.touchpoints.map((t) => t.id)).not.toContain(next.id);
    expect(screen.queryByTestId('lost-edits')).toBeNull();
  });

  it('comes back clear of the cards of the column it lands in when its stage went with it', async () => {
    const journey = seedJourney();
    const called = journey.touchpoints[2];
    const { user, services, current } = await renderPanel(<LostEditsNotice />, { journey });
    act(() => services.editor.getState().run(updateTouchpoints, { ids: [called.id], fields: { notes: 'Urgente' } }));
    arrivesFromElsewhere(
      services,
      (open) => ({
        ...open,
        stages: open.stages.filter((s) => s.id !== called.stageId),
        touchpoints: open.touchpoints.filter((t) => t.stageId !== called.stageId),
      }),
      FROM_SOMEONE_ELSE,
    );

    await user.click(screen.getByRole('button', { name: 'Bring it back as you left it' }));
    const back = current().touchpoints.find((t) => t.id === called.id)!;
    expect(back).toMatchObject({ notes: 'Urgente', stageId: current().stages[0].id });
    for (const other of current().touchpoints.filter((t) => t.id !== called.id)) {
      const apart =
        back.position.x >= other.position.x + TOUCHPOINT_WIDTH ||
        other.position.x >= back.position.x + TOUCHPOINT_WIDTH ||
        back.position.y >= other.position.y + cardHeight(other) ||
        other.position.y >= back.position.y + cardHeight(back);
      expect(apart, other.title).toBe(true);
    }
  });
});
