import { describe, expect, it } from 'vitest';
import { cardKpiText } from './kpiCard';

const none = { kpiNps: null, kpiCsat: null, kpiCes: null };

describe('the KPI line of a card', () => {
  it('shows nothing when no measure is set, so the card draws no line', () => {
    expect(cardKpiText(none, 'es')).toBe('');
    expect(cardKpiText(none, 'en')).toBe('');
  });

  it('lists the set measures in order with the language’s decimal mark', () => {
    const measured = { kpiNps: 32, kpiCsat: 81.5, kpiCes: 3.2 };
    expect(cardKpiText(measured, 'en')).toBe('NPS 32 · CSAT 81.5 % · CES 3.2');
    expect(cardKpiText(measured, 'es')).toBe('NPS 32 · CSAT 81,5 % · CES 3,2');
  });

  it('leaves out the measures not set, and keeps a negative NPS and a zero', () => {
    expect(cardKpiText({ ...none, kpiNps: -15 }, 'es')).toBe('NPS -15');
    expect(cardKpiText({ ...none, kpiCsat: 0, kpiCes: 7 }, 'en')).toBe('CSAT 0 % · CES 7');
  });

  it('rounds to what a card has room for: whole NPS, up to two decimals for CSAT, one for CES', () => {
    expect(cardKpiText({ kpiNps: 12.6, kpiCsat: 80.04, kpiCes: 2.25 }, 'en')).toBe('NPS 13 · CSAT 80.04 % · CES 2.3');
    expect(cardKpiText({ kpiNps: null, kpiCsat: 80.004, kpiCes: null }, 'en')).toBe('CSAT 80 %');
  });
});
