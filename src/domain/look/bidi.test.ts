import { describe, expect, it } from 'vitest';
import { closeBidi } from './bidi';

describe('closeBidi', () => {
  it('closes the overrides, embeddings and isolates a text leaves open, so what follows keeps its direction', () => {
    expect(closeBidi('\u202eJunk 🎉')).toBe('\u202eJunk 🎉\u202c');
    expect(closeBidi('\u2067عربي \u202bx')).toBe('\u2067عربي \u202bx\u202c\u2069');
    // A PDI closes its isolate and the embedding inside it.
    expect(closeBidi('\u2068a \u202eb\u2069 c')).toBe('\u2068a \u202eb\u2069 c');
  });

  it('leaves text that opens nothing, or closes what it opens, as it was', () => {
    for (const text of ['Me uno', 'عربي', '\u202eab\u202c', '\u2066x\u2069', 'stray \u202c and \u2069'])
      expect(closeBidi(text)).toBe(text);
  });
});
