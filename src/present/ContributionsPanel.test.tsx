import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AcceptedAs, Contribution } from '../domain/contributions';
import { initI18n } from '../i18n/i18n';
import { aTouchpoint } from '../test/touchpoint';
import type { WorkshopState } from '../sync/workshop';
import { ContributionsPanel } from './ContributionsPanel';

beforeAll(() => initI18n('en'));

let seq = 0;
const from = (name: string, fields: Pick<Contribution, 'kind'> & Partial<Contribution>): Contribution => ({
  id: `c${++seq}`,
  participant: { id: name.toLowerCase(), name },
  target: { kind: 'touchpoint', id: 'tp1' },
  at: `2026-11-29T12:00:${String(seq).padStart(2, '0')}.000Z`,
  ...fields,
});

const state = (items: Contribution[], accepted = new Map<string, AcceptedAs>()): WorkshopState => ({
  status: 'live',
  refusal: null,
  items,
  accepted,
});

describe('ContributionsPanel', () => {
  const items = [
    from('Ana', { kind: 'note', text: 'The form is too long' }),
    from('Ana', { kind: 'emotion', emotion: -2 }),
    from('Ben', { kind: 'emotion', emotion: 1 }),
    from('Ben', { kind: 'pain' }),
    from('Cai', { kind: 'note', text: 'Elsewhere', target: { kind: 'touchpoint', id: 'tp2' } }),
  ];

  it('shows the step’s contributions with counts and the room’s emotion beside the mapped one', () => {
    render(
      <ContributionsPanel
        persona={null}
        targetId="tp1"
        touchpoint={aTouchpoint({ id: 'tp1', stageId: 's1', emotion: 1 })}
        state={state(items)}
        onAccept={() => {}}
        onKeepRoomEmotions={() => 'kept'}
      />,
    );
    const panel = screen.getByTestId('present-contributions');
    expect(within(panel).getAllByTestId('present-contribution')).toHaveLength(4);
    expect(within(panel).getByTestId('present-contributions-notes')).toHaveTextContent('Notes: 1');
    expect(within(panel).getByTestId('present-contributions-pains')).toHaveTextContent('It hurts: 1');
    expect(within(panel).getByTestId('present-room-emotion')).toHaveTextContent("Room: -0.5 (I don't like it)");
    expect(panel).toHaveTextContent('Map: I like it');
    expect(panel).not.toHaveTextContent('Elsewhere');
  });

  it('compares the room’s emotion with the map’s for the persona the presentation shows', () => {
    const panel = (emotions: Record<string, -2 | -1 | 0 | 1 | 2>) => (
      <ContributionsPanel
        persona={{ id: 'luis', name: 'Luis' }}
        targetId="tp1"
        touchpoint={aTouchpoint({ id: 'tp1', stageId: 's1', emotion: 1, personaEmotions: emotions })}
        state={state(items)}
        onAccept={() => {}}
        onKeepRoomEmotions={() => 'kept'}
      />
    );
    const { rerender } = render(panel({ luis: -2 }));
    expect(screen.getByTestId('present-contributions')).toHaveTextContent('Map: I hate it');
    // Luis has not rated it: the main persona's emotion does not stand in for his.
    rerender(panel({}));
    expect(screen.getByTestId('present-contributions')).toHaveTextContent('Map: no emotion');
  });

  it('offers a stage’s notes as new touchpoints of it, and marks one added while it is still there', async () => {
    const onAccept = vi.fn();
    const note = from('Dana', { kind: 'note', text: 'Falta el paso de firma', target: { kind: 'stage', id: 's1' } });
    const panel = (accepted: Map<string, AcceptedAs>, inStage: boolean) => (
      <ContributionsPanel
        persona={null}
        targetId="s1"
        isInStage={() => inStage}
        state={state([note], accepted)}
        onAccept={onAccept}
        onKeepRoomEmotions={() => 'kept'}
      />
    );
    const { rerender } = render(panel(new Map(), false));
    expect(screen.queryByRole('button', { name: 'Add as note' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add as touchpoint' }));
    expect(onAccept).toHaveBeenCalledWith(note, 'touchpoint');
    rerender(panel(new Map([[note.id, 'touchpoint']]), true));
    expect(screen.getByTestId('present-contribution-accepted')).toHaveTextContent('Added');
    // Undone in the map: offered again.
    rerender(panel(new Map([[note.id, 'touchpoint']]), false));
    expect(screen.getByRole('button', { name: 'Add as touchpoint' })).toBeInTheDocument();
  });

  it('offers a touchpoint’s notes for accepting, and marks the accepted ones', async () => {
    const onAccept = vi.fn();
    const { rerender } = render(
      <ContributionsPanel
        persona={null}
        targetId="tp1"
        touchpoint={aTouchpoint({ id: 'tp1', stageId: 's1' })}
        state={state(items)}
        onAccept={onAccept}
        onKeepRoomEmotions={() => 'kept'}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add as pain point' }));
    expect(onAccept).toHaveBeenCalledWith(items[0], 'pain');
    const accepted = aTouchpoint({ id: 'tp1', stageId: 's1', painPoint: true, painNote: 'Ana: The form is too long' });
    rerender(
      <ContributionsPanel
        persona={null}
        targetId="tp1"
        touchpoint={accepted}
        state={state(items, new Map([[items[0].id, 'pain']]))}
        onAccept={onAccept}
        onKeepRoomEmotions={() => 'kept'}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Add as note' })).toBeNull();
    expect(screen.getByTestId('present-contribution-accepted')).toHaveTextContent('Added');
  });

  it('offers an accepted note again once the map no longer holds it (the acceptance was undone)', () => {
    render(
      <ContributionsPanel
        persona={null}
        targetId="tp1"
        touchpoint={aTouchpoint({ id: 'tp1', stageId: 's1' })}
        state={state(items, new Map([[items[0].id, 'note']]))}
        onAccept={() => {}}
        onKeepRoomEmotions={() => 'kept'}
      />,
    );
    expect(screen.queryByTestId('present-contribution-accepted')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add as note' })).toBeInTheDocument();
  });

  it('lists a stage’s notes without accepting them, and says when the room is out of reach', () => {
    const stageNote = from('Dee', { kind: 'note', text: 'Too many steps', target: { kind: 'stage', id: 's1' } });
    render(
      <ContributionsPanel
        persona={null}
        targetId="s1"
        state={{ ...state([stageNote]), status: 'offline' }}
        onAccept={() => {}}
        onKeepRoomEmotions={() => 'kept'}
      />,
    );
    expect(screen.getByTestId('present-contribution')).toHaveTextContent('Dee: Too many steps');
    expect(screen.queryByRole('button', { name: 'Add as note' })).toBeNull();
    expect(screen.getByText(/not reachable/)).toBeInTheDocument();
  });

  it('keeps the room’s emotions as a persona on request, and says so, or why not', async () => {
    const keep = vi.fn<() => 'kept' | 'full'>().mockReturnValueOnce('kept').mockReturnValueOnce('full');
    render(
      <ContributionsPanel
        persona={null}
        targetId="s1"
        state={state(items)}
        onAccept={() => {}}
        onKeepRoomEmotions={keep}
      />,
    );
    await userEvent.click(screen.getByTestId('present-room-persona'));
    expect(keep).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Kept as the persona “The room”');
    await userEvent.click(screen.getByTestId('present-room-persona'));
    expect(screen.getByRole('status')).toHaveTextContent('already has 8 personas');
  });

  it('offers no room persona before anyone gave an emotion', () => {
    render(
      <ContributionsPanel
        persona={null}
        targetId="tp1"
        state={state([items[0]])}
        onAccept={() => {}}
        onKeepRoomEmotions={() => 'kept'}
      />,
    );
    expect(screen.queryByTestId('present-room-persona')).toBeNull();
  });
});
