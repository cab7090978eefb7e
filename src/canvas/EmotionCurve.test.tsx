import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServicesContext } from '../store/services';
import { updateTouchpoints } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import type { Emotion, Journey, Touchpoint } from '../domain/journey';
import type { Locale } from '../domain/locale';
import { initI18n } from '../i18n/i18n';
import { closeTestServices, createTestServices } from '../test/testServices';
import { aTouchpoint } from '../test/touchpoint';
import { instantiateTemplate } from '../domain/templates';
import { meUno } from '../domain/templates/meUno';
import { EmotionCurve } from './EmotionCurve';

afterEach(closeTestServices);

function touchpoint(
  id: string,
  stageId: string,
  x: number,
  emotion: Emotion | null,
  extra: Partial<Touchpoint> = {},
): Touchpoint {
  return aTouchpoint({ id, stageId, title: `Touchpoint ${id}`, emotion, position: { x, y: 100 }, ...extra });
}

function sampleJourney(): Journey {
  const journey = createEmptyJourney('Me uno', ['Me informo', 'Solicito', 'Contrato']);
  const [first, second, third] = journey.stages.map((s) => s.id);
  return {
    ...journey,
    touchpoints: [
      touchpoint('ad', first, 30, 0),
      touchpoint('form', second, 330, -2, { painPoint: true, title: 'Fill in the form' }),
      touchpoint('unrated', second, 330, null, { position: { x: 330, y: 400 } }),
      touchpoint('welcome', third, 630, 2, { momentOfTruth: true }),
    ],
  };
}

/** Opens a journey in a fresh editor and renders the curve alone, outside React Flow. */
async function renderCurve(locale: Locale = 'en', journey: Journey = sampleJourney()) {
  await initI18n(locale);
  const services = createTestServices('emotion-curve-test');
  await services.library.getState().add(journey);
  await services.editor.getState().open(journey.id);
  const onSelect = vi.fn();
  render(
    <ServicesContext.Provider value={services}>
      <EmotionCurve top={0} onSelect={onSelect} />
    </ServicesContext.Provider>,
  );
  return { services, onSelect };
}

const pointIds = () => screen.queryAllByTestId('emotion-point').map((p) => p.getAttribute('data-touchpoint-id'));

