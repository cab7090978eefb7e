import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyJourney } from '../domain/factory';
import { slotInStage } from '../domain/layout';
import { en } from '../i18n/en';
import { closeTestServices } from '../test/testServices';
import { renderApp } from '../test/renderApp';
import { aTouchpoint } from '../test/touchpoint';

afterEach(closeTestServices);
beforeEach(() => localStorage.removeItem('recorrido.dimAssumed'));

/** A journey with one assumed and one measured touchpoint, open in the editor. */
async function openEditor() {
  const journey = createEmptyJourney('Evidence', ['Only']);
  const stageId = journey.stages[0].id;
  journey.touchpoints = [
    aTouchpoint({ id: 'guess', stageId, title: 'A guess', position: slotInStage(journey.stages, stageId, 0) }),
    aTouchpoint({
      id: 'known',
      stageId,
      title: 'Known',
      evidence: 'measured',
      kpiCsat: 81,
      position: slotInStage(journey.stages, stageId, 1),
    }),
  ];
  const user = userEvent.setup();
  const app = await act(() => renderApp('/'));
  await act(() => app.library.getState().add(journey));
  await user.click(within(await screen.findByTestId('journey-card')).getByRole('link'));
  // The editor's code loads on demand: the first test of a run waits for it.
  const canvas = await screen.findByTestId('canvas', {}, { timeout: 15_000 });
  await waitFor(() => expect(within(canvas).getAllByTestId('touchpoint')).toHaveLength(2));
  return { user, app, canvas };
}

const card = (canvas: HTMLElement, id: string) =>
  within(canvas)
    .getAllByTestId('touchpoint')
    .find((c) => c.getAttribute('data-touchpoint-id') === id)!;

describe('dimming assumed touchpoints', () => {
  it('marks each card with its evidence and dims the assumed ones only when asked, remembering the choice', async () => {
    const { user, app, canvas } = await openEditor();
    expect(card(canvas, 'guess')).toHaveAttribute('data-evidence', 'assumed');
    expect(card(canvas, 'known')).toHaveAttribute('data-evidence', 'measured');
    expect(canvas).toHaveAttribute('data-dim-assumed', 'false');
    expect(screen.queryByTestId('legend-dim-assumed')).toBeNull();

    const toggle = screen.getByTestId('dim-assumed');
    expect(toggle).toHaveAccessibleName(en.curve.dimAssumed);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(canvas).toHaveAttribute('data-dim-assumed', 'true');
    expect(screen.getByTestId('legend-dim-assumed')).toHaveTextContent(en.curve.dimAssumedLegend);
    expect(localStorage.getItem('recorrido.dimAssumed')).toBe('true');
    // A view choice: the journey and its undo history are untouched.
    expect(app.editor.getState().undoDepth).toBe(0);

    // Dimmed cards keep their words and stay reachable from the keyboard.
    expect(card(canvas, 'guess')).toHaveTextContent('A guess');
    expect(card(canvas, 'known')).toHaveTextContent('CSAT 81 %');

    // The E key turns it off again.
    await user.keyboard('e');
    expect(canvas).toHaveAttribute('data-dim-assumed', 'false');
    expect(localStorage.getItem('recorrido.dimAssumed')).toBe('false');
  });

  it('starts dimmed when this user left it on', async () => {
    localStorage.setItem('recorrido.dimAssumed', 'true');
    const { canvas } = await openEditor();
    expect(canvas).toHaveAttribute('data-dim-assumed', 'true');
    expect(screen.getByTestId('dim-assumed')).toHaveAttribute('aria-pressed', 'true');
  });
});
