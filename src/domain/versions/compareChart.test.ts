import { describe, expect, it } from 'vitest';
import { chartPoints, emotionLevels, emotionY } from './compareChart';

const box = { x: 10, y: 20, width: 400, height: 100 };

describe('the comparison chart', () => {
  it('puts +2 on the top edge, -2 on the bottom edge and 0 half way', () => {
    expect([emotionY(2, box), emotionY(0, box), emotionY(-2, box)]).toEqual([20, 70, 120]);
    expect(emotionLevels(box).map((l) => l.y)).toEqual([120, 95, 70, 45, 20]);
  });

  it('spreads a curve from the left edge to the right edge, whatever its length', () => {
    expect(chartPoints([{ emotion: -2 }, { emotion: 1 }, { emotion: 2 }], box)).toEqual([
      { x: 10, y: 120 },
      { x: 210, y: 45 },
      { x: 410, y: 20 },
    ]);
    expect(chartPoints([{ emotion: 0 }], box)).toEqual([{ x: 10, y: 70 }]);
    expect(chartPoints([], box)).toEqual([]);
  });
});
