import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regExp';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text as written, every special character included', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p-q';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });

  it('leaves other characters as they are', () => {
    expect(escapeRegExp('Me uno (copia 2)')).toBe('Me uno \\(copia 2\\)');
  });
});
