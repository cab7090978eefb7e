import { describe, expect, it } from 'vitest';
import { TokenBucket, createThrottle } from './rateLimit.ts';

describe('token bucket', () => {
  it('lets a burst through, then refills steadily over the window', () => {
    let now = 0;
    const bucket = new TokenBucket(5, 10_000, () => now);
    expect(bucket.take(5)).toBe(true);
    expect(bucket.has()).toBe(false);
    expect(bucket.take()).toBe(false);
    now = 1999;
    expect(bucket.take()).toBe(false);
    now = 2000;
    expect(bucket.take()).toBe(true);
    now = 60_000;
    // Never more than its capacity, however long it waited.
    expect(bucket.take(6)).toBe(false);
    expect(bucket.take(5)).toBe(true);
  });

  it('takes all or nothing', () => {
    const bucket = new TokenBucket(3, 10_000, () => 0);
    expect(bucket.take(4)).toBe(false);
    expect(bucket.take(3)).toBe(true);
  });

  it('gives each participant connection its own allowances', () => {
    const limits = { contributions: 2, messages: 4, windowMs: 10_000, maxRefusals: 3 };
    const a = createThrottle(limits, () => 0);
    const b = createThrottle(limits, () => 0);
    expect(a.contributions.take(2)).toBe(true);
    expect(a.contributions.take()).toBe(false);
    expect(b.contributions.take(2)).toBe(true);
    expect(a.refusals).toBe(0);
  });
});
