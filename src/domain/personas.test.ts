import { describe, expect, it } from 'vitest';
import { blankPersona } from './blank';
import { personasLine } from './personas';

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
