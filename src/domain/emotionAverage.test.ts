import { formatEmotionAverage, meanEmotion, nearestEmotion } from './emotionAverage';

describe('meanEmotion', () => {
  it('averages the items that have an emotion and skips the rest', () => {
    expect(meanEmotion([{ emotion: 2 }, { emotion: -1 }, { emotion: null }])).toBe(0.5);
  });

  it('is null when nothing has an emotion', () => {
    expect(meanEmotion([{ emotion: null }])).toBeNull();
    expect(meanEmotion([])).toBeNull();
  });
});

describe('nearestEmotion', () => {
  it.each([
    [0, 0],
    [-0.4, 0],
    [0.4, 0],
    [0.5, 1],
    [-0.5, -1],
    [1.5, 2],
    [-1.5, -2],
    [-1.49, -1],
    [2, 2],
    [-2, -2],
  ])('rounds %d to the step %d, halves away from neutral', (average, step) => {
    expect(nearestEmotion(average)).toBe(step);
  });

  it('never gives a negative zero', () => {
    expect(Object.is(nearestEmotion(-0.2), 0)).toBe(true);
  });
});

describe('formatEmotionAverage', () => {
  it.each([
    [0.4, 'es', '+0,4'],
    [0.4, 'en', '+0.4'],
    [-1.25, 'es', '-1,3'],
    [-1.5, 'en', '-1.5'],
    [0, 'es', '0,0'],
    [2, 'en', '+2.0'],
  ] as const)('writes %d in %s as %s', (average, locale, text) => {
    expect(formatEmotionAverage(average, locale).replace('\u2212', '-')).toBe(text);
  });
});
