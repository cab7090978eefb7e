import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadPagesFor } from '../app/pages';
import { newTouchpoint } from '../domain/commands/touchpointCommands';
import { createEmptyJourney } from '../domain/factory';
import type { Emotion, Journey } from '../domain/journey';
import { createToBe } from '../domain/versions/toBe';
import { en } from '../i18n/en';
import type { Services } from '../store/services';
import { cards, findCard, renderLibrary, seed } from '../test/libraryTestKit';
import { closeTestServices } from '../test/testServices';

afterEach(closeTestServices);

// With the editor's code loaded, opening a journey renders its page in the same act() as the click, so a
// click that should not open it can be checked right away. Transforming that code takes a while on a busy
// machine: it is done here, not inside a test's 5 s.
beforeAll(() => preloadPagesFor('/journey/any'), 60_000);

const inEditor = () => screen.queryByTestId('open-library') !== null;
const inLibrary = () => screen.queryByRole('heading', { level: 1, name: en.library.title }) !== null;

/**
 * A journey whose array order is not its journey order: the stage-2 touchpoint comes first, and in stage 1
 * the lower card comes before the upper one. One touchpoint has no emotion.
 */
function curvedJourney(): Journey {
  const journey = createEmptyJourney('Me quejo', ['Detecto', 'Reclamo']);
  const [first, second] = journey.stages;
  const at = (stageId: string, y: number, emotion: Emotion | null, title: string) =>
    newTouchpoint(journey, { x: 20, y }, { stageId, emotion, title });
  journey.touchpoints = [
    at(second.id, 100, 2, 'Me devuelven el dinero'),
    at(first.id, 300, 1, 'Me atienden'),
    at(first.id, 200, null, 'Espero'),
    at(first.id, 100, -2, 'Me cobran dos veces'),
  ];
  return journey;
}

/** The marks of a card's curve, as the emotions they stand for, left to right. */
function curveMarks(card: HTMLElement): number[] {
  const curve = within(card).getByTestId('journey-card-curve');
  return [...curve.querySelectorAll('[data-emotion]')].map((mark) => Number(mark.getAttribute('data-emotion')));
}

describe('a journey card', () => {
  it('opens its journey on a click anywhere on its body, not only on the name link', async () => {
    const { user, app } = await renderLibrary();
    await seed(app, 'Onboarding', 'Billing');
    const card = await findCard('Onboarding');

    await user.click(within(card).getByTestId('touchpoint-count'));

    expect(await screen.findByRole('textbox', { name: en.editor.name })).toHaveValue('Onboarding');
  });

  it('names a journey stored without a name "Untitled journey", link and actions alike', async () => {
    const { app } = await renderLibrary();
    await seed(app, createEmptyJourney('', ['One']));
    const card = await findCard(en.library.untitled);
    expect(within(card).getByTestId('open-journey')).toHaveTextContent(en.library.untitled);
    expect(
      within(card).getByRole('group', { name: en.card.actions.replace('{{name}}', en.library.untitled) }),
    ).toBeVisible();
  });

  it('opens it from a click on the card itself, between its parts', async () => {
    const { user, app } = await renderLibrary();
    await seed(app, 'Onboarding');

    await user.click(await findCard('Onboarding'));

    expect(await screen.findByRole('textbox', { name: en.editor.name })).toHaveValue('Onboarding');
  });

  it('does not open it from its controls, the bar around them, or while renaming', async () => {
    const { user, app } = await renderLibrary();
    await seed(app, 'Onboarding');
    const card = await findCard('Onboarding');

    await user.click(within(card).getByRole('button', { name: en.card.duplicate }));
    await findCard('Onboarding (copy)');
    expect([inLibrary(), inEditor()]).toEqual([true, false]);

    await user.click(within(card).getByRole('group', { name: 'Actions for Onboarding' }));
    expect([inLibrary(), inEditor()]).toEqual([true, false]);

    await user.click(within(card).getByRole('button', { name: en.card.rename }));
    const input = within(card).getByRole('textbox', { name: 'New name for Onboarding' });
    await user.click(input);
    await user.click(within(card).getByTestId('touchpoint-count'));
    expect(input).toBeInTheDocument();
    expect([inLibrary(), inEditor()]).toEqual([true, false]);
  });

  it('does not open it when the click ends a text selection', async () => {
    const { app } = await renderLibrary();
    await seed(app, 'Onboarding');
    const figure = within(await findCard('Onboarding')).getByTestId('touchpoint-count');

    window.getSelection()!.selectAllChildren(figure);
    fireEvent.click(figure);
    expect([inLibrary(), inEditor()]).toEqual([true, false]);

    window.getSelection()!.removeAllRanges();
    fireEvent.click(figure);
    expect(await screen.findByRole('textbox', { name: en.editor.name })).toHaveValue('Onboarding');
  });

  it('draws one curve mark per touchpoint with an emotion, in journey order, and says what it shows', async () => {
    const { app } = await renderLibrary();
    await seed(app, curvedJourney(), 'Empty');
    const card = await findCard('Me quejo');

    expect(curveMarks(card)).toEqual([-2, 1, 2]);
    // Average (-2 + 1 + 2) / 3 = +0.3, nearest to "I don't mind".
    expect(within(card).getByTestId('journey-card-curve')).toHaveAccessibleName(
      "Emotion curve: 3 touchpoints, average +0.3 (I don't mind)",
    );

    const empty = await findCard('Empty');
    expect(curveMarks(empty)).toEqual([]);
    expect(within(empty).getByTestId('journey-card-curve')).toHaveAccessibleName(en.curve.empty);
  });

  it('shows the curve of a journey stored by an earlier build, whose row has no curve', async () => {
    const journey = curvedJourney();
    const stripCurve = async ({ repository }: Services) => {
      await repository.create(journey);
      const meta = (await repository.db.journeys.get(journey.id))!;
      const { curve: _, ...counts } = meta.summary;
      await repository.db.journeys.put({ ...meta, summary: counts });
    };
    await renderLibrary('/', 'en', stripCurve);

    const card = await findCard('Me quejo');
    expect(cards()).toHaveLength(1);
    expect(curveMarks(card)).toEqual([-2, 1, 2]);
  });
});

describe('the card of an as-is and of its to-be', () => {
  it('says which is which', async () => {
    const { app } = await renderLibrary();
    const asIs = curvedJourney();
    await seed(app, asIs, createToBe(asIs, 'Me quejo (to-be)'));
    const state = async (name: string) =>
      within(await findCard(name))
        .getByTestId('journey-state')
        .getAttribute('data-state');
    expect(await state('Me quejo')).toBe('as-is');
    expect(await state('Me quejo (to-be)')).toBe('to-be');
    expect(within(await findCard('Me quejo (to-be)')).getByTestId('journey-state')).toHaveTextContent('To-be');
  });
});
