import { describe, expect, it } from 'vitest';
import { textSplice, type TextSplice } from './textSplice';

const apply = (from: string, { start, end, text }: TextSplice) => from.slice(0, start) + text + from.slice(end);
/** Whether a string holds no half of a surrogate pair. */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('textSplice', () => {
  it('is the one stretch that changed: an insertion, a deletion, a replacement', () => {
    expect(textSplice('Veo un anuncio', 'Veo un anuncio en redes')).toEqual({ start: 14, end: 14, text: ' en redes' });
    expect(textSplice('Veo un anuncio', 'Veo anuncio')).toEqual({ start: 4, end: 7, text: '' });
    expect(textSplice('Llamo', 'Llamé')).toEqual({ start: 4, end: 5, text: 'é' });
  });

  it('never cuts an emoji in two, at the start or at the end of the stretch', () => {
    // 😀 and 😁 share their first code unit; 🇪🇸 is two pairs.
    for (const [from, to] of [
      ['a😀', 'a😁'],
      ['😀b', '😁b'],
      ['x😀y', 'x😁y'],
      ['🇪🇸', '🇲🇽'],
    ]) {
      const splice = textSplice(from, to);
      expect(apply(from, splice)).toBe(to);
      expect(wellFormed(splice.text)).toBe(true);
      expect(wellFormed(from.slice(splice.start, splice.end))).toBe(true);
    }
  });
});
