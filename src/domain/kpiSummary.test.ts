import { describe, expect, it } from 'vitest';
import { blankTouchpoint } from './blank';
import type { Touchpoint } from './journey';
import { formatKpiSummary } from './kpiFormat';
import { experienceGaps, kpisByFunction, kpisByStage, meanNotes, summarizeKpis } from './kpiSummary';

const tp = (fields: Partial<Touchpoint>) => blankTouchpoint({ stageId: 's1', ...fields });

describe('summarizeKpis', () => {
  it('weights CSAT, FCR and CES by volume when every measured touchpoint knows its volume', () => {
    const summary = summarizeKpis([
      tp({ kpiCsat: 80, kpiFcr: 90, kpiCes: 2, kpiVolume: 1000, kpiCost: 0.5 }),
      tp({ kpiCsat: 40, kpiFcr: 50, kpiCes: 6, kpiVolume: 3000, kpiCost: 4 }),
    ]);
    // CSAT (80×1000 + 40×3000) / 4000 = 200000 / 4000 = 50; FCR (90000 + 150000) / 4000 = 60;
    // CES (2000 + 18000) / 4000 = 5. Cost: 1000×0.5 + 3000×4 = 12500 a month.
    expect(summary).toEqual({
      touchpoints: 2,
      volume: 4000,
      monthlyCost: 12500,
      monthlyCostPartial: false,
      nps: null,
      csat: { value: 50, count: 2, weighted: true, plainBecause: null },
      fcr: { value: 60, count: 2, weighted: true, plainBecause: null },
      ces: { value: 5, count: 2, weighted: true, plainBecause: null },
    });
  });

  it('falls back to a plain mean when a measured touchpoint has no volume, and ignores unmeasured ones', () => {
    const summary = summarizeKpis([
      tp({ kpiCsat: 90, kpiVolume: 100 }),
      tp({ kpiCsat: 60 }),
      tp({ kpiVolume: 500, kpiCost: 2 }),
      tp({}),
    ]);
    // CSAT (90 + 60) / 2 = 75, unweighted; volume 100 + 500 = 600; cost only where both known: 500×2.
    expect(summary.csat).toEqual({ value: 75, count: 2, weighted: false, plainBecause: 'volume-unknown' });
    expect(summary.volume).toBe(600);
    expect(summary.monthlyCost).toBe(1000);
    // The 100 contacts of the first cost something unknown: the 1,000 is only part of the month's cost.
    expect(summary.monthlyCostPartial).toBe(true);
    expect(formatKpiSummary(summary, 'es', 'EUR').monthlyCost).toBe('1000,00\u00a0€†');
    expect(summary.touchpoints).toBe(4);
  });

  it('weights when every volume is known, a touchpoint with 0 contacts a month counting for nothing', () => {
    const summary = summarizeKpis([
      tp({ kpiCsat: 90, kpiVolume: 300 }),
      tp({ kpiCsat: 60, kpiVolume: 100 }),
      tp({ kpiCsat: 70, kpiVolume: 0 }),
    ]);
    // Plain (90 + 60 + 70) / 3 = 73.3 would let the touchpoint nobody contacts weigh a third;
    // weighted (90×300 + 60×100 + 70×0) / 400 = 33000 / 400 = 82.5.
    expect(summary.csat).toEqual({ value: 82.5, count: 3, weighted: true, plainBecause: null });
    expect(summary.volume).toBe(400);
  });

  it('takes the plain mean when the volumes are all known and all 0, and says so', () => {
    const summary = summarizeKpis([tp({ kpiCsat: 80, kpiVolume: 0 }), tp({ kpiCsat: 40, kpiVolume: 0 })]);
    // (80 + 40) / 2 = 60: no contact to weight by, but none unknown either.
    expect(summary.csat).toEqual({ value: 60, count: 2, weighted: false, plainBecause: 'no-contacts' });
    expect(summary.volume).toBe(0);
    // An unknown volume says more than a zero one: one unknown makes the reason "unknown".
    expect(summarizeKpis([tp({ kpiCsat: 80, kpiVolume: 0 }), tp({ kpiCsat: 40 })]).csat?.plainBecause).toBe(
      'volume-unknown',
    );
  });

  it('averages NPS plainly and gives its range', () => {
    const summary = summarizeKpis([
      tp({ kpiNps: -40, kpiVolume: 9000 }),
      tp({ kpiNps: 10, kpiVolume: 10 }),
      tp({ kpiNps: 60 }),
    ]);
    // (-40 + 10 + 60) / 3 = 10, from -40 to 60.
    expect(summary.nps).toEqual({ mean: 10, min: -40, max: 60, count: 3 });
  });

  it('has nothing to say about touchpoints without measures', () => {
    expect(summarizeKpis([tp({})])).toEqual({
      touchpoints: 1,
      volume: null,
      monthlyCost: null,
      monthlyCostPartial: false,
      nps: null,
      csat: null,
      fcr: null,
      ces: null,
    });
  });
});

