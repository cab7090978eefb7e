import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addPersona, setPersonaEmotion } from '../domain/commands/personaCommands';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import { initI18n } from '../i18n/i18n';
import { ServicesContext } from '../store/services';
import { closeTestServices, createTestServices } from '../test/testServices';
import { aTouchpoint } from '../test/touchpoint';
import { CURVE, curveY } from '../domain/look/curve';
import { PERSONA_COLORS } from '../domain/look/colors';
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
    // Drawn in the theme's token (a light slate on the dark themes), the other persona in its own colour,
    // lightened by the theme's share of white (none in the light theme).
    const colorOf = (el: Element) => (el.querySelector('g') as SVGGElement).style.getPropertyValue('--series-color');
    expect(colorOf(screen.getByTestId('delivered-series'))).toBe('var(--delivered)');
    expect(colorOf(other)).toBe(`color-mix(in srgb, ${PERSONA_COLORS[1]}, white var(--persona-line-lift))`);
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

  it('keeps the marks of a moment of truth and pain point the chosen persona has no emotion for', async () => {
    const { services } = await renderCurve();
    const run = services.editor.getState().run;
    act(() => {
      run(addPersona, { name: 'Ana', id: 'ana' });
      run(setPersonaEmotion, { ids: ['t1'], personaId: 'ana', emotion: 2 });
      run(updateTouchpoints, { ids: ['t2'], fields: { momentOfTruth: true, painPoint: true, title: 'T3 App order' } });
    });
    // The main persona rates t2: its marks sit on its point, nothing is unrated.
    expect(screen.queryByTestId('emotion-unrated')).not.toBeInTheDocument();

    act(() => services.editor.getState().choosePersona('ana'));
    const mark = screen.getByTestId('emotion-unrated');
    expect(mark).toHaveAttribute('data-touchpoint-id', 't2');
    expect(mark).toHaveAccessibleName('T3 App order: no emotion yet, moment of truth, pain point');
    // On the neutral guide, with its star and triangle and a hollow ring, no emotion dot.
    const y = curveY(CURVE.unrated.level);
    expect(mark.getAttribute('transform')).toMatch(new RegExp(` ${y}\\)$`));
    expect(mark.querySelector('.emotion-curve__truth')).not.toBeNull();
    expect(mark.querySelector('.emotion-curve__pain')).not.toBeNull();
    expect(mark.querySelector('.emotion-curve__dot')).toBeNull();
    expect(mark).not.toHaveAttribute('data-emotion');
    // Where the main persona's point was: the same x.
    act(() => services.editor.getState().choosePersona(null));
    const point = screen.getAllByTestId('emotion-point').find((p) => p.dataset.touchpointId === 't2')!;
    const x = (el: Element) => el.getAttribute('transform')!.split(/[( ]/)[1];
    expect(x(point)).toBe(x(mark));
  });
});
