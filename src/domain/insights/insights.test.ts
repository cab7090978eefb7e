import { describe, expect, it } from 'vitest';
import { blankJourney, blankPersona, blankTouchpoint } from '../blank';
import type { Journey, Touchpoint } from '../journey';
import {
  cellKey,
  computeInsights,
  DEFAULT_FILTER,
  NO_FILTER,
  personaNames,
  sortInsightItems,
  type Insights,
} from './index';

// Three small journeys, the figures below worked out by hand from them.
const tp = (id: string, channelId: string, functionId: string, y: number, fields: Partial<Touchpoint> = {}) =>
  blankTouchpoint({
    id,
    title: id.toUpperCase(),
    stageId: 's1',
    channelId,
    functionId,
    position: { x: 0, y },
    ...fields,
  });
const link = (from: string, to: string) => ({ id: `${from}-${to}`, from, to, label: '' });
const whatsapp = (id: string, label: string) => ({ id, label, icon: 'messages', color: '#0f766e', backstage: false });

const meUno: Journey = blankJourney({
  id: 'j1',
  name: 'Me uno',
  personas: [blankPersona({ id: 'p-ana', name: 'Ana' })],
  stages: [{ id: 's1', name: 'Me informo', width: 320 }],
  touchpoints: [
    tp('a', 'web', 'marketing', 0, { emotion: 1, momentOfTruth: true }),
    tp('b', 'web', 'sales', 100, { emotion: -2, painPoint: true, kpiCsat: 50, kpiVolume: 100 }),
    tp('c', 'call-centre', 'customer-care', 200, { emotion: -1, painPoint: true, kpiCsat: 90, kpiVolume: 300 }),
  ],
  connections: [link('a', 'b'), link('b', 'c')],
});
const meQuejo: Journey = blankJourney({
  id: 'j2',
  name: 'Me quejo',
  personas: [blankPersona({ id: 'p-luis', name: 'Luis' })],
  stages: [{ id: 's1', name: 'Reclamo', width: 320 }],
  customChannels: [whatsapp('wa-2', 'whatsapp ')],
  touchpoints: [
    tp('d', 'call-centre', 'customer-care', 0, {
      emotion: -2,
      painPoint: true,
      momentOfTruth: true,
      kpiCsat: 60,
      kpiVolume: 100,
    }),
    tp('e', 'web', 'customer-care', 100, { emotion: 0 }),
    tp('f', 'call-centre', 'back-office', 200, { painPoint: true }),
    tp('j', 'wa-2', 'customer-care', 300, { emotion: -2, painPoint: true }),
  ],
  connections: [link('d', 'e'), link('e', 'f')],
});
const meUnoToBe: Journey = blankJourney({
  id: 'j3',
  name: 'Me uno (to-be)',
  state: 'to-be',
  asIsId: 'j1',
  personas: [blankPersona({ id: 'p-ana3', name: ' ána' }), blankPersona({ id: 'p-luis3', name: 'LUIS' })],
  stages: [{ id: 's1', name: 'Me informo', width: 320 }],
  customChannels: [whatsapp('wa-3', 'WhatsApp')],
  touchpoints: [
    tp('g', 'web', 'sales', 0, { emotion: 2, personaEmotions: { 'p-luis3': -1 } }),
    tp('h', 'app', 'customer-care', 100, { emotion: 1, painPoint: true, momentOfTruth: true }),
    tp('i', 'wa-3', 'customer-care', 200, { emotion: -1, painPoint: true }),
  ],
  connections: [link('g', 'h'), link('h', 'i')],
});
const journeys = [meUno, meQuejo, meUnoToBe];

function cell(insights: Insights, channel: string, fn: string) {
  const found = insights.heatmap.cells.get(cellKey(channel, fn));
  return found && { touchpoints: found.touchpoints, pains: found.painPoints, emotion: found.averageEmotion };
}
const ids = (items: { touchpointId: string }[]) => items.map((i) => i.touchpointId);

