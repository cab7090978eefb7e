import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contribution, PresentStep } from '../domain/contributions';
import type { ParticipationEvents } from '../sync/participation';
import { mountParticipantPage } from './page';

const LINK = { room: 'A'.repeat(22), key: 'B'.repeat(43) };
const TOUCHPOINT: PresentStep = {
  kind: 'touchpoint',
  id: 'tp1',
  title: 'I sign online',
  stage: 'I join',
  index: 2,
  count: 9,
};

/** The page over a fake connection that records what it is asked to send. */
function mount(options: { link?: typeof LINK } = {}) {
  const link = 'link' in options ? options.link : LINK;
  const root = document.createElement('div');
  document.body.append(root);
  const sent: Contribution[] = [];
  let events: ParticipationEvents | undefined;
  const page = mountParticipantPage({
    root,
    link,
    locale: 'en',
    onLocale: () => {},
    connect(e) {
      events = e;
      return { send: (c) => sent.push(c), destroy: () => {} };
    },
  });
  return { root, sent, events: () => events!, page };
}

async function join(name = 'Ana') {
  const view = mount();
  await userEvent.type(screen.getByLabelText('Your name'), name);
  await userEvent.click(screen.getByRole('button', { name: 'Take part' }));
  return view;
}

beforeEach(() => localStorage.clear());
afterEach(() => document.body.replaceChildren());

