import { describe, expect, it } from 'vitest';
import * as app from '../src/domain/contributions';
import { contributionSchema, DEFAULT_MAX_NOTE_CHARS } from './contributions.ts';
import { DEFAULTS } from './options.ts';

// The app never imports the server, so the participant page repeats the server's limits to refuse bad
// input before sending it. The server stays the authority; this keeps the two from drifting apart.
describe("the participant page's copy of the server's limits", () => {
  const schema = contributionSchema(DEFAULT_MAX_NOTE_CHARS);
  const base = {
    id: 'c1',
    participant: { id: 'p1', name: 'Ana' },
    target: { kind: 'touchpoint', id: 't1' },
    kind: 'note',
    at: '2026-11-29T12:00:00.000Z',
  } as const;

  it('agrees on the longest note, the longest name and the rate', () => {
    expect(app.MAX_NOTE_CHARS).toBe(DEFAULT_MAX_NOTE_CHARS);
    expect(app.CONTRIBUTIONS_PER_WINDOW).toBe(DEFAULTS.contributionsPer10s);
    expect(app.CONTRIBUTION_WINDOW_MS).toBe(10_000);
    const name = (n: number) => ({ ...base, text: 'ok', participant: { id: 'p1', name: 'n'.repeat(n) } });
    expect(schema.safeParse(name(app.MAX_NAME_CHARS)).success).toBe(true);
    expect(schema.safeParse(name(app.MAX_NAME_CHARS + 1)).success).toBe(false);
  });

  it('refuses exactly the notes the page refuses', () => {
    for (const text of ['', '   ', 'x'.repeat(app.MAX_NOTE_CHARS), 'x'.repeat(app.MAX_NOTE_CHARS + 1), '¡Wow! 🚀']) {
      expect(schema.safeParse({ ...base, text }).success).toBe(app.noteProblem(text) === null);
    }
  });
});
