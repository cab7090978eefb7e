import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { keepRoomPersona } from './commands/personaCommands';
import type { Emotion } from './journey';
import { TEMPLATES, instantiateTemplate } from './templates';
import {
  MAX_NOTE_CHARS,
  nameProblem,
  noteProblem,
  readContribution,
  readPresentStep,
  roomEmotions,
  summarizeTarget,
  type Contribution,
} from './contributions';
import { acceptedNoteFields } from './presentation';

let seq = 0;
const c = (over: Partial<Contribution> & Pick<Contribution, 'kind'>, who = 'ana'): Contribution => ({
  id: `c${++seq}`,
  participant: { id: who, name: who.toUpperCase() },
  target: { kind: 'touchpoint', id: 'tp1' },
  at: `2026-11-29T12:00:${String(seq).padStart(2, '0')}.000Z`,
  ...over,
});

describe('contribution messages', () => {
  it('refuse blank notes and notes over the server limit, counting characters, not UTF-16 units', () => {
    expect(noteProblem('')).toBe('empty');
    expect(noteProblem('  \n ')).toBe('empty');
    expect(noteProblem('La cola era larga')).toBeNull();
    expect(noteProblem('x'.repeat(MAX_NOTE_CHARS))).toBeNull();
    expect(noteProblem('x'.repeat(MAX_NOTE_CHARS + 1))).toBe('too-long');
    // 1,000 emoji are 2,000 UTF-16 units but 1,000 characters, as the server counts.
    expect(noteProblem('😀'.repeat(MAX_NOTE_CHARS))).toBeNull();
  });

  it('want a name of 1 to 60 characters', () => {
    expect(nameProblem(' ')).toBe('empty');
    expect(nameProblem('Ana')).toBeNull();
    expect(nameProblem('a'.repeat(61))).toBe('too-long');
  });

  it('read what the server accepts and skip the rest', () => {
    const note = c({ kind: 'note', text: 'hola' });
    expect(readContribution(note)).toEqual(note);
    expect(readContribution(c({ kind: 'emotion', emotion: 2 }))?.emotion).toBe(2);
    expect(readContribution({ ...c({ kind: 'emotion' }), emotion: 3 })).toBeUndefined();
    expect(readContribution({ ...c({ kind: 'pain' }), target: { kind: 'stage', id: 's1' } })).toBeUndefined();
    expect(readContribution({ ...note, id: 'bad id' })).toBeUndefined();
    expect(readContribution({ ...note, kind: 'vote' })).toBeUndefined();
    expect(readContribution(null)).toBeUndefined();
  });

  it('read the present map as a step, or null when nobody presents', () => {
    expect(readPresentStep({})).toBeNull();
    expect(readPresentStep({ kind: 'touchpoint', title: 'Pago', index: 3, count: 9 })).toBeNull();
    expect(
      readPresentStep({ kind: 'touchpoint', id: 'tp1', title: 'Pago', stage: 'Compro', index: 3, count: 9 }),
    ).toEqual({ kind: 'touchpoint', id: 'tp1', title: 'Pago', stage: 'Compro', index: 3, count: 9 });
    expect(readPresentStep({ kind: 'overview', title: 'Me uno', index: 0, count: 9 })).toEqual({
      kind: 'overview',
      title: 'Me uno',
      index: 0,
      count: 9,
    });
  });
});

