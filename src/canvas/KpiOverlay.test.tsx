import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { editorAction } from '../actions/registry';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import { CURVE_STEP } from '../domain/look/curve';
import type { TFunction } from 'i18next';
import { initI18n } from '../i18n/i18n';
import { ServicesContext, type Services } from '../store/services';
import { closeTestServices, createTestServices } from '../test/testServices';
import { aTouchpoint } from '../test/touchpoint';
import { EmotionCurve } from './EmotionCurve';

afterEach(closeTestServices);

async function renderCurve() {
  await initI18n('en');
  const services = createTestServices('kpi-overlay-test');
  const journey = createEmptyJourney('Me uno', ['A', 'B']);
  const [a, b] = journey.stages.map((s) => s.id);
  journey.touchpoints = [
    aTouchpoint({ id: 't1', stageId: a, emotion: 1, kpiCsat: 80, position: { x: 30, y: 100 } }),
    aTouchpoint({ id: 't2', stageId: b, emotion: -1, kpiCsat: 40, kpiNps: -50, position: { x: 330, y: 100 } }),
    aTouchpoint({ id: 't3', stageId: b, emotion: 0, position: { x: 330, y: 300 } }),
  ];
  await services.library.getState().add(journey);
  await services.editor.getState().open(journey.id);
  render(
    <ServicesContext.Provider value={services}>
      <EmotionCurve top={0} onSelect={() => {}} />
    </ServicesContext.Provider>,
  );
  return services;
}

/** Runs a registry action as the toolbar or its key would. */
function run(services: Services, id: string) {
  // These actions name nothing, so they need no words.
  const t = ((key: string) => key) as unknown as TFunction;
  act(() => void editorAction(id).perform({ editor: services.editor, navigate: () => {}, t }));
}

const bars = () =>
  screen.getAllByTestId('kpi-overlay-bar').map((bar) => ({
    id: bar.getAttribute('data-touchpoint-id'),
    height: Number(bar.querySelector('rect')!.getAttribute('height')),
  }));

describe('the KPI overlay of the emotion curve', () => {
  it('draws nothing until a measure is picked', async () => {
    await renderCurve();
    expect(screen.queryByTestId('kpi-overlay')).toBeNull();
  });

  it('draws the picked measure as bars on its own scale, with a name that says what it shows', async () => {
    const services = await renderCurve();
    run(services, 'curve.overlay.kpiCsat');
    const overlay = screen.getByTestId('kpi-overlay');
    expect(overlay).toHaveAttribute('data-measure', 'kpiCsat');
    expect(overlay).toHaveAccessibleName(
      'CSAT (%) over the curve, from 0 % (bottom) to 100 % (top): 2 touchpoints measured',
    );
    // The scale spans the four emotion steps: 80 % of it is 3.2 steps tall, 40 % is 1.6.
    expect(bars()).toEqual([
      { id: 't1', height: expect.closeTo(3.2 * CURVE_STEP, 6) },
      { id: 't2', height: expect.closeTo(1.6 * CURVE_STEP, 6) },
    ]);
    expect(overlay).toHaveTextContent('CSAT (%) 100 %');
  });

  it('starts an NPS bar at zero, downwards for a negative score; K steps through the measures, back to none', async () => {
    const services = await renderCurve();
    run(services, 'curve.overlayNext');
    expect(screen.getByTestId('kpi-overlay')).toHaveAttribute('data-measure', 'kpiNps');
    // -50 on -100..100: a quarter of the scale below its middle, one emotion step.
    expect(bars()).toEqual([{ id: 't2', height: expect.closeTo(CURVE_STEP, 6) }]);
    for (let i = 0; i < 6; i++) run(services, 'curve.overlayNext');
    expect(screen.queryByTestId('kpi-overlay')).toBeNull();
  });

  it('follows a KPI edited after the curve was drawn', async () => {
    const services = await renderCurve();
    run(services, 'curve.overlay.kpiCsat');
    act(() => services.editor.getState().run(updateTouchpoints, { ids: ['t3'], fields: { kpiCsat: 20 } }));
    expect(bars().map((bar) => bar.id)).toEqual(['t1', 't2', 't3']);
    expect(bars()[2].height).toBeCloseTo(0.8 * CURVE_STEP, 6);
  });
});
