import { beforeEach, describe, expect, it } from 'vitest';
import type { Contribution, PresentStep } from '../domain/contributions';
import { lastStep, pendingStore } from './pending';

const note = (id: string, text: string): Contribution => ({
  id,
  participant: { id: 'p1', name: 'Tina' },
  target: { kind: 'touchpoint', id: 't1' },
  kind: 'note',
  text,
  at: '2026-12-01T10:00:00.000Z',
});

beforeEach(() => localStorage.clear());

describe('the contributions a phone waits to send', () => {
  it('keeps what two tabs of one room wait to send, each removing only its own once delivered', () => {
    const first = pendingStore('room-1');
    const second = pendingStore('room-1');
    expect(first.load()).toEqual([]);
    expect(second.load()).toEqual([]);
    first.save([note('x', 'X')]);
    second.save([note('y', 'Y')]);
    // A page opened on the room now (a reload of either tab) finds both.
    expect(
      pendingStore('room-1')
        .load()
        .map((c) => c.text),
    ).toEqual(['X', 'Y']);
    // The first tab's X is delivered: Y, the second tab's, stays for it.
    first.save([]);
    expect(
      pendingStore('room-1')
        .load()
        .map((c) => c.text),
    ).toEqual(['Y']);
    second.save([]);
    expect(localStorage.getItem('recorrido.participant.pending.room-1')).toBeNull();
  });

  it('lets a tab remove what it loaded after another tab saved it', () => {
    pendingStore('room-1').save([note('x', 'X')]);
    const reloaded = pendingStore('room-1');
    expect(reloaded.load().map((c) => c.id)).toEqual(['x']);
    reloaded.save([]);
    expect(pendingStore('room-1').load()).toEqual([]);
  });
});

describe('the step a phone showed last', () => {
  const step: PresentStep = { kind: 'touchpoint', id: 't1', title: 'Firmo', stage: 'Me uno', index: 3, count: 9 };

  it('comes back after a reload, per room, and goes when nobody presents', () => {
    lastStep('room-1').save(step);
    expect(lastStep('room-1').load()).toEqual(step);
    expect(lastStep('room-2').load()).toBeNull();
    lastStep('room-1').save(null);
    expect(lastStep('room-1').load()).toBeNull();
  });

  it('reads a damaged entry as none', () => {
    localStorage.setItem('recorrido.participant.step.room-1', '{"kind":"touchpoint","title":3}');
    expect(lastStep('room-1').load()).toBeNull();
    localStorage.setItem('recorrido.participant.step.room-1', 'not json');
    expect(lastStep('room-1').load()).toBeNull();
  });
});
