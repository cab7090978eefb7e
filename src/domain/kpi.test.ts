import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { updateTouchpoints } from './commands/touchpointCommands';
import { createEmptyJourney } from './factory';
import { newTouchpoint } from './commands/touchpointCommands';
import { readKpiInput } from './kpi';

describe('readKpiInput', () => {
  it.each([
    ['kpiNps', '-100', -100],
    ['kpiNps', '100', 100],
    ['kpiNps', ' 35 ', 35],
    ['kpiCsat', '71,5', 71.5],
    ['kpiCes', '3.2', 3.2],
    ['kpiCes', '1', 1],
    ['kpiFcr', '0', 0],
    ['kpiVolume', '12000', 12000],
    ['kpiCost', '4.75', 4.75],
    ['kpiNps', '', null],
    ['kpiNps', '   ', null],
  ] as const)('keeps %s = "%s" as %s', (field, text, value) => {
    expect(readKpiInput(field, text)).toEqual({ ok: true, value });
  });

  it.each([
    ['kpiNps', '101', 'out-of-range'],
    ['kpiNps', '-101', 'out-of-range'],
    ['kpiCsat', '100.5', 'out-of-range'],
    ['kpiCes', '0', 'out-of-range'],
    ['kpiCes', '8', 'out-of-range'],
    ['kpiFcr', '-1', 'out-of-range'],
    ['kpiCost', '-0.5', 'out-of-range'],
    ['kpiVolume', '12.5', 'not-integer'],
    ['kpiNps', 'abc', 'not-a-number'],
    ['kpiNps', '1e3', 'not-a-number'],
    ['kpiCsat', '50%', 'not-a-number'],
  ] as const)('refuses %s = "%s" (%s)', (field, text, reason) => {
    expect(readKpiInput(field, text)).toEqual({ ok: false, reason });
  });
});

describe('updateTouchpoints with a measure out of its range', () => {
  it('changes nothing, even when a command is run with it directly', () => {
    const journey = createEmptyJourney('x', ['A']);
    journey.touchpoints = [{ ...newTouchpoint(journey, { x: 0, y: 0 }), id: 't', kpiNps: 10 }];
    const next = produce(journey, (d) =>
      updateTouchpoints.apply(d, { ids: ['t'], fields: { kpiNps: 150, kpiCes: 0 } }),
    );
    expect(next).toBe(journey);
  });
});
