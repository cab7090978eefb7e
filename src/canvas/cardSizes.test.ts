import { CardSizes, layoutSizesOf } from './cardSizes';

describe('CardSizes', () => {
  it('keeps the latest size of each card and tells subscribers only when a size changed', () => {
    const sizes = new CardSizes();
    const heard = vi.fn();
    sizes.subscribe(heard);
    sizes.record([{ id: 'a', dimensions: { width: 240, height: 120 } }]);
    const first = sizes.sizes;
    expect(first.get('a')).toEqual({ width: 240, height: 120 });
    expect(heard).toHaveBeenCalledTimes(1);

    // The same size again is no news: the same map, nobody told.
    sizes.record([{ id: 'a', dimensions: { width: 240, height: 120 } }]);
    expect(sizes.sizes).toBe(first);
    expect(heard).toHaveBeenCalledTimes(1);

    sizes.record([{ id: 'a', dimensions: { width: 240, height: 138 } }]);
    expect(sizes.sizes.get('a')?.height).toBe(138);
    expect(first.get('a')?.height).toBe(120);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('gives the blueprint the live sizes and the free canvas none to lay out by', () => {
    const sizes = new CardSizes();
    sizes.record([{ id: 'a', dimensions: { width: 240, height: 120 } }]);
    expect(layoutSizesOf(sizes, true).get('a')?.height).toBe(120);
    expect(layoutSizesOf(sizes, false).size).toBe(0);
    sizes.record([{ id: 'b', dimensions: { width: 240, height: 90 } }]);
    // A constant while on the free canvas, so a measurement there renders nothing.
    expect(layoutSizesOf(sizes, false)).toBe(layoutSizesOf(sizes, false));
  });
});