describe('the participant page', () => {
  it('asks a name first, and refuses a blank one', async () => {
    const { events } = mount();
    await userEvent.click(screen.getByRole('button', { name: 'Take part' }));
    expect(screen.getByText('Write your name to take part.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');
    // It connects at once, to check the link, and sends nothing.
    expect(events()).toBeDefined();
  });

  it('says a link that no longer works before asking a name, and asks nothing', () => {
    const { events, sent } = mount();
    events().status('refused', 'invalid-key');
    expect(screen.getByRole('alert')).toHaveTextContent('This link no longer works');
    expect(screen.queryByLabelText('Your name')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('shows the step the room is on as soon as the name is given, even if it arrived before', async () => {
    const { events } = mount();
    events().status('live', null);
    events().step(TOUCHPOINT);
    await userEvent.type(screen.getByLabelText('Your name'), 'Cai');
    await userEvent.click(screen.getByRole('button', { name: 'Take part' }));
    expect(screen.getByTestId('participant-step')).toHaveTextContent('I sign online');
  });

  it('says a damaged link is damaged and connects nothing', () => {
    mount({ link: undefined });
    expect(screen.getByRole('alert')).toHaveTextContent('This link is damaged');
    expect(screen.queryByTestId('participant-note')).toBeNull();
  });

  it('follows the step the facilitator shows', async () => {
    const { events } = await join();
    expect(screen.getByText('Waiting for the facilitator to present the journey…')).toBeInTheDocument();
    expect(screen.getByTestId('participant-note').closest('section')).not.toBeVisible();
    events().step({ kind: 'stage', id: 's1', title: 'I join', index: 1, count: 9 });
    expect(screen.getByTestId('participant-step')).toHaveTextContent('I join');
    expect(screen.getByTestId('participant-emotion').closest('div')).not.toBeVisible();
    events().step(TOUCHPOINT);
    expect(screen.getByTestId('participant-step')).toHaveTextContent('I sign online');
    expect(screen.getByText('Step 3 of 9 · Touchpoint · In “I join”')).toBeInTheDocument();
    expect(screen.getByTestId('participant-emotion')).toBeVisible();
  });

  it('sends a note, an emotion and a pain about the step shown, and says when each is stored', async () => {
    const { events, sent } = await join('Ana');
    events().step(TOUCHPOINT);
    await userEvent.type(screen.getByTestId('participant-note'), '  The queue was long ');
    await userEvent.click(screen.getByTestId('participant-send'));
    await userEvent.selectOptions(screen.getByTestId('participant-emotion'), '-1');
    await userEvent.click(screen.getByTestId('participant-pain'));
    await userEvent.click(screen.getByTestId('participant-pain'));
    expect(sent.map((c) => [c.kind, c.text ?? c.emotion ?? null, c.target.id, c.participant.name])).toEqual([
      ['note', 'The queue was long', 'tp1', 'Ana'],
      ['emotion', -1, 'tp1', 'Ana'],
      ['pain', null, 'tp1', 'Ana'],
    ]);
    expect(screen.getByTestId('participant-note')).toHaveValue('');
    expect(screen.getByTestId('participant-pain')).toHaveAttribute('aria-pressed', 'true');

    const list = screen.getByRole('region', { name: 'What you sent' });
    events().delivery(new Set(), new Set(sent.map((c) => c.id)));
    expect(within(list).getAllByText('Waiting for the connection')).toHaveLength(3);
    events().delivery(new Set([sent[0].id]), new Set([sent[1].id, sent[2].id]));
    expect(within(list).getAllByText('Sent')).toHaveLength(1);
  });

  it('connects anew after "Change name", and what is sent then reaches the room', async () => {
    const view = mount();
    const first = view.events();
    await userEvent.type(screen.getByLabelText('Your name'), 'Aan');
    await userEvent.click(screen.getByRole('button', { name: 'Take part' }));
    await userEvent.click(screen.getByRole('button', { name: 'Change name' }));
    await userEvent.clear(screen.getByLabelText('Your name'));
    await userEvent.type(screen.getByLabelText('Your name'), 'Ana');
    await userEvent.click(screen.getByRole('button', { name: 'Take part' }));
    expect(view.events()).not.toBe(first);
    view.events().step(TOUCHPOINT);
    await userEvent.type(screen.getByTestId('participant-note'), 'Hola');
    await userEvent.click(screen.getByTestId('participant-send'));
    expect(view.sent.map((c) => [c.text, c.participant.name])).toEqual([['Hola', 'Ana']]);
  });

  it('sends a second emotion, picked after the room moved on, for the step shown then', async () => {
    const { events, sent } = await join('Eli');
    events().step(TOUCHPOINT);
    await userEvent.selectOptions(screen.getByTestId('participant-emotion'), '1');
    events().step({ ...TOUCHPOINT, id: 'tp2', title: 'I call', index: 3 });
    await userEvent.selectOptions(screen.getByTestId('participant-emotion'), '-1');
    expect(sent.map((c) => [c.emotion, c.target.id])).toEqual([
      [1, 'tp1'],
      [-1, 'tp2'],
    ]);
  });

  it('sends an emotion for the step shown when the picker is opened, not when it was focused', async () => {
    const { events, sent } = await join('Fer');
    events().step(TOUCHPOINT);
    screen.getByTestId('participant-emotion').focus();
    events().step({ ...TOUCHPOINT, id: 'tp2', title: 'I call', index: 3 });
    await userEvent.selectOptions(screen.getByTestId('participant-emotion'), '2');
    expect(sent.map((c) => [c.emotion, c.target.id])).toEqual([[2, 'tp2']]);
  });

  it('names a step left blank in its own language, and says "Summary" once', async () => {
    const { events } = await join('Dee');
    // The facilitator's placeholder in their language, marked untitled: the phone says it in its own.
    events().step({ ...TOUCHPOINT, title: 'Punto de contacto sin título', untitled: true });
    expect(screen.getByTestId('participant-step')).toHaveTextContent('Untitled touchpoint');
    expect(screen.getByText(/What you would tell the room about “Untitled touchpoint”/)).toBeInTheDocument();
    events().step({ kind: 'summary', title: '', index: 8, count: 9 });
    expect(screen.getByTestId('participant-step')).toHaveTextContent('Summary');
    expect(screen.getByText('Step 9 of 9')).toBeInTheDocument();
  });

  it('keeps a note begun on one step with that step when the facilitator moves on before it is sent', async () => {
    const { events, sent } = await join('Ben');
    events().step(TOUCHPOINT);
    await userEvent.type(screen.getByTestId('participant-note'), 'About the online form');
    events().step({ ...TOUCHPOINT, id: 'tp2', title: 'I call', index: 3 });
    expect(screen.getByText(/This note is about “I sign online”, the step on screen when you began it/)).toBeVisible();
    // The room may even move to the summary: the draft stays on screen to send.
    events().step({ kind: 'summary', title: 'Summary', index: 8, count: 9 });
    await userEvent.click(screen.getByTestId('participant-send'));
    expect(sent.map((c) => [c.kind, c.text, c.target.id])).toEqual([['note', 'About the online form', 'tp1']]);
    events().delivery(new Set(), new Set(sent.map((c) => c.id)));
    expect(screen.getByRole('region', { name: 'What you sent' })).toHaveTextContent('I sign online');

    // A note begun after the move is about the step shown then.
    events().step({ ...TOUCHPOINT, id: 'tp2', title: 'I call', index: 3 });
    await userEvent.type(screen.getByTestId('participant-note'), 'On hold for ages');
    await userEvent.click(screen.getByTestId('participant-send'));
    expect(sent.at(-1)?.target.id).toBe('tp2');
  });

  it('sends nothing for an empty note or one over the server’s limit, and says why', async () => {
    const { events, sent } = await join();
    events().step(TOUCHPOINT);
    await userEvent.click(screen.getByTestId('participant-send'));
    expect(screen.getByText('Write something before sending.')).toBeInTheDocument();
    const note = screen.getByTestId('participant-note');
    await userEvent.click(note);
    await userEvent.paste('x'.repeat(1001));
    expect(screen.getByText('1001 / 1000 characters')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('participant-send'));
    expect(screen.getByText(/Your note has 1001 characters; the most is 1000/)).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
  });

  it('says when the connection is lost', async () => {
    const { events } = await join();
    events().status('offline', null);
    expect(screen.getByRole('status')).toHaveTextContent('No connection');
    events().status('refused', 'sharing-stopped');
    expect(screen.getByRole('alert')).toHaveTextContent('The facilitator stopped sharing this journey.');
  });

  it('shows a refused link once, without a workshop it cannot reach', async () => {
    const { events } = await join();
    events().status('refused', 'invalid-key');
    expect(screen.getAllByText('This link no longer works. Ask the facilitator for the new one.')).toHaveLength(1);
    expect(screen.queryByText('Waiting for the facilitator to present the journey…')).not.toBeVisible();
  });

  it('keeps what this phone sent after a reload, confirmed ones as sent', async () => {
    const first = await join('Ana');
    first.events().step(TOUCHPOINT);
    await userEvent.type(screen.getByTestId('participant-note'), 'The queue was long');
    await userEvent.click(screen.getByTestId('participant-send'));
    first.events().delivery(new Set(first.sent.map((c) => c.id)), new Set());
    document.body.replaceChildren();

    // The reload: the same room, a new page over a new connection.
    const again = mount();
    again.events().step(TOUCHPOINT);
    const list = screen.getByRole('region', { name: 'What you sent' });
    expect(within(list).getByText(/The queue was long/)).toBeInTheDocument();
    expect(within(list).getByText('Sent')).toBeInTheDocument();
    expect(again.sent).toEqual([]);
  });

  it('keeps a note not sent yet through a reload, still about the step it was begun on', async () => {
    const first = await join('Ana');
    first.events().step(TOUCHPOINT);
    await userEvent.type(screen.getByTestId('participant-note'), 'La cola era larga');
    document.body.replaceChildren();

    const again = mount();
    again.events().step({ ...TOUCHPOINT, id: 'tp2', title: 'I call', index: 3 });
    expect(screen.getByTestId('participant-note')).toHaveValue('La cola era larga');
    await userEvent.click(screen.getByTestId('participant-send'));
    expect(again.sent.map((c) => [c.text, c.target.id])).toEqual([['La cola era larga', 'tp1']]);
    document.body.replaceChildren();

    // Sent, it is not offered again.
    mount().events().step(TOUCHPOINT);
    expect(screen.getByTestId('participant-note')).toHaveValue('');
  });

  it('takes the too-fast warning away when sending is allowed again', async () => {
    const { events, sent } = await join();
    events().step(TOUCHPOINT);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const emotion = screen.getByTestId<HTMLSelectElement>('participant-emotion');
      for (let i = 0; i < 21; i++) {
        emotion.value = String((i % 5) - 2);
        emotion.dispatchEvent(new Event('change'));
      }
      expect(sent.length).toBe(20);
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('You sent a lot in a few seconds');
      await vi.advanceTimersByTimeAsync(10_200);
      expect(alert.textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});
