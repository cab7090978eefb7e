import { describe, expect, it } from 'vitest';
import { alikeListCache } from './alikeList';

interface Item {
  x: number;
  title: string;
}
const sameX = (a: Item, b: Item) => a.x === b.x;

describe('alikeListCache', () => {
  it('hands back the first array while the elements stay alike, and the new one once they do not', () => {
    const cache = alikeListCache<Item>(sameX);
    const first: Item[] = [{ x: 1, title: 'a' }];
    expect(cache.of(first)).toBe(first);
    expect(cache.of([{ x: 1, title: 'ab' }])).toBe(first);
    const moved = [{ x: 2, title: 'ab' }];
    expect(cache.of(moved)).toBe(moved);
    const longer = [...moved, { x: 3, title: '' }];
    expect(cache.of(longer)).toBe(longer);
    expect(cache.of(longer)).toBe(longer);
  });
});