describe('summarizeTarget', () => {
  it('counts notes, one pain per person and each person’s latest emotion, and averages those', () => {
    const items = [
      c({ kind: 'note', text: 'uno' }, 'ana'),
      c({ kind: 'emotion', emotion: -2 }, 'ana'),
      c({ kind: 'pain' }, 'ana'),
      c({ kind: 'pain' }, 'ana'),
      c({ kind: 'emotion', emotion: 1 }, 'ben'),
      c({ kind: 'note', text: 'dos' }, 'ben'),
      c({ kind: 'emotion', emotion: 0 }, 'ana'),
      c({ kind: 'note', text: 'elsewhere', target: { kind: 'touchpoint', id: 'tp2' } }, 'cai'),
    ];
    const summary = summarizeTarget(items, 'tp1');
    expect(summary.notes.map((n) => n.text)).toEqual(['uno', 'dos']);
    expect(summary.pains).toHaveLength(1);
    expect(summary.emotions.map((e) => [e.participant.id, e.emotion])).toEqual([
      ['ben', 1],
      ['ana', 0],
    ]);
    expect(summary.averageEmotion).toBe(0.5);
    expect(summarizeTarget(items, 'tp3')).toEqual({ notes: [], emotions: [], pains: [], averageEmotion: null });
  });
});

describe('acceptedNoteFields', () => {
  const note = c({ kind: 'note', text: '  La cola era larga ' });

  it('appends a dated line with the speaker to the notes', () => {
    expect(acceptedNoteFields({ notes: '', painNote: '' }, note, 'note', '29 nov 2026')).toEqual({
      notes: '29 nov 2026: ANA: La cola era larga',
    });
    expect(acceptedNoteFields({ notes: 'antes', painNote: '' }, note, 'note', '29 nov 2026')).toEqual({
      notes: 'antes\n29 nov 2026: ANA: La cola era larga',
    });
  });

  it('makes a pain point whose note gains the dated line, as the notes do', () => {
    expect(acceptedNoteFields({ notes: '', painNote: '' }, note, 'pain', '29 nov 2026')).toEqual({
      painPoint: true,
      painNote: '29 nov 2026: ANA: La cola era larga',
    });
    expect(acceptedNoteFields({ notes: '', painNote: 'Esperas\n' }, note, 'pain', '29 nov 2026')).toEqual({
      painPoint: true,
      painNote: 'Esperas\n29 nov 2026: ANA: La cola era larga',
    });
  });
});

describe('the room as a persona', () => {
  const emotion = (who: string, target: string, value: Emotion): Contribution => ({
    id: `${who}-${target}-${value}`,
    participant: { id: who, name: who },
    target: { kind: 'touchpoint', id: target },
    kind: 'emotion',
    emotion: value,
    at: '2026-11-29T12:00:00.000Z',
  });

  it('takes each participant’s latest emotion per touchpoint and rounds the mean away from neutral', () => {
    // t1: Ana -2 then changes her mind to -1, Ben +2: mean (-1 + 2) / 2 = 0.5 -> +1. t2: -1, -2: -1.5 -> -2.
    const items = [
      emotion('ana', 't1', -2),
      emotion('ben', 't1', 2),
      emotion('ana', 't1', -1),
      emotion('ana', 't2', -1),
      emotion('ben', 't2', -2),
    ];
    expect(roomEmotions(items)).toEqual({ t1: 1, t2: -2 });
    expect(roomEmotions([])).toEqual({});
  });

  it('keeps the curve as one persona, replaced when kept again, and never as the main persona', () => {
    let journey = instantiateTemplate(TEMPLATES[0], 'en');
    const [a, b] = journey.touchpoints;
    const keep = (emotions: Record<string, Emotion>) =>
      (journey = produce(journey, (d) => keepRoomPersona.apply(d, { id: 'persona-room', name: 'The room', emotions })));
    keep({ [a.id]: 2, [b.id]: -1 });
    expect(journey.personas.map((p) => p.name)).toEqual([journey.personas[0].name, 'The room']);
    expect(journey.touchpoints[0].personaEmotions['persona-room']).toBe(2);
    keep({ [b.id]: 1 });
    expect(journey.personas).toHaveLength(2);
    expect('persona-room' in journey.touchpoints[0].personaEmotions).toBe(false);
    expect(journey.touchpoints[1].personaEmotions['persona-room']).toBe(1);
    expect(journey.touchpoints[0].emotion).toBe(a.emotion);
  });
});
