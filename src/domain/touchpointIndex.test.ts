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
});
