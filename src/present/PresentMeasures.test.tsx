import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import { slotInStage } from '../domain/layout';
import { EMOTION_LABELS } from '../domain/vocabulary';
import { en } from '../i18n/en';
import { closeTestServices } from '../test/testServices';
import { renderApp } from '../test/renderApp';
import { aTouchpoint } from '../test/touchpoint';

afterEach(closeTestServices);

/** One stage, two measured touchpoints: CSAT 80 % on 100 contacts a month and 60 % on 300. */
function measuredJourney(): Journey {
  const journey = createEmptyJourney('Measured', ['Contract']);
  const stageId = journey.stages[0].id;
  const at = (row: number) => slotInStage(journey.stages, stageId, row);
  journey.touchpoints = [
    aTouchpoint({
      id: 'tp-1',
      stageId,
      title: 'I sign',
      emotion: -1,
      delivered: 1,
      kpiNps: 40,
      kpiCsat: 80,
      kpiVolume: 100,
      position: at(0),
    }),
    aTouchpoint({ id: 'tp-2', stageId, title: 'I call', kpiNps: -20, kpiCsat: 60, kpiVolume: 300, position: at(1) }),
  ];
  return journey;
}

async function presentStep(step: number) {
  const journey = measuredJourney();
  await act(() => renderApp(`/journey/${journey.id}/present?step=${step}`, 'en', (s) => s.repository.create(journey)));
  await screen.findByTestId('presentation');
}

/** The figures shown, as "label: value" lines. */
function figures(): string[] {
  const list = screen.getByTestId('present-kpis');
  return within(list)
    .getAllByRole('term')
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
}

describe('presentation shows the measures', () => {
  it('gives a stage step its measures added up as the Measures dialog does', async () => {
    await presentStep(2);
    // CSAT weighted by contacts: (80 × 100 + 60 × 300) / 400 = 65. NPS: mean of 40 and -20 = 10, range -20 … 40.
    expect(figures()).toEqual([
      `${en.panels.summary.colNps}: 10 (-20 … 40)`,
      `${en.panels.summary.colCsat}: 65 %*`,
      `${en.panels.summary.colVolume}: 400`,
    ]);
    expect(screen.getByText(en.panels.summary.weighted)).toBeInTheDocument();
  });

  it('gives a touchpoint step its own measures and its delivered experience beside the perceived one', async () => {
    await presentStep(3);
    expect(screen.getByTestId('present-step')).toHaveTextContent('I sign');
    expect(figures()).toEqual(['NPS: 40', 'CSAT (%): 80 %', 'Contacts a month: 100']);
    expect(screen.getByText(`Perceived: ${EMOTION_LABELS[-1].en}`)).toBeInTheDocument();
    expect(screen.getByTestId('present-delivered')).toHaveTextContent('Delivered: +1 · Good');
  });

  it('shows no measures on a touchpoint without any', async () => {
    const journey = createEmptyJourney('Bare', ['Only']);
    journey.touchpoints = [aTouchpoint({ id: 'tp', stageId: journey.stages[0].id, title: 'Plain' })];
    await act(() => renderApp(`/journey/${journey.id}/present?step=3`, 'en', (s) => s.repository.create(journey)));
    await screen.findByTestId('presentation');
    expect(screen.queryByTestId('present-kpis')).toBeNull();
    expect(screen.queryByTestId('present-delivered')).toBeNull();
  });
});
