import { describe, expect, it } from 'vitest';
import { createEmptyJourney } from './factory';
import type { Journey, Touchpoint } from './journey';
import { STAGE_HEADER_HEIGHT, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH, stageColumns } from './layout';
import { BUILT_IN_FUNCTIONS, functionsOf } from './vocabulary';
import { aTouchpoint } from '../test/touchpoint';
import { blueprintLanes, blueprintLayout, laneAtY, type BlueprintLayout } from './blueprint';

function touchpoint(id: string, stageId: string, functionId: string | null, y = 100): Touchpoint {
  return aTouchpoint({ id, stageId, functionId, position: { x: 0, y } });
}

function journeyWith(build: (stages: string[]) => Touchpoint[]): Journey {
  const journey = createEmptyJourney('Me uno', ['Me informo', 'Solicito', 'Contrato']);
  return {
    ...journey,
    stages: journey.stages.map((s, i) => ({ ...s, width: 300 + i * 100 })),
    customFunctions: [{ id: 'it', label: 'IT', icon: 'wrench', color: '#0ea5e9', backstage: false }],
    touchpoints: build(journey.stages.map((s) => s.id)),
  };
}

function layoutOf(journey: Journey): BlueprintLayout {
  return blueprintLayout(journey, blueprintLanes(journey, functionsOf(journey, 'es'), 'Sin función'));
}

const laneOf = (layout: BlueprintLayout, id: string | null) => layout.lanes.find((l) => l.id === id)!;

describe('blueprintLanes', () => {
  it('lists every built-in function, then custom ones, without a no-function lane when all are owned', () => {
    const journey = journeyWith(([first]) => [touchpoint('a', first, 'sales')]);
    const lanes = blueprintLanes(journey, functionsOf(journey, 'es'));
    expect(lanes.map((l) => l.id)).toEqual([...BUILT_IN_FUNCTIONS.map((f) => f.id), 'it']);
    expect(lanes[0]).toEqual({ id: 'marketing', label: 'Marketing', color: '#db2777' });
  });

  it('adds a last lane for touchpoints with no function or an unknown one', () => {
    const journey = journeyWith(([first]) => [touchpoint('a', first, null)]);
    expect(blueprintLanes(journey, functionsOf(journey, 'en'), 'No function').at(-1)).toMatchObject({
      id: null,
      label: 'No function',
    });
    const unknown = journeyWith(([first]) => [touchpoint('a', first, 'gone')]);
    expect(blueprintLanes(unknown, functionsOf(unknown, 'en')).at(-1)?.id).toBeNull();
  });
});

describe('blueprintLayout', () => {
  it('places each card inside its stage column and its lane row', () => {
    const journey = journeyWith(([first, second, third]) => [
      touchpoint('care-2', second, 'customer-care'),
      touchpoint('it-3', third, 'it'),
      touchpoint('none-1', first, null),
    ]);
    const layout = layoutOf(journey);
    const columns = stageColumns(journey.stages);
    const expectations: [string, number, string | null][] = [
      ['care-2', 1, 'customer-care'],
      ['it-3', 2, 'it'],
      ['none-1', 0, null],
    ];
    for (const [id, column, laneId] of expectations) {
      const { x, y } = layout.positions[id];
      const col = columns[column];
      const lane = laneOf(layout, laneId);
      expect(x).toBeGreaterThanOrEqual(col.x);
      expect(x + TOUCHPOINT_WIDTH).toBeLessThanOrEqual(col.x + col.width);
      expect(y).toBeGreaterThan(lane.y);
      expect(y + TOUCHPOINT_HEIGHT).toBeLessThanOrEqual(lane.y + lane.height);
    }
    expect(layout.lanes[0].y).toBe(STAGE_HEADER_HEIGHT);
    expect(layout.width).toBe(300 + 400 + 500);
    const last = layout.lanes.at(-1)!;
    expect(layout.height).toBe(last.y + last.height);
  });

  it('stacks several cards of one cell in their canvas order without overlap, and grows the lane', () => {
    const journey = journeyWith(([first]) => [
      touchpoint('lower', first, 'sales', 400),
      touchpoint('upper', first, 'sales', 100),
      touchpoint('middle', first, 'sales', 250),
    ]);
    const layout = blueprintLayout(journey, blueprintLanes(journey, functionsOf(journey, 'en')), { middle: 200 });
    const [upper, middle, lower] = ['upper', 'middle', 'lower'].map((id) => layout.positions[id]);
    expect(upper.x).toBe(middle.x);
    expect(middle.y).toBeGreaterThanOrEqual(upper.y + TOUCHPOINT_HEIGHT);
    expect(lower.y).toBeGreaterThanOrEqual(middle.y + 200);
    const sales = laneOf(layout, 'sales');
    const marketing = laneOf(layout, 'marketing');
    expect(lower.y + TOUCHPOINT_HEIGHT).toBeLessThanOrEqual(sales.y + sales.height);
    expect(sales.height).toBeGreaterThan(marketing.height);
    // Lanes tile the grid with no gap or overlap.
    layout.lanes.slice(1).forEach((lane, i) => expect(lane.y).toBe(layout.lanes[i].y + layout.lanes[i].height));
  });
});

describe('laneAtY', () => {
  it('maps a card centre back to its lane, and clamps outside the grid', () => {
    const journey = journeyWith(([first, second]) => [
      touchpoint('a', first, 'product'),
      touchpoint('b', second, 'back-office'),
      touchpoint('c', second, null),
    ]);
    const layout = layoutOf(journey);
    for (const t of journey.touchpoints) {
      expect(laneAtY(layout, layout.positions[t.id].y + TOUCHPOINT_HEIGHT / 2)).toBe(t.functionId);
    }
    expect(laneAtY(layout, -50)).toBe('marketing');
    expect(laneAtY(layout, layout.height + 500)).toBeNull();
    expect(laneAtY({ lanes: [] }, 10)).toBeNull();
  });
});
