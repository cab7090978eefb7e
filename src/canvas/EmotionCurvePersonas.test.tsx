import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addPersona, setPersonaEmotion } from '../domain/commands/personaCommands';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import { initI18n } from '../i18n/i18n';
import { ServicesContext } from '../store/services';
import { closeTestServices, createTestServices } from '../test/testServices';
import { aTouchpoint } from '../test/touchpoint';
import { EmotionCurve } from './EmotionCurve';

afterEach(closeTestServices);

async function renderCurve() {
  await initI18n('en');
  const services = createTestServices('emotion-curve-personas-test');
  const journey = createEmptyJourney('Me uno', ['A', 'B']);
  const [a, b] = journey.stages.map((s) => s.id);
  journey.touchpoints = [
    aTouchpoint({ id: 't1', stageId: a, emotion: 1, position: { x: 30, y: 100 } }),
    aTouchpoint({ id: 't2', stageId: b, emotion: -1, position: { x: 330, y: 100 } }),
  ];
  await services.library.getState().add(journey);
  await services.editor.getState().open(journey.id);
  render(
    <ServicesContext.Provider value={services}>
      <EmotionCurve top={0} onSelect={() => {}} />
    </ServicesContext.Provider>,
  );
  return { services, main: journey.personas[0].id };
}

const series = () => screen.getAllByTestId('emotion-series');
const emotionsOf = (el: Element, selector: string) =>
  [...el.querySelectorAll(selector)].map((p) => Number(p.getAttribute('data-emotion')));

describe('EmotionCurve with personas', () => {
  it('draws one series per persona, each with its own emotions, and the delivered experience', async () => {
    const { services, main } = await renderCurve();
    expect(series().map((s) => s.getAttribute('data-persona-id'))).toEqual([main]);

    const run = services.editor.getState().run;
    act(() => {
      run(addPersona, { name: 'Mayor', id: 'p2' });
      run(setPersonaEmotion, { ids: ['t1', 't2'], personaId: 'p2', emotion: -2 });
      run(updateTouchpoints, { ids: ['t2'], fields: { delivered: 2 } });
    });
    const [other, active] = series();
    expect(other).toHaveAttribute('data-persona-id', 'p2');
    expect(other).toHaveAccessibleName('Mayor: 2 touchpoints with an emotion');
    expect(emotionsOf(other, '.emotion-curve__series-dot')).toEqual([-2, -2]);
    expect(active).toHaveAttribute('data-persona-id', main);
    expect(emotionsOf(active, '[data-testid="emotion-point"]')).toEqual([1, -1]);
    expect(emotionsOf(screen.getByTestId('delivered-series'), 'circle')).toEqual([2]);
    expect(screen.getByTestId('delivered-series')).toHaveAccessibleName('Delivered experience: 1 touchpoint assessed');
    act(() => run(setPersonaEmotion, { ids: ['t2'], personaId: 'p2', emotion: null }));
    expect(series()[0]).toHaveAccessibleName('Mayor: 1 touchpoint with an emotion');
    act(() => run(setPersonaEmotion, { ids: ['t2'], personaId: 'p2', emotion: -2 }));

    // Choosing the other persona makes its points the ones to click; the main one's stay as a line.
    act(() => services.editor.getState().choosePersona('p2'));
    const active2 = series().find((s) => s.getAttribute('data-active') === 'true')!;
    expect(active2).toHaveAttribute('data-persona-id', 'p2');
    expect(emotionsOf(active2, '[data-testid="emotion-point"]')).toEqual([-2, -2]);
    expect(screen.getByTestId('emotion-curve')).toHaveAccessibleName(/2 touchpoints, average -2/);
  });
});
