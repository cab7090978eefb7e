import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadPagesFor } from '../app/pages';
import type { Services } from '../store/services';
import { copyFragment } from '../domain/commands/clipboardCommands';
import { createEmptyJourney } from '../domain/factory';
import { toJourneyFile } from '../domain/format';
import { LIMITS } from '../domain/limits';
import type { Journey } from '../domain/journey';
import { findTemplate, instantiateTemplate } from '../domain/templates';
import { en } from '../i18n/en';
import { closeTestServices } from '../test/testServices';
import { renderApp } from '../test/renderApp';
import { aTouchpoint } from '../test/touchpoint';

afterEach(closeTestServices);
// The editor's code is transformed once here, not inside the first test's few seconds (see JourneyCard.test).
beforeAll(() => preloadPagesFor('/journey/any'), 60_000);

/** Renders the app and lets the effects it starts on mount (loading the library or a journey) settle. */
async function render(route: string) {
  const app = await act(() => renderApp(route));
  return app;
}

/** The stored name of a journey, straight from IndexedDB. */
async function storedName(services: Services, id: string): Promise<string | undefined> {
  const loaded = await services.repository.load(id);
  return loaded?.ok ? loaded.journey.name : undefined;
}

/**
 * Stores a journey through the library store and opens it in the editor.
 * renderApp creates the database it renders over, so there is no way to store a journey before the
 * editor route mounts; the journey is stored with the library showing, then opened from its card.
 */
async function openInEditor(journey: Journey) {
  const user = userEvent.setup();
  const app = await render('/');
  await act(() => app.library.getState().add(journey));
  const card = await screen.findByTestId('journey-card');
  expect(card).toHaveAttribute('data-journey-id', journey.id);
  await user.click(within(card).getByRole('link'));
  await screen.findByTestId('canvas');
  return { user, app };
}