describe('computeInsights over three journeys', () => {
  const all = computeInsights(journeys, NO_FILTER, 'en', 'None');

  it('counts touchpoints, pain points and the mean emotion of each channel x function cell', () => {
    expect(all.journeyCount).toBe(3);
    expect(all.touchpointCount).toBe(10);
    expect(cell(all, 'web', 'marketing')).toEqual({ touchpoints: 1, pains: 0, emotion: 1 });
    // b (-2) and g (+2), from two journeys.
    expect(cell(all, 'web', 'sales')).toEqual({ touchpoints: 2, pains: 1, emotion: 0 });
    // c (-1) and d (-2).
    expect(cell(all, 'call-centre', 'customer-care')).toEqual({ touchpoints: 2, pains: 2, emotion: -1.5 });
    expect(cell(all, 'web', 'customer-care')).toEqual({ touchpoints: 1, pains: 0, emotion: 0 });
    // f has no emotion: no average.
    expect(cell(all, 'call-centre', 'back-office')).toEqual({ touchpoints: 1, pains: 1, emotion: null });
    expect(cell(all, 'app', 'customer-care')).toEqual({ touchpoints: 1, pains: 1, emotion: 1 });
    // "whatsapp " in one journey and "WhatsApp" in another are one channel: i (-1) and j (-2).
    expect(cell(all, 'custom:whatsapp', 'customer-care')).toEqual({ touchpoints: 2, pains: 2, emotion: -1.5 });
    expect(all.heatmap.cells.size).toBe(7);
    expect(all.heatmap.channels).toEqual(['call-centre', 'web', 'app', 'custom:whatsapp']);
    expect(all.heatmap.functions).toEqual(['marketing', 'sales', 'customer-care', 'back-office']);
    expect(all.vocabulary.channelLabel('custom:whatsapp')).toBe('whatsapp');
  });

  it('averages KPIs as the Measures dialog does, weighted by volume', () => {
    expect(all.heatmap.cells.get(cellKey('web', 'sales'))!.kpis.csat).toEqual({
      value: 50,
      count: 1,
      weighted: true,
      plainBecause: null,
    });
    // c and d: CSAT (90×300 + 60×100) / 400 = 33000 / 400 = 82.5, 400 contacts a month.
    const careCall = all.heatmap.cells.get(cellKey('call-centre', 'customer-care'))!.kpis;
    expect(careCall.csat).toEqual({ value: 82.5, count: 2, weighted: true, plainBecause: null });
    expect(careCall.volume).toBe(400);
  });

  it('weights a cell whose volumes are all known though one is 0, across journeys', () => {
    // Two journeys' web touchpoints with no owning function ("None"): 300, 100 and 0 contacts a month.
    const stage = [{ id: 's1', name: 'Compro', width: 320 }];
    const one = blankJourney({
      id: 'x1',
      stages: stage,
      touchpoints: [tp('x', 'web', '', 0, { functionId: null, kpiCsat: 90, kpiVolume: 300 })],
    });
    const two = blankJourney({
      id: 'x2',
      stages: stage,
      touchpoints: [
        tp('y', 'web', '', 0, { functionId: null, kpiCsat: 60, kpiVolume: 100 }),
        tp('z', 'web', '', 100, { functionId: null, kpiCsat: 70, kpiVolume: 0 }),
      ],
    });
    const kpis = computeInsights([one, two], NO_FILTER, 'en', 'None').heatmap.cells.get(cellKey('web', 'none'))!.kpis;
    // (90×300 + 60×100 + 70×0) / 400 = 33000 / 400 = 82.5, not the plain (90 + 60 + 70) / 3 = 73.3.
    expect(kpis.csat).toEqual({ value: 82.5, count: 3, weighted: true, plainBecause: null });
    expect(kpis.volume).toBe(400);
  });

  it('finds the channels that hurt in two journeys or more', () => {
    expect(all.universalPains.map((p) => [p.channel, p.journeyIds, ids(p.items)])).toEqual([
      // c in Me uno, d and f in Me quejo.
      ['call-centre', ['j1', 'j2'], ['c', 'd', 'f']],
      ['custom:whatsapp', ['j2', 'j3'], ['j', 'i']],
    ]);
  });

  it('lists every moment of truth and pain point, and sorts them', () => {
    expect(ids(all.moments)).toEqual(['a', 'd', 'h']);
    expect(ids(all.pains)).toEqual(['b', 'c', 'd', 'f', 'j', 'h', 'i']);
    const labels = { channel: (k: string) => all.vocabulary.channelLabel(k), function: (k: string) => k };
    // Worst first, f (no emotion) last; ties in journey-name order (Me quejo, Me uno, Me uno (to-be)).
    expect(ids(sortInsightItems(all.pains, 'emotion', false, labels, 'en'))).toEqual([
      'd',
      'j',
      'b',
      'c',
      'i',
      'h',
      'f',
    ]);
    expect(ids(sortInsightItems(all.pains, 'emotion', true, labels, 'en'))).toEqual([
      'h',
      'c',
      'i',
      'd',
      'j',
      'b',
      'f',
    ]);
    expect(ids(sortInsightItems(all.moments, 'journey', true, labels, 'en'))).toEqual(['h', 'a', 'd']);
  });

  it('maps hand-offs between functions: how often and how the receiving touchpoint feels', () => {
    expect(all.handoffs.map((h) => [h.from, h.to, h.count, h.averageEmotion, h.journeys])).toEqual([
      // b -> c (c: -1) and g -> h (h: +1).
      ['sales', 'customer-care', 2, 0, 2],
      // a -> b (b: -2).
      ['marketing', 'sales', 1, -2, 1],
      // e -> f (f: no emotion). d -> e and h -> i stay within customer care: no hand-off.
      ['customer-care', 'back-office', 1, null, 1],
    ]);
  });
});

