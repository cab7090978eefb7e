import { describe, expect, it } from 'vitest';
import { formatKpi, formatKpiSummary } from './kpiFormat';
import { summarizeKpis } from './kpiSummary';

describe('formatKpi of a percentage (CSAT, FCR)', () => {
  it('shows a value as typed or imported, never rounded into another one', () => {
    // 0.85 % is a fraction written for 85 % (mayBeFraction hints at it): shown as "0.9 %" it hid that.
    expect(formatKpi('kpiCsat', 0.85, 'en', '')).toBe('0.85 %');
    expect(formatKpi('kpiFcr', 0.85, 'es', '')).toBe('0,85 %');
    expect(formatKpi('kpiCsat', 85, 'en', '')).toBe('85 %');
    expect(formatKpi('kpiCsat', 85.5, 'es', '')).toBe('85,5 %');
    expect(formatKpi('kpiFcr', 0.05, 'en', '')).toBe('0.05 %');
    expect(formatKpi('kpiCsat', 0, 'en', '')).toBe('0 %');
  });

  it('keeps at most two decimals', () => {
    expect(formatKpi('kpiCsat', 85.125, 'en', '')).toBe('85.13 %');
    expect(formatKpi('kpiFcr', 66.6666, 'es', '')).toBe('66,67 %');
  });

  it('gives a mean of percentages the same two decimals, weighted ones marked', () => {
    const summary = summarizeKpis([
      { kpiCsat: 0.85, kpiFcr: 50, kpiVolume: 1, kpiNps: null, kpiCes: null, kpiCost: null },
      { kpiCsat: 0.85, kpiFcr: 50.25, kpiVolume: 2, kpiNps: null, kpiCes: null, kpiCost: null },
    ]);
    expect(formatKpiSummary(summary, 'en', 'EUR')).toMatchObject({ csat: '0.85 %*', fcr: '50.17 %*' });
  });
});
