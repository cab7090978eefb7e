import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../store/services';
import { journeyOrder } from '../domain/emotionCurve';
import { createEmptyJourney } from '../domain/factory';
import type { Journey } from '../domain/journey';
import { slotInStage } from '../domain/layout';
import { findTemplate, instantiateTemplate } from '../domain/templates';
import { EMOTION_LABELS } from '../domain/vocabulary';
import { en } from '../i18n/en';
import { closeTestServices } from '../test/testServices';
import { renderApp } from '../test/renderApp';
import { aTouchpoint } from '../test/touchpoint';

afterEach(closeTestServices);

/** Stores the journey, then renders the app at its presentation route. */
async function present(journey: Journey, query = '') {
  const app = await act(() =>
    renderApp(`/journey/${journey.id}/present${query}`, 'en', (services) => services.repository.create(journey)),
  );
  await screen.findByTestId('presentation');
  return { app, user: userEvent.setup() };
}

const stepText = () => screen.getByTestId('present-step').textContent;
const stored = (app: Services, id: string) => app.editor.getState().journey!.touchpoints.find((t) => t.id === id)!;

/** The names the presentation walks through for a journey, as present-step shows them. */
function expectedSequence(journey: Journey): string[] {
  const ordered = journeyOrder(journey);
  return [
    journey.name,
    ...journey.stages.flatMap((s) => [s.name, ...ordered.filter((t) => t.stageId === s.id).map((t) => t.title)]),
    en.present.summary,
  ];
}

