import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../domain/journey';
import { summarizeKpis } from '../../domain/kpiSummary';
import { initI18n } from '../../i18n/i18n';
import { aTouchpoint } from '../../test/touchpoint';
import { InsightsDetail } from './InsightsDetail';

beforeAll(() => initI18n('en'));

const measured = (id: string, kpis: Partial<Touchpoint>) => aTouchpoint({ id, stageId: 's1', ...kpis });

function showCell(touchpoints: Parameters<typeof summarizeKpis>[0]) {
  render(
    <MemoryRouter>
      <InsightsDetail
        selection={{ key: 'cell', title: 'Phone × Care', items: [], kpis: summarizeKpis(touchpoints) }}
        onClose={() => {}}
      />
    </MemoryRouter>,
  );
  return screen.getByText('Measures:').parentElement!.textContent;
}

describe('the insights detail of a heatmap cell', () => {
  it('shows its measures as the Measures dialog does: CSAT and FCR in %, NPS with its range', () => {
    const line = showCell([
      measured('t1', { kpiCsat: 80, kpiFcr: 70, kpiNps: 30 }),
      measured('t2', { kpiCsat: 60, kpiNps: -10, kpiCes: 2.5 }),
    ]);
    expect(line).toBe('Measures: CSAT 70 % · FCR 70 % · CES 2.5 · NPS 10 (-10 … 30)');
  });

  it('marks means weighted by contacts and says what the mark means', () => {
    const line = showCell([
      measured('t3', { kpiCsat: 80, kpiVolume: 100 }),
      measured('t4', { kpiCsat: 60, kpiVolume: 300 }),
    ]);
    expect(line).toBe('Measures: CSAT 65 %* · 400 contacts a month (* weighted by contacts a month)');
  });
});
