import { describe, expect, it } from 'vitest';
import { aTouchpoint } from '../test/touchpoint';
import { touchpointById } from './touchpointIndex';

describe('touchpointById', () => {
  it('finds a touchpoint by id in each array it is given, and nothing for an unknown id', () => {
    const first = [
      aTouchpoint({ id: 'a', stageId: 's', title: 'One' }),
      aTouchpoint({ id: 'b', stageId: 's', title: 'Two' }),
    ];
    expect(touchpointById(first, 'b')?.title).toBe('Two');
    expect(touchpointById(first, 'zz')).toBeUndefined();
    const next = [first[0], { ...first[1], title: 'Two, edited' }];
    expect(touchpointById(next, 'b')?.title).toBe('Two, edited');
    expect(touchpointById(first, 'b')?.title).toBe('Two');
  });

  it('answers right after touchpoints are moved in the order, removed and added', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => aTouchpoint({ id, stageId: 's', title: id.toUpperCase() }));
    expect(touchpointById([a, b, c], 'c')).toBe(c);
    expect(touchpointById([c, a, b], 'c')).toBe(c);
    expect(touchpointById([c, a, b], 'a')).toBe(a);
    expect(touchpointById([a, c], 'b')).toBeUndefined();
    expect(touchpointById([a, c], 'c')).toBe(c);
    const d = aTouchpoint({ id: 'd', stageId: 's', title: 'D' });
    expect(touchpointById([a, d], 'd')).toBe(d);
    expect(touchpointById([a, d], 'c')).toBeUndefined();
  });
});