describe('PresentPage', () => {
  it('walks the journey with the keyboard: arrows, clicker keys, Space, Home and End', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const { user } = await present(journey);
    const sequence = expectedSequence(journey);
    expect(sequence).toHaveLength(26);

    expect(stepText()).toBe(journey.name);
    expect(screen.getByTestId('present-progress')).toHaveTextContent('1 / 26');
    const keys = ['{ArrowRight}', '{PageDown}', ' '];
    for (let i = 1; i < sequence.length; i++) {
      await user.keyboard(keys[i % keys.length]);
      expect(stepText()).toBe(sequence[i]);
    }
    expect(screen.getByTestId('present-progress')).toHaveTextContent('26 / 26');
    expect(screen.getByTestId('present-next')).toBeDisabled();

    // At the end, forward stays put.
    await user.keyboard('{ArrowRight}');
    expect(stepText()).toBe(en.present.summary);

    await user.keyboard('{ArrowLeft}');
    expect(stepText()).toBe(sequence[24]);
    await user.keyboard('{PageUp}');
    expect(stepText()).toBe(sequence[23]);
    await user.keyboard('{Home}');
    expect(stepText()).toBe(journey.name);
    expect(screen.getByTestId('present-prev')).toBeDisabled();
    await user.keyboard('{End}');
    expect(stepText()).toBe(en.present.summary);
  });

  it('counts every press when they come faster than the screen redraws (a clicker tapped quickly)', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    await present(journey);
    act(() => {
      for (let i = 0; i < 4; i++) fireEvent.keyDown(window, { key: 'PageDown' });
    });
    expect(stepText()).toBe(expectedSequence(journey)[4]);
    act(() => {
      fireEvent.keyDown(window, { key: 'End' });
      fireEvent.keyDown(window, { key: 'PageUp' });
      fireEvent.keyDown(window, { key: 'Home' });
      fireEvent.keyDown(window, { key: 'ArrowRight' });
    });
    expect(stepText()).toBe(journey.stages[0].name);
  });

  it('reads a long summary by keyboard: in its region the page keys scroll it while it can, and step at its ends', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const sequence = expectedSequence(journey);
    const { user } = await present(journey, '?step=26');
    expect(stepText()).toBe(en.present.summary);
    // jsdom lays nothing out: the slide's box is given a summary three times its height, scrolled to the middle.
    const main = screen.getByRole('main');
    main.style.overflowY = 'auto';
    Object.defineProperties(main, {
      scrollHeight: { value: 3000 },
      clientHeight: { value: 1000 },
      scrollTop: { value: 1000, writable: true },
    });
    /** Presses a key where the focus is; true when the presentation left it to the browser (which scrolls). */
    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });

    // Where the presentation starts, a presenter's clicker steps whatever the scroll.
    expect(press('PageUp')).toBe(false);
    expect(stepText()).toBe(sequence[24]);
    // Each step opens at its top.
    expect(main.scrollTop).toBe(0);
    await user.keyboard('{End}');
    main.scrollTop = 1000;

    // One Tab reaches the summary's region: its keys scroll it, up and down, and change no step.
    await user.tab();
    const summary = screen.getByRole('region', { name: en.present.summary });
    expect(summary).toHaveFocus();
    for (const key of ['ArrowUp', 'PageUp', 'Home', 'ArrowDown', 'PageDown', 'End']) {
      expect(press(key)).toBe(true);
      expect(stepText()).toBe(en.present.summary);
    }
    // At its end there is nothing to scroll: the keys are the presentation's again.
    main.scrollTop = 2000;
    expect(press('PageDown')).toBe(false);
    expect(stepText()).toBe(en.present.summary);
    main.scrollTop = 0;
    expect(press('PageUp')).toBe(false);
    expect(stepText()).toBe(sequence[24]);
  });

  it('still steps with the arrows left and right and Space from the summary’s region', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const sequence = expectedSequence(journey);
    const { user } = await present(journey, '?step=26');
    const main = screen.getByRole('main');
    main.style.overflowY = 'auto';
    Object.defineProperties(main, {
      scrollHeight: { value: 3000 },
      clientHeight: { value: 1000 },
      scrollTop: { value: 1000, writable: true },
    });
    const summary = () => screen.getByRole('region', { name: en.present.summary });
    await user.tab();
    expect(summary()).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(stepText()).toBe(sequence[24]);
    // The region went with its step: the focus is back on the slide, not lost to the page.
    expect(main).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(stepText()).toBe(en.present.summary);
    await user.tab();
    expect(summary()).toHaveFocus();
    // Space steps (here, past the last step: nothing), rather than scrolling as it would in a page.
    expect(fireEvent.keyDown(summary(), { key: ' ' })).toBe(false);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('presentation')).toBeNull());
  });

  it('steps with the buttons, spotlights the stage in focus and dims the others', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const { user } = await present(journey);
    const strip = screen.getByRole('navigation', { name: en.present.stages });
    const stages = within(strip).getAllByTestId('present-stage');
    expect(stages).toHaveLength(6);
    expect(stages.every((s) => s.getAttribute('data-focused') === 'false')).toBe(true);

    await user.click(screen.getByRole('button', { name: en.present.next }));
    expect(stepText()).toBe(journey.stages[0].name);
    expect(stages[0]).toHaveAttribute('aria-current', 'step');
    expect(stages[0].parentElement).toHaveClass('present-strip__stage--focus');
    expect(stages[1].parentElement).toHaveClass('present-strip__stage--dim');

    await user.click(screen.getByRole('button', { name: en.present.next }));
    expect(stepText()).toBe(journeyOrder(journey)[0].title);
    await user.click(screen.getByRole('button', { name: en.present.previous }));
    expect(stepText()).toBe(journey.stages[0].name);

    // The stage strip jumps to a stage.
    await user.click(stages[3]);
    expect(stepText()).toBe(journey.stages[3].name);
    expect(stages[3]).toHaveAttribute('aria-current', 'step');
  });

  it('draws the emotion curve only up to the step in focus', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const ordered = journeyOrder(journey);
    // Step 4 is the second touchpoint of the first stage.
    await present(journey, '?step=4');
    expect(stepText()).toBe(ordered[1].title);
    // Two touchpoints drawn, sixteen still to come as ticks (each mark a sub-path of its kind's path).
    const curve = screen.getByRole('img', { name: 'Emotion curve: 2 of 18 touchpoints shown' });
    const marks = (selector: string) =>
      [...curve.querySelectorAll(selector)].reduce(
        (sum, path) => sum + path.getAttribute('d')!.split('M').length - 1,
        0,
      );
    expect(marks('[data-revealed="true"]')).toBe(ordered.slice(0, 2).filter((tp) => tp.emotion !== null).length);
    expect(marks('[data-revealed="false"]')).toBe(16);
  });

  it('opens on the step named in the URL, so a reload stays where the room was', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    await present(journey, '?step=8');
    expect(stepText()).toBe(expectedSequence(journey)[7]);
    expect(screen.getByTestId('present-progress')).toHaveTextContent('8 / 26');
  });

  it('gives an empty stage its own step and says it has no touchpoints', async () => {
    const journey = createEmptyJourney('Blank', ['Only stage']);
    const { user } = await present(journey);
    await user.keyboard('{ArrowRight}');
    expect(stepText()).toBe('Only stage');
    expect(screen.getByText(en.present.stageEmpty)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(stepText()).toBe(en.present.summary);
    expect(screen.getByText(en.present.noPainPoints)).toBeInTheDocument();
  });

  it('captures a pain point, a moment of truth, an emotion and a note as undoable, saved edits', async () => {
    const journey = createEmptyJourney('Workshop', ['Join']);
    const touchpoint = aTouchpoint({
      id: 'tp-1',
      stageId: journey.stages[0].id,
      title: 'I sign the contract',
      channelId: 'web',
      functionId: 'sales',
      notes: 'Existing evidence.',
      position: slotInStage(journey.stages, journey.stages[0].id, 0),
    });
    journey.touchpoints = [touchpoint];
    const { app, user } = await present(journey, '?step=3');
    expect(stepText()).toBe('I sign the contract');

    const pain = screen.getByTestId('present-toggle-pain');
    expect(pain).toHaveAccessibleName(en.present.capture.painPoint);
    expect(pain).toHaveAttribute('aria-pressed', 'false');
    await user.click(pain);
    expect(stored(app, 'tp-1').painPoint).toBe(true);
    expect(pain).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('main')).getAllByText(en.touchpoint.painPoint).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: en.present.capture.momentOfTruth }));
    expect(stored(app, 'tp-1').momentOfTruth).toBe(true);

    const emotions = screen.getByRole('group', { name: en.present.capture.emotion });
    expect(
      within(emotions)
        .getAllByRole('button')
        .map((b) => b.getAttribute('value')),
    ).toEqual(['-2', '-1', '0', '1', '2']);
    await user.click(within(emotions).getByRole('button', { name: EMOTION_LABELS[-2].en }));
    expect(stored(app, 'tp-1').emotion).toBe(-2);
    expect(within(emotions).getByRole('button', { name: EMOTION_LABELS[-2].en })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const note = screen.getByRole('textbox', { name: en.present.capture.note });
    const add = screen.getByRole('button', { name: en.present.capture.addNote });
    expect(add).toBeDisabled();
    await user.type(note, 'Sales say the form is too long');
    await user.click(add);
    const notes = stored(app, 'tp-1').notes.split('\n');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toBe('Existing evidence.');
    expect(notes[1]).toMatch(/^.+\d.*: Sales say the form is too long$/);
    expect(note).toHaveValue('');
    expect(screen.getByTestId('present-notes')).toHaveTextContent('Sales say the form is too long');

    // Saved like any edit.
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'));
    const loaded = await app.repository.load(journey.id);
    expect(loaded?.ok && loaded.journey.touchpoints[0]).toMatchObject({
      painPoint: true,
      momentOfTruth: true,
      emotion: -2,
    });

    // Ctrl+Z undoes, one capture at a time, while presenting.
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(stored(app, 'tp-1').notes).toBe('Existing evidence.');
    await user.keyboard('{Control>}z{/Control}');
    expect(stored(app, 'tp-1').emotion).toBeNull();
    await user.keyboard('{Control>}z{/Control}');
    expect(stored(app, 'tp-1').momentOfTruth).toBe(false);
    await user.keyboard('{Control>}z{/Control}');
    expect(stored(app, 'tp-1').painPoint).toBe(false);
    expect(stepText()).toBe('I sign the contract');
  });

  it('offers nothing to capture to someone watching on a read-only link', async () => {
    const journey = createEmptyJourney('Workshop', ['Join']);
    journey.touchpoints = [
      aTouchpoint({ id: 'tp-1', stageId: journey.stages[0].id, title: 'I sign the contract', channelId: 'web' }),
    ];
    const { app } = await present(journey, '?step=3');
    expect(screen.getByTestId('present-capture')).toBeInTheDocument();
    act(() => app.editor.getState().setReadOnly(true));
    expect(stepText()).toContain('I sign the contract');
    expect(screen.queryByTestId('present-capture')).not.toBeInTheDocument();
    expect(screen.queryByTestId('present-toggle-pain')).not.toBeInTheDocument();
  });

  it('leaves typing alone: keys in the note field neither step nor exit', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const { user } = await present(journey, '?step=3');
    const title = stepText();
    const note = screen.getByTestId('present-note');
    await user.click(note);
    await user.keyboard('a b{ArrowLeft}{PageDown}{Home}{End}');
    expect(stepText()).toBe(title);
    expect(note).toHaveValue('a b');
    await user.keyboard('{Escape}');
    expect(note).not.toHaveFocus();
    expect(screen.getByTestId('presentation')).toBeInTheDocument();
  });

  it('exits to the editor with Escape', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const { user } = await present(journey, '?step=5');
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('textbox', { name: en.editor.name })).toHaveValue(journey.name);
    expect(screen.queryByTestId('presentation')).not.toBeInTheDocument();
  });

  it('exits to the editor with the exit button', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const { user } = await present(journey);
    await user.click(screen.getByRole('button', { name: en.present.exit }));
    expect(await screen.findByRole('textbox', { name: en.editor.name })).toHaveValue(journey.name);
  });

  it('leaves full screen before going back to the editor', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const { user } = await present(journey);
    let fullscreen: Element | null = document.documentElement;
    let presentingWhenLeft = false;
    const exitFullscreen = vi.fn(() => {
      presentingWhenLeft = screen.queryByTestId('presentation') !== null;
      fullscreen = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    });
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreen });
    Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exitFullscreen });
    try {
      await user.click(screen.getByRole('button', { name: en.present.exit }));
      expect(await screen.findByRole('textbox', { name: en.editor.name })).toHaveValue(journey.name);
      expect(exitFullscreen).toHaveBeenCalledOnce();
      // Full screen ends first, the route after: Chromium then rebuilds the editor's layout once, not twice.
      expect(presentingWhenLeft).toBe(true);
    } finally {
      Reflect.deleteProperty(document, 'fullscreenElement');
      Reflect.deleteProperty(document, 'exitFullscreen');
    }
  });

  it('says so when the journey is not stored', async () => {
    await act(() => renderApp('/journey/nope/present'));
    expect(await screen.findByTestId('load-problem')).toHaveTextContent(en.editor.missing);
  });

  it('J on a journey not shared says how to invite the room, until J again or the next step', async () => {
    const journey = instantiateTemplate(findTemplate('me-uno')!, 'en');
    const { user } = await present(journey);
    await user.keyboard('{ArrowRight}');
    await user.keyboard('j');
    expect(screen.getByTestId('present-join-needs-share')).toHaveTextContent(en.present.join.needsShare);
    await user.keyboard('j');
    expect(screen.queryByTestId('present-join-needs-share')).toBeNull();
    await user.keyboard('j');
    await user.keyboard('{ArrowRight}');
    expect(screen.queryByTestId('present-join-needs-share')).toBeNull();
  });
});
