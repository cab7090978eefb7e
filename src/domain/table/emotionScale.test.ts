import { describe, expect, it } from 'vitest';
import { detectEmotionScale, parseEmotionCell, type EmotionScale } from './emotionScale';

describe('detectEmotionScale', () => {
  it.each([
    ['the app scale with negatives', ['-2', '0', '1', ''], 'signed', false],
    ['a 1..5 score', ['1', '3', '5'], 'five', false],
    ['a 1..5 score in decimals with a comma', ['1', '4,5'], 'five', false],
    ['only 1 and 2: read as the app scale, ambiguous', ['1', '2', '2'], 'signed', true],
    ['words only', ['Lo odio', 'Wow'], 'signed', false],
    ['nothing', ['', ''], 'signed', false],
  ])('%s', (_name, cells, scale, ambiguous) => {
    expect(detectEmotionScale(cells)).toEqual({ scale, ambiguous });
  });
});

describe('parseEmotionCell', () => {
  it.each<[string, EmotionScale, unknown]>([
    ['', 'signed', { emotion: null }],
    ['-2', 'signed', { emotion: -2 }],
    ['+2', 'signed', { emotion: 2 }],
    ['0', 'signed', { emotion: 0 }],
    ['1', 'five', { emotion: -2 }],
    ['3', 'five', { emotion: 0 }],
    ['5', 'five', { emotion: 2 }],
    ['4.4', 'five', { emotion: 1, rounded: true }],
    ['-0,4', 'signed', { emotion: 0, rounded: true }],
    ['Lo odio', 'five', { emotion: -2 }],
    ['no me gusta', 'signed', { emotion: -1 }],
    ['ME DA IGUAL', 'signed', { emotion: 0 }],
    ['Me gusta', 'signed', { emotion: 1 }],
    ['¡Wow!', 'signed', { emotion: 2 }],
    ['wow', 'signed', { emotion: 2 }],
    ['I hate it', 'signed', { emotion: -2 }],
    ['I don’t like it', 'signed', { emotion: -1 }],
    ["I don't mind", 'signed', { emotion: 0 }],
    ['I like it', 'five', { emotion: 1 }],
    ['Wow!', 'signed', { emotion: 2 }],
    ['Neutral', 'signed', { emotion: 0 }],
    ['6', 'five', { invalid: true, offScale: true }],
    ['3', 'signed', { invalid: true, offScale: true }],
    ['great', 'signed', { invalid: true }],
  ])('%j on the %s scale', (text, scale, expected) => {
    expect(parseEmotionCell(text, scale)).toEqual(expected);
  });
});
