import { describe, expect, it } from 'vitest';
import { caretAfterChange } from './fieldCaret';

describe('caretAfterChange', () => {
  it('puts the caret back where an undone burst began, wherever it was typed', () => {
    expect(caretAfterChange('Visit out the website', 'Visit the website', 9)).toBe(5);
    expect(caretAfterChange('START Me uno', 'Me uno', 6)).toBe(0);
    expect(caretAfterChange('Me unono', 'Me uno', 8)).toBe(6);
  });

  it('puts the caret just past the text a redo brings back', () => {
    expect(caretAfterChange('Visit the website', 'Visit out the website', 5)).toBe(9);
    expect(caretAfterChange('Me uno', 'Me unono', 6)).toBe(8);
  });

  it('falls back to the end of the first difference when the caret says nothing', () => {
    expect(caretAfterChange('Lo odio', 'Lo amo', 7)).toBe(5);
    expect(caretAfterChange('Visit the website', '', 17)).toBe(0);
    expect(caretAfterChange('', 'Me uno', 0)).toBe(6);
    expect(caretAfterChange('same', 'same', 2)).toBe(4);
  });
});
