import { ellipsize, wrapText } from './text';

// Every character 10 units wide.
const measure = (text: string) => Array.from(text).length * 10;

describe('wrapText', () => {
  it('breaks between words, collapsing whitespace', () => {
    expect(wrapText('  uno dos\n tres   cuatro ', 90, measure)).toEqual(['uno dos', 'tres', 'cuatro']);
  });

  it('breaks a word too long for a line anywhere', () => {
    expect(wrapText('ab abcdefghijkl', 50, measure)).toEqual(['ab', 'abcde', 'fghij', 'kl']);
  });

  it('ends the last kept line with an ellipsis past the line limit, within the width', () => {
    const lines = wrapText('uno dos tres cuatro cinco', 60, measure, 2);
    expect(lines).toEqual(['uno', 'dos t…']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(60);
  });

  it('keeps accents and characters outside the basic plane whole', () => {
    expect(wrapText('¿Qué? ñandú 😀😀', 60, measure)).toEqual(['¿Qué?', 'ñandú', '😀😀']);
  });

  it('returns no lines for empty text', () => {
    expect(wrapText('   ', 100, measure)).toEqual([]);
  });
});

describe('ellipsize', () => {
  it('leaves text that fits alone', () => {
    expect(ellipsize('Marketing', 90, measure)).toBe('Marketing');
  });

  it('cuts text that does not fit and adds an ellipsis, within the width', () => {
    const cut = ellipsize('Desarrollo de producto', 100, measure);
    expect(cut).toBe('Desarroll…');
    expect(measure(cut)).toBeLessThanOrEqual(100);
  });
});