describe('EditorPage', () => {
  it('says why no touchpoint can be added to a journey without stages, and how to add one', async () => {
    const journey = createEmptyJourney('Sin etapas', []);
    await openInEditor(journey);
    const add = screen.getByTestId('add-touchpoint');
    expect(add).toBeDisabled();
    expect(add).toHaveAttribute('title', en.actions.addTouchpointNeedsStage);
    expect(screen.getByTestId('inspector-hint')).toHaveTextContent(
      'This journey has no stages yet. Add a stage with “Stage” in the toolbar, then touchpoints to it.',
    );
    await userEvent.click(screen.getByTestId('add-stage'));
    await waitFor(() => expect(screen.getByTestId('add-touchpoint')).toBeEnabled());
    expect(screen.getByTestId('add-touchpoint').getAttribute('title')).toMatch(/^Add a touchpoint/);
    expect(screen.getByTestId('inspector-hint')).toHaveTextContent(en.panels.inspector.hintShortcuts);
  });

  it('draws one stage header per stage and one node per touchpoint', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    await openInEditor(journey);

    expect(screen.getByRole('textbox', { name: en.editor.name })).toHaveValue(journey.name);
    const canvas = screen.getByTestId('canvas');
    expect(canvas).toHaveAccessibleName(en.editor.canvas);

    const headers = await within(canvas).findAllByTestId('stage-header');
    expect(headers).toHaveLength(journey.stages.length);
    journey.stages.forEach((stage, i) => {
      expect(headers[i]).toHaveAttribute('data-stage-id', stage.id);
      expect(headers[i]).toHaveTextContent(stage.name);
    });

    // The canvas fits the journey once React Flow has measured the first cards it draws.
    await waitFor(() => expect(within(canvas).getAllByTestId('touchpoint')).toHaveLength(journey.touchpoints.length));
    const nodes = within(canvas).getAllByTestId('touchpoint');
    const byId = new Map(nodes.map((n) => [n.getAttribute('data-touchpoint-id'), n]));
    for (const t of journey.touchpoints) {
      const node = byId.get(t.id);
      expect(node, `node for ${t.title}`).toBeDefined();
      expect(node).toHaveAttribute('data-emotion', t.emotion === null ? '' : String(t.emotion));
      expect(node).toHaveAttribute('data-pain-point', String(t.painPoint));
      expect(node).toHaveAttribute('data-moment-of-truth', String(t.momentOfTruth));
      expect(node).toHaveTextContent(t.title);
    }
  });

  it('draws an empty journey with its default stages and no touchpoints', async () => {
    const journey = createEmptyJourney('Blank', ['One', 'Two', 'Three']);
    await openInEditor(journey);

    const canvas = screen.getByTestId('canvas');
    expect(await within(canvas).findAllByTestId('stage-header')).toHaveLength(3);
    expect(within(canvas).queryAllByTestId('touchpoint')).toHaveLength(0);
  });

  it('saves a new name as it is typed: saving, then saved once storage holds it', async () => {
    const journey = createEmptyJourney('Onboarding', ['One']);
    const { user, app } = await openInEditor(journey);
    const status = screen.getByTestId('save-status');
    expect(status).toHaveAttribute('data-state', 'saved');

    const name = screen.getByRole('textbox', { name: en.editor.name });
    await user.type(name, ' v2');
    expect(name).toHaveValue('Onboarding v2');

    // Autosave writes throttled, so the last keystrokes are pending for a moment.
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'saving'));
    await act(() => app.autosave.flush());
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'saved'));
    expect(await storedName(app, journey.id)).toBe('Onboarding v2');
    expect(app.editor.getState().journey?.name).toBe('Onboarding v2');
  });

  it('says saving while a touchpoint title typed in the inspector waits to be written, saved once stored', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const [first] = journey.touchpoints;
    const { user, app } = await openInEditor(journey);
    act(() => app.editor.getState().select({ touchpoints: [first.id] }));
    const status = screen.getByTestId('save-status');
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'saved'));

    await user.type(screen.getByTestId('field-title'), ' now');
    expect(status).toHaveAttribute('data-state', 'saving');
    await waitFor(() => expect(app.editor.getState().journey?.touchpoints[0].title).toBe(`${first.title} now`));
    await act(() => app.autosave.flush());
    await waitFor(() => expect(status).toHaveAttribute('data-state', 'saved'));
    const stored = await app.repository.load(journey.id);
    expect(stored?.ok && stored.journey.touchpoints[0].title).toBe(`${first.title} now`);
  });

  it('undoes a title typed into a journey just opened with Ctrl+Z before the typing pauses', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const [first] = journey.touchpoints;
    const { user, app } = await openInEditor(journey);
    act(() => app.editor.getState().select({ touchpoints: [first.id] }));
    expect(app.editor.getState().undoDepth).toBe(0);

    const title = screen.getByTestId('field-title');
    await user.type(title, ' now');
    expect(screen.getByTestId('undo')).toBeEnabled();
    await user.keyboard('{Control>}z{/Control}');
    expect(title).toHaveValue(first.title);
    expect(app.editor.getState().journey?.touchpoints[0].title).toBe(first.title);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(title).toHaveValue(`${first.title} now`);
  });

  it('refuses an empty name: shows the alert and keeps the stored name', async () => {
    const journey = createEmptyJourney('Keep me', ['One']);
    const { user, app } = await openInEditor(journey);

    const name = screen.getByRole('textbox', { name: en.editor.name });
    await user.clear(name);
    expect(await screen.findByRole('alert')).toHaveTextContent(en.names.empty);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(en.names.empty);

    await act(() => app.autosave.flush());
    expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
    expect(await storedName(app, journey.id)).toBe('Keep me');
    expect(app.editor.getState().journey?.name).toBe('Keep me');

    // Leaving the field puts the kept name back.
    await user.tab();
    expect(name).toHaveValue('Keep me');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('on a read-only link, the name cannot be typed over', async () => {
    const journey = createEmptyJourney('Read me', ['One']);
    const { user, app } = await openInEditor(journey);
    act(() => app.editor.getState().setReadOnly(true));
    const name = screen.getByRole('textbox', { name: en.editor.name });
    expect(name).toHaveAttribute('readonly');
    await user.type(name, ' changed');
    expect(name).toHaveValue('Read me');
    expect(app.editor.getState().journey?.name).toBe('Read me');
  });

  it('shows the missing message for an id that is not stored', async () => {
    await render('/journey/no-such-journey');
    expect(await screen.findByRole('alert')).toHaveTextContent(en.editor.missing);
    expect(screen.queryByTestId('canvas')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: en.editor.name })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.notFound.back })).toHaveAttribute('href', '/');
  });

  it('refuses a duplicate, a paste or a new card that would take the journey past its limit, and says so', async () => {
    const journey = createEmptyJourney('Full', ['One', 'Two']);
    const stageId = journey.stages[0].id;
    journey.touchpoints = Array.from({ length: LIMITS.touchpoints - 1 }, (_, i) =>
      aTouchpoint({ id: `t${i}`, stageId, position: { x: 30, y: 100 + i * 200 } }),
    );
    const { user, app } = await openInEditor(journey);
    const count = () => app.editor.getState().journey!.touchpoints.length;
    const select = (ids: string[]) => act(() => app.editor.getState().select({ touchpoints: ids }));

    select(['t0', 't1']);
    await user.keyboard('{Control>}d{/Control}');
    const notice = await screen.findByTestId('touchpoint-limit');
    expect(notice).toHaveRole('alert');
    expect(notice).toHaveTextContent(
      'Nothing was added: a journey holds at most 5,000 touchpoints and this one has 4,999, so 2 more do not fit.',
    );
    expect(count()).toBe(LIMITS.touchpoints - 1);

    const clipboard = JSON.stringify(toJourneyFile(copyFragment(journey, ['t2', 't3', 't4'])));
    fireEvent.paste(document.body, { clipboardData: { getData: () => clipboard } });
    expect(notice).toHaveTextContent('this one has 4,999, so 3 more do not fit.');
    expect(count()).toBe(LIMITS.touchpoints - 1);

    // One more fits, and the message goes; then the journey is full, and a new card is refused too.
    select(['t0']);
    await user.keyboard('{Control>}d{/Control}');
    expect(count()).toBe(LIMITS.touchpoints);
    expect(screen.queryByTestId('touchpoint-limit')).not.toBeInTheDocument();
    await user.keyboard('n');
    expect(await screen.findByTestId('touchpoint-limit')).toHaveTextContent(
      'Nothing was added: a journey holds at most 5,000 touchpoints and this one has 5,000, so one more does not fit.',
    );
    expect(count()).toBe(LIMITS.touchpoints);
    await user.click(within(screen.getByTestId('touchpoint-limit')).getByRole('button', { name: en.dialog.close }));
    expect(screen.queryByTestId('touchpoint-limit')).not.toBeInTheDocument();
  });
});