describe('insights filters', () => {
  it('reads the as-is journeys by default, so a redesign does not count its copied touchpoints twice', () => {
    const first = computeInsights(journeys, DEFAULT_FILTER, 'en', 'None');
    expect(first.journeyCount).toBe(2);
    expect(first.touchpointCount).toBe(computeInsights(journeys, NO_FILTER, 'en', 'None').touchpointCount - 3);
  });

  it('keeps one state', () => {
    const toBe = computeInsights(journeys, { ...NO_FILTER, state: 'to-be' }, 'en', 'None');
    expect(toBe.journeyCount).toBe(1);
    expect(cell(toBe, 'web', 'sales')).toEqual({ touchpoints: 1, pains: 0, emotion: 2 });
  });

  it('keeps the journeys of a persona, ignoring case and accents, and reads that persona’s emotions', () => {
    const ana = computeInsights(journeys, { ...NO_FILTER, personaName: 'Ana' }, 'en', 'None');
    expect(ana.journeyCount).toBe(2);
    expect(cell(ana, 'web', 'sales')).toEqual({ touchpoints: 2, pains: 1, emotion: 0 });
    const luis = computeInsights(journeys, { ...NO_FILTER, personaName: 'luis' }, 'en', 'None');
    expect(luis.journeyCount).toBe(2);
    // In the to-be Luis is the second persona: g is -1 for him, h and i unrated.
    expect(cell(luis, 'web', 'sales')).toEqual({ touchpoints: 1, pains: 0, emotion: -1 });
    expect(cell(luis, 'app', 'customer-care')).toEqual({ touchpoints: 1, pains: 1, emotion: null });
  });

  it('keeps a selection of journeys', () => {
    const two = computeInsights(journeys, { ...NO_FILTER, journeyIds: ['j1', 'j3'] }, 'en', 'None');
    expect(two.journeyCount).toBe(2);
    expect(two.universalPains).toEqual([]);
  });

  it('offers each persona name once', () => {
    expect(personaNames(journeys, 'en')).toEqual(['Ana', 'Luis']);
  });
});
