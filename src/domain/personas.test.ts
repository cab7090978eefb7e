import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { blankPersona } from './blank';
import { updatePersona } from './commands/personaCommands';
import { createEmptyJourney } from './factory';
import { personaNameTaken, personasLine } from './personas';

const numbered = (n: number) => `Persona ${n}`;

describe('personasLine', () => {
  it('calls an unnamed persona by its number, as the legend and the selects do', () => {
    const journey = { personas: [blankPersona({ name: '' }), blankPersona({ name: 'Ana', description: 'Joven' })] };
    expect(personasLine(journey, numbered)).toBe('Persona 1 · Ana: Joven');
  });

  it('keeps a described unnamed persona numbered, and says nothing of personas with no words at all', () => {
    expect(personasLine({ personas: [blankPersona({ description: 'Familia' })] }, numbered)).toBe('Persona 1: Familia');
    expect(personasLine({ personas: [blankPersona(), blankPersona({ name: ' ' })] }, numbered)).toBe('');
    expect(personasLine({ personas: [] }, numbered)).toBe('');
  });
});

describe('personaNameTaken', () => {
  const journey = {
    personas: [
      blankPersona({ id: 'main', name: '' }),
      blankPersona({ id: 'ana', name: 'Ana' }),
      blankPersona({ id: 'x' }),
    ],
  };

  it('finds another persona’s name, trimmed and ignoring case and accents', () => {
    for (const name of ['Ana', ' ana ', 'ÁNA']) expect(personaNameTaken(journey, 'x', name)).toBe(true);
    expect(personaNameTaken(journey, 'x', 'Anabel')).toBe(false);
  });

  it('does not count the persona’s own name, nor a blank one (unnamed personas go by their number)', () => {
    expect(personaNameTaken(journey, 'ana', 'ana')).toBe(false);
    expect(personaNameTaken(journey, 'x', '  ')).toBe(false);
  });
});

describe('updatePersona', () => {
  it('refuses a name another persona has, and renames otherwise', () => {
    const journey = createEmptyJourney('Me uno', ['Me informo']);
    journey.personas = [blankPersona({ id: 'main', name: 'Ana' }), blankPersona({ id: 'p2', name: 'Luis' })];
    const rename = (name: string) => produce(journey, (draft) => updatePersona.apply(draft, { id: 'p2', name }));
    expect(rename(' ANA')).toBe(journey);
    expect(rename('Luisa').personas[1].name).toBe('Luisa');
  });
});
