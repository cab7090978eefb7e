import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { fixedT } from '../i18n/fixedT';
import { copyNameWords } from './copyName';

describe('copyNameWords', () => {
  it('numbers copies after the first, and a name left in a right-to-left override does not reverse the words', () => {
    const copyName = copyNameWords(fixedT('es') as unknown as TFunction);
    expect(copyName('Me uno', 1)).toBe('Me uno (copia)');
    expect(copyName('Me uno', 2)).toBe('Me uno (copia 2)');
    expect(copyName('\u202eJunk', 1)).toBe('\u202eJunk\u202c (copia)');
    // A copy of a copy is numbered after the same name.
    expect(copyName('Me uno (copia)', 1)).toBe('Me uno (copia)');
    expect(copyName('Me uno (copia)', 5)).toBe('Me uno (copia 5)');
    expect(copyName('Me uno (copia 3)', 4)).toBe('Me uno (copia 4)');
    // A name that is only the suffix stays whole.
    expect(copyName(' (copia)', 1)).toBe(' (copia) (copia)');
  });
});
