import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import { slotInStage } from '../domain/layout';
import { closeTestServices } from '../test/testServices';
import { renderApp } from '../test/renderApp';
import { aTouchpoint } from '../test/touchpoint';

afterEach(closeTestServices);

/** A journey whose main persona and "Luis" rate its two touchpoints differently, open in the editor. */
async function openEditor() {
  const journey = createEmptyJourney('Two views', ['Only']);
  const stageId = journey.stages[0].id;
  journey.personas = [journey.personas[0], { id: 'luis', name: 'Luis', description: '' }];
  journey.touchpoints = [
    aTouchpoint({
      id: 'call',
      stageId,
      title: 'Calls',
      emotion: 2,
      personaEmotions: { luis: -2 },
      position: slotInStage(journey.stages, stageId, 0),
    }),
    aTouchpoint({
      id: 'visit',
      stageId,
      title: 'Visits',
      emotion: 1,
      position: slotInStage(journey.stages, stageId, 1),
    }),
  ];
  const user = userEvent.setup();
  const app = await act(() => renderApp('/?lang=en'));
  await act(() => app.library.getState().add(journey));
  await user.click(within(await screen.findByTestId('journey-card')).getByRole('link'));
  const canvas = await screen.findByTestId('canvas', {}, { timeout: 15_000 });
  await waitFor(() => expect(within(canvas).getAllByTestId('touchpoint')).toHaveLength(2));
  return { user, canvas };
}

const card = (canvas: HTMLElement, id: string) =>
  within(canvas)
    .getAllByTestId('touchpoint')
    .find((c) => c.getAttribute('data-touchpoint-id') === id)!;

describe('cards and the chosen persona', () => {
  it('show the emotion of the persona chosen on the toolbar, as the curve and the inspector do', async () => {
    const { user, canvas } = await openEditor();
    expect(card(canvas, 'call')).toHaveAttribute('data-emotion', '2');
    expect(card(canvas, 'call')).toHaveTextContent('Wow!');

    await user.selectOptions(screen.getByTestId('persona-select'), 'Luis');
    await waitFor(() => expect(card(canvas, 'call')).toHaveAttribute('data-emotion', '-2'));
    expect(card(canvas, 'call')).toHaveTextContent('I hate it');
    // Luis has not rated this one: the card says so rather than showing the main persona's emotion.
    expect(card(canvas, 'visit')).toHaveAttribute('data-emotion', '');
    expect(card(canvas, 'visit')).toHaveTextContent('No emotion yet');
    expect(card(canvas, 'visit')).toHaveAttribute('title', expect.stringContaining('No emotion yet'));

    await user.selectOptions(screen.getByTestId('persona-select'), 'Persona 1');
    await waitFor(() => expect(card(canvas, 'visit')).toHaveAttribute('data-emotion', '1'));
  });
});
