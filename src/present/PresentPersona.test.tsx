import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import { slotInStage } from '../domain/layout';
import { closeTestServices } from '../test/testServices';
import { renderApp } from '../test/renderApp';
import { aTouchpoint } from '../test/touchpoint';

afterEach(closeTestServices);

/**
 * Two stages, three touchpoints; the main persona rates all three (mean +1.0), Luis two of them (mean -1.5)
 * and the third persona, unnamed, none.
 */
function twoViews(): Journey {
  const journey = createEmptyJourney('Two views', ['Ask', 'Sign']);
  const [ask, sign] = journey.stages.map((s) => s.id);
  journey.personas = [
    { ...journey.personas[0], name: 'Marta' },
    { id: 'luis', name: 'Luis', description: '' },
    { id: 'third', name: '', description: '' },
  ];
  journey.touchpoints = [
    aTouchpoint({
      id: 'call',
      stageId: ask,
      title: 'Calls',
      emotion: 2,
      personaEmotions: { luis: -2 },
      position: slotInStage(journey.stages, ask, 0),
    }),
    aTouchpoint({
      id: 'visit',
      stageId: ask,
      title: 'Visits',
      emotion: 1,
      position: slotInStage(journey.stages, ask, 1),
    }),
    aTouchpoint({
      id: 'signs',
      stageId: sign,
      title: 'Signs',
      emotion: 0,
      personaEmotions: { luis: -1 },
      position: slotInStage(journey.stages, sign, 0),
    }),
  ];
  return journey;
}

/** Presents the journey at `step` (1-based), then chooses `personaId` as the editor's toolbar does. */
async function present(step: number, personaId: string | null) {
  const journey = twoViews();
  const app = await act(() =>
    renderApp(`/journey/${journey.id}/present?step=${step}`, 'en', (s) => s.repository.create(journey)),
  );
  await screen.findByTestId('presentation');
  act(() => app.editor.getState().choosePersona(personaId));
  return { app, user: userEvent.setup() };
}

const caption = () => screen.queryByTestId('present-persona');
/** The emotion a touchpoint's line of facts shows (TouchpointMeta), by the touchpoint's title. */
const metaOf = (title: string) => screen.getByText(title).closest('li')!.querySelector('[data-emotion]')!;

describe('presentation follows the persona chosen in the editor', () => {
  it('shows the main persona’s emotions, unlabelled, when the main one is chosen', async () => {
    await present(1, null);
    expect(screen.getByText('Average emotion: +1.0 (I like it)')).toBeInTheDocument();
    expect(caption()).toBeNull();
    expect(screen.getByRole('img', { name: 'Emotion curve: 3 of 3 touchpoints shown' })).toBeInTheDocument();
  });

  it('averages, draws and lists the chosen persona’s emotions, and says whose they are', async () => {
    const { user } = await present(1, 'luis');
    expect(caption()).toHaveTextContent('Emotions of Luis');
    expect(screen.getByText('Average emotion: -1.5 (I hate it)')).toBeInTheDocument();
    const curve = screen.getByRole('img', { name: 'Emotion curve of Luis: 3 of 3 touchpoints shown' });
    expect(curve.querySelector('[data-emotion="-2"]')).toHaveAttribute('d', expect.stringMatching(/^M/));
    expect(curve.querySelector('[data-emotion="2"]')).toBeNull();

    // The stage lists its touchpoints with Luis's emotion, and says where he has none.
    await user.keyboard('{ArrowRight}');
    expect(caption()).toHaveTextContent('Emotions of Luis');
    expect(metaOf('Calls')).toHaveTextContent('I hate it');
    expect(metaOf('Visits')).toHaveTextContent('No emotion yet');
    expect(screen.getByRole('img', { name: /^Emotion curve of Luis:/ })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('present-step')).toHaveTextContent('Calls');
    expect(caption()).toHaveTextContent('Emotions of Luis');
    const slide = within(screen.getByTestId('present-step').closest('article')!);
    expect(slide.getByText('I hate it').closest('[data-emotion]')).toHaveAttribute('data-emotion', '-2');
  });

  it('captures the emotion of the persona shown, leaving the main persona’s as it was', async () => {
    const { app, user } = await present(4, 'luis');
    expect(screen.getByTestId('present-step')).toHaveTextContent('Visits');
    expect(screen.getByTestId('present-step').closest('article')).toHaveTextContent('No emotion yet');
    const emotions = screen.getByRole('group', { name: 'Emotion of Luis' });
    expect(within(emotions).queryByRole('button', { pressed: true })).toBeNull();

    await user.click(within(emotions).getByRole('button', { name: 'I like it' }));
    expect(within(emotions).getByRole('button', { pressed: true })).toHaveAccessibleName('I like it');
    const visit = app.editor.getState().journey!.touchpoints.find((t) => t.id === 'visit')!;
    expect(visit.personaEmotions).toEqual({ luis: 1 });
    expect(visit.emotion).toBe(1);
  });

  it('names an unnamed persona by its number, as the toolbar does', async () => {
    await present(1, 'third');
    expect(caption()).toHaveTextContent('Emotions of Persona 3');
    // It rated nothing yet: no average, no point on the curve.
    expect(screen.queryByText(/^Average emotion/)).toBeNull();
    expect(
      screen.getByRole('img', { name: 'Emotion curve of Persona 3: 3 of 3 touchpoints shown' }),
    ).toBeInTheDocument();
  });

  it('follows a persona chosen on the toolbar before pressing Present', async () => {
    const journey = twoViews();
    const user = userEvent.setup();
    const app = await act(() => renderApp('/?lang=en'));
    await act(() => app.library.getState().add(journey));
    await user.click(within(await screen.findByTestId('journey-card')).getByRole('link'));
    await screen.findByTestId('canvas', {}, { timeout: 15_000 });
    await user.selectOptions(screen.getByTestId('persona-select'), 'Luis');
    await user.click(screen.getByTestId('present'));
    await screen.findByTestId('presentation');
    await waitFor(() => expect(caption()).toHaveTextContent('Emotions of Luis'));
    expect(screen.getByText('Average emotion: -1.5 (I hate it)')).toBeInTheDocument();
  });
});