describe('EmotionCurve', () => {
  it('draws one point per touchpoint with an emotion, in journey order, with a summary', async () => {
    await renderCurve();
    expect(pointIds()).toEqual(['ad', 'form', 'welcome']);
    expect(screen.getByTestId('emotion-curve')).toHaveAccessibleName(
      "Emotion curve: 3 touchpoints, average 0.0 (I don't mind)",
    );
    expect(screen.getByRole('button', { name: 'Fill in the form: I hate it, pain point' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Touchpoint welcome: Wow!, moment of truth' })).toBeInTheDocument();
  });

  it('names a point by its new title as soon as the title is typed, and keeps the curve in step', async () => {
    const { services } = await renderCurve();
    act(() =>
      services.editor.getState().run(updateTouchpoints, { ids: ['form'], fields: { title: 'Sign the contract' } }),
    );
    expect(screen.getByRole('button', { name: 'Sign the contract: I hate it, pain point' })).toBeInTheDocument();
    expect(pointIds()).toEqual(['ad', 'form', 'welcome']);
    act(() => services.editor.getState().run(updateTouchpoints, { ids: ['form'], fields: { momentOfTruth: true } }));
    expect(
      screen.getByRole('button', { name: 'Sign the contract: I hate it, moment of truth, pain point' }),
    ).toBeInTheDocument();
  });

  it('follows emotion changes and the selection live', async () => {
    const { services } = await renderCurve();
    const run = (id: string, emotion: Emotion | null) =>
      act(() => services.editor.getState().run(updateTouchpoints, { ids: [id], fields: { emotion } }));

    run('unrated', 1);
    expect(pointIds()).toEqual(['ad', 'form', 'unrated', 'welcome']);
    run('ad', null);
    expect(pointIds()).toEqual(['form', 'unrated', 'welcome']);
    run('form', 2);
    const form = screen.getAllByTestId('emotion-point')[0];
    expect(form).toHaveAttribute('data-emotion', '2');
    expect(screen.getByTestId('emotion-curve')).toHaveAccessibleName(/average \+1\.7/);

    act(() => services.editor.getState().select({ touchpoints: ['welcome'] }));
    const welcome = screen.getByRole('button', { name: /Touchpoint welcome/ });
    expect(welcome).toHaveAttribute('data-selected', 'true');
    expect(welcome).toHaveAccessibleName(/selected$/);
    expect(form).toHaveAttribute('data-selected', 'false');
  });

  it('selects a touchpoint when its point is clicked or activated from the keyboard', async () => {
    const { onSelect } = await renderCurve();
    const user = userEvent.setup();
    const points = screen.getAllByTestId('emotion-point');

    await user.click(points[1]);
    expect(onSelect).toHaveBeenLastCalledWith('form');

    points[2].focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('welcome');
    points[0].focus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('ad');
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('draws two touchpoints of one stage with one emotion apart, each selecting its own touchpoint', async () => {
    // The user test: in "Me uno" these pairs share a stage and "Me gusta", and were drawn one on the other.
    const journey = instantiateTemplate(meUno, 'es');
    const { onSelect } = await renderCurve('es', journey);
    const user = userEvent.setup();
    const places = screen.getAllByTestId('emotion-point').map((p) => p.getAttribute('transform'));
    expect(new Set(places).size).toBe(places.length);

    const pairs = [
      ['Me llama un asesor comercial', 'Pregunto en la tienda del barrio'],
      ['Pido ayuda por chat', 'Firmo con un código por SMS'],
    ];
    for (const pair of pairs) {
      const [first, second] = pair.map((title) =>
        screen.getByRole('button', { name: new RegExp(`^${title}: Me gusta`) }),
      );
      expect(first.getAttribute('transform')).not.toBe(second.getAttribute('transform'));
      for (const [point, title] of [
        [first, pair[0]],
        [second, pair[1]],
      ] as const) {
        await user.click(point);
        expect(onSelect).toHaveBeenLastCalledWith(journey.touchpoints.find((t) => t.title === title)!.id);
      }
    }
  });

  it('labels the guide lines and points in Spanish', async () => {
    await renderCurve('es');
    const curve = screen.getByTestId('emotion-curve');
    for (const label of ['Lo odio', 'No me gusta', 'Me da igual', 'Me gusta', '¡Wow!']) {
      expect(within(curve).getByText(label)).toBeInTheDocument();
    }
    expect(curve).toHaveAccessibleName('Curva emocional: 3 puntos de contacto, media 0,0 (Me da igual)');
    expect(screen.getByRole('button', { name: 'Fill in the form: Lo odio, punto de dolor' })).toBeInTheDocument();
  });

  it('says so when no touchpoint has an emotion', async () => {
    const { services } = await renderCurve();
    act(() =>
      services.editor.getState().run(updateTouchpoints, { ids: ['ad', 'form', 'welcome'], fields: { emotion: null } }),
    );
    expect(pointIds()).toEqual([]);
    expect(screen.getByTestId('emotion-curve')).toHaveAccessibleName('Emotion curve: no touchpoint has an emotion yet');
  });
});

describe('EmotionCurve on a long journey', () => {
  it('draws only the points in the visible span, plus the selected ones, and the line through them', async () => {
    await initI18n('en');
    const services = createTestServices('emotion-curve-span-test');
    // Forty 300 wide stages; a point alone in its stage sits at the column's centre.
    const journey = createEmptyJourney(
      'Long',
      Array.from({ length: 40 }, (_, i) => `Stage ${i + 1}`),
    );
    const at = (id: string, stage: number, emotion: Emotion) =>
      touchpoint(id, journey.stages[stage].id, stage * 300 + 30, emotion);
    journey.touchpoints = [at('near', 0, 1), at('middle', 1, -1), at('far', 16, 2), at('farther', 30, 0)];
    await services.library.getState().add(journey);
    await services.editor.getState().open(journey.id);
    const { rerender } = render(
      <ServicesContext.Provider value={services}>
        <EmotionCurve top={0} onSelect={vi.fn()} span={{ from: 0, to: 1200 }} />
      </ServicesContext.Provider>,
    );
    expect(pointIds()).toEqual(['near', 'middle']);
    const lines = () => screen.getByTestId('emotion-curve').querySelectorAll('.emotion-curve__line');
    // The line runs on to the next point off screen, so it leaves the view where the journey goes.
    expect([...lines()].map((l) => l.getAttribute('points')?.split(' ').length)).toEqual([3]);

    act(() => services.editor.getState().select({ touchpoints: ['farther'] }));
    expect(pointIds()).toEqual(['near', 'middle', 'farther']);

    rerender(
      <ServicesContext.Provider value={services}>
        <EmotionCurve top={0} onSelect={vi.fn()} span={{ from: 4800, to: 9600 }} />
      </ServicesContext.Provider>,
    );
    expect(pointIds()).toEqual(['far', 'farther']);
    // The summary still speaks for the whole journey.
    expect(screen.getByTestId('emotion-curve')).toHaveAccessibleName(/4 touchpoints/);
  });
});