describe('kpisByStage and kpisByFunction', () => {
  const journey = {
    stages: [
      { id: 's1', name: 'Me informo', width: 300 },
      { id: 's2', name: 'Contrato', width: 300 },
    ],
    touchpoints: [
      tp({ stageId: 's1', functionId: 'marketing', kpiCsat: 70, kpiVolume: 2000, kpiNps: 20 }),
      tp({ stageId: 's2', functionId: 'customer-care', kpiCsat: 50, kpiVolume: 1000, kpiNps: -30 }),
      tp({ stageId: 's2', functionId: 'customer-care', kpiCsat: 80, kpiVolume: 3000, kpiNps: 10 }),
      tp({ stageId: 's2', functionId: null, kpiCsat: 20 }),
    ],
  };

  it('groups by stage in stage order', () => {
    const [first, second] = kpisByStage(journey);
    expect(first.stageId).toBe('s1');
    expect(first.summary.csat).toEqual({ value: 70, count: 1, weighted: true, plainBecause: null });
    // Stage 2: one CSAT has no volume, so the plain mean (50 + 80 + 20) / 3 = 50.
    expect(second.summary.csat).toEqual({ value: 50, count: 3, weighted: false, plainBecause: 'volume-unknown' });
    expect(second.summary.nps).toEqual({ mean: -10, min: -30, max: 10, count: 2 });
    expect(second.summary.volume).toBe(4000);
  });

  it('groups by owning function, those without one last', () => {
    const groups = kpisByFunction(journey);
    expect(groups.map((g) => g.functionId)).toEqual(['marketing', 'customer-care', null]);
    // Customer care: (50×1000 + 80×3000) / 4000 = 290000 / 4000 = 72.5.
    expect(groups[1].summary.csat).toEqual({ value: 72.5, count: 2, weighted: true, plainBecause: null });
    expect(groups[1].summary.nps).toEqual({ mean: -10, min: -30, max: 10, count: 2 });
    expect(groups[2].summary.csat).toEqual({ value: 20, count: 1, weighted: false, plainBecause: 'volume-unknown' });
  });
});

describe('meanNotes', () => {
  it('says whether any mean is weighted and why the plain ones are plain, each reason once', () => {
    const weighted = summarizeKpis([tp({ kpiCsat: 80, kpiVolume: 10 })]);
    const zero = summarizeKpis([tp({ kpiFcr: 80, kpiVolume: 0 })]);
    const unknown = summarizeKpis([tp({ kpiCes: 3 }), tp({ kpiCsat: 50 })]);
    expect(meanNotes([weighted])).toEqual({ weighted: true, plainBecause: [] });
    expect(meanNotes([zero, weighted])).toEqual({ weighted: true, plainBecause: ['no-contacts'] });
    expect(meanNotes([zero, unknown, zero])).toEqual({
      weighted: false,
      plainBecause: ['volume-unknown', 'no-contacts'],
    });
    // NPS is always a plain mean of scores: nothing to explain.
    expect(meanNotes([summarizeKpis([tp({ kpiNps: 10 })])])).toEqual({ weighted: false, plainBecause: [] });
  });
});

describe('experienceGaps', () => {
  it('lists perceived and delivered two points or more apart, widest first', () => {
    const touchpoints = [
      tp({ id: 'ok', emotion: 1, delivered: 2 }),
      tp({ id: 'unseen', emotion: 2, delivered: 0 }),
      tp({ id: 'blamed', emotion: -2, delivered: 2 }),
      tp({ id: 'unrated', emotion: null, delivered: -2 }),
    ];
    expect(experienceGaps({ touchpoints })).toEqual([
      { touchpointId: 'blamed', perceived: -2, delivered: 2, kind: 'perceived-worse' },
      { touchpointId: 'unseen', perceived: 2, delivered: 0, kind: 'delivered-worse' },
    ]);
  });

  it('compares the emotions of the persona shown, where it rated', () => {
    const touchpoints = [
      tp({ id: 'ok', emotion: -2, delivered: 1, personaEmotions: { ana: 1 } }),
      tp({ id: 'unseen', emotion: 0, delivered: -1, personaEmotions: { ana: 2 } }),
      tp({ id: 'unrated', emotion: -2, delivered: 2 }),
    ];
    expect(experienceGaps({ touchpoints }, 'ana')).toEqual([
      { touchpointId: 'unseen', perceived: 2, delivered: -1, kind: 'delivered-worse' },
    ]);
  });
});

describe('formatKpiSummary', () => {
  it('writes means, ranges, sums and money in the locale, marking weighted means', () => {
    const summary = summarizeKpis([
      tp({ kpiNps: -30, kpiCsat: 50, kpiVolume: 1000, kpiCost: 4 }),
      tp({ kpiNps: 10, kpiCsat: 80, kpiVolume: 3000, kpiCost: 0.5 }),
    ]);
    expect(formatKpiSummary(summary, 'en', 'EUR')).toEqual({
      volume: '4,000',
      monthlyCost: '€5,500.00',
      nps: '-10 (-30 … 10)',
      csat: '72.5 %*',
      fcr: '',
      ces: '',
    });
    expect(formatKpiSummary(summary, 'es', 'EUR').csat).toBe('72,5 %*');
  });
});
