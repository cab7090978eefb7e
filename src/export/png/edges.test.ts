import type { Box } from './geometry';
import { placeLabels, routeBetween, routeConnections } from './edges';

const card = (x: number, y: number): Box => ({ x, y, width: 240, height: 120 });
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('routeBetween', () => {
  it('goes from the right side of the source to the left side of the target, stepping in the middle', () => {
    const route = routeBetween(card(30, 100), card(330, 268));
    expect(route.points).toEqual([
      { x: 270, y: 160 },
      { x: 300, y: 160 },
      { x: 300, y: 328 },
      { x: 330, y: 328 },
    ]);
    expect(route.label).toEqual({ x: 300, y: 244 });
  });

  it('is one straight line between cards on one row', () => {
    expect(routeBetween(card(30, 100), card(330, 100)).points).toHaveLength(2);
  });

  it('into a card further down the same column, turns in the gap below the source, not across the card between', () => {
    const from = card(30, 100);
    const between = card(30, 268);
    const to = card(30, 436);
    const { points } = routeBetween(from, to);
    const run = points[2].y;
    expect(run).toBeGreaterThan(from.y + from.height);
    expect(run).toBeLessThan(between.y);
    expect(points[points.length - 1]).toEqual({ x: 30, y: 496 });
    // Every segment stays clear of the card in between.
    for (let i = 0; i < points.length - 1; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const segment = {
        x: Math.min(a.x, b.x),
        y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x),
        height: Math.abs(a.y - b.y),
      };
      expect(overlaps(segment, between)).toBe(false);
    }
  });

  it('back to a card on the same row, runs under both cards', () => {
    const { points } = routeBetween(card(330, 100), card(30, 100));
    expect(Math.max(...points.map((p) => p.y))).toBeGreaterThan(220);
  });
});

describe('routeConnections', () => {
  it('marks connections between two owning functions as hand-offs and skips ones to missing cards', () => {
    const touchpoints = [
      { id: 'a', functionId: 'sales' },
      { id: 'b', functionId: 'sales' },
      { id: 'c', functionId: 'marketing' },
      { id: 'd', functionId: null },
    ];
    const connections = [
      { id: '1', from: 'a', to: 'b', label: '' },
      { id: '2', from: 'b', to: 'c', label: '' },
      { id: '3', from: 'c', to: 'd', label: '' },
      { id: '4', from: 'c', to: 'gone', label: '' },
    ];
    const cards = new Map(['a', 'b', 'c', 'd'].map((id, i) => [id, card(i * 300, 100)]));
    const routes = routeConnections({ touchpoints, connections } as never, cards);
    expect(routes.map((r) => [r.connection.id, r.handoff])).toEqual([
      ['1', false],
      ['2', true],
      ['3', false],
    ]);
  });
});

describe('placeLabels', () => {
  it('moves a label off the cards and off other labels, along its own line', () => {
    const cards = [card(30, 100), card(330, 100), card(30, 300), card(330, 300)];
    // Two connections crossing in the gap between the columns, both centred on the same spot, which the
    // 80-unit gap between the rows has room for, one above the other.
    const routes = [routeBetween(cards[0], cards[3]), routeBetween(cards[2], cards[1])];
    const size = { width: 120, height: 18 };
    const plates = placeLabels(routes, [size, size], cards) as Box[];
    for (const plate of plates) for (const c of cards) expect(overlaps(plate, c)).toBe(false);
    expect(overlaps(plates[0], plates[1])).toBe(false);
  });

  it('leaves connections without a label unplaced', () => {
    expect(placeLabels([routeBetween(card(0, 0), card(300, 0))], [null], [])).toEqual([null]);
  });
});
