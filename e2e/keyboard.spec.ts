import type { Page } from '@playwright/test';
import { expect, test, type ExportedJourney } from './support/fixtures';

/** The card's focusable wrapper, where Tab puts the keyboard user. */
const focusCard = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).focus();
const touchpoint = (journey: ExportedJourney, id: string) => journey.touchpoints.find((t) => t.id === id)!;

test('arrow keys move a focused card on the canvas by the documented steps, as one undo step that survives a reload', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const before = await app.exportedJourney();
  const id = before.touchpoints[0].id;
  const start = touchpoint(before, id).position;

  // The help states the steps the keys use.
  await page.getByTestId('shortcuts-open').click();
  await expect(page.getByTestId('shortcuts-help').getByRole('row', { name: /Move the selection/ })).toContainText(
    'by 12 (with Shift, 60)',
  );
  await page.keyboard.press('Escape');

  await focusCard(page, id);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await app.waitSaved();
  const moved = touchpoint(await app.exportedJourney(), id).position;
  expect(moved).toEqual({ x: start.x + 36, y: start.y + 60 });

  // One burst of presses is one undo step.
  await page.getByTestId('undo').click();
  await app.waitSaved();
  expect(touchpoint(await app.exportedJourney(), id).position).toEqual(start);
  await page.getByTestId('redo').click();
  await app.waitSaved();

  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  expect(touchpoint(await app.exportedJourney(), id).position).toEqual(moved);
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('in the blueprint, arrow keys move a focused card to the next stage and lane, as one undo step that survives a reload', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const before = await app.exportedJourney();
  const card = before.touchpoints.find((t) => t.functionId === 'marketing' && t.stageId === before.stages[0].id)!;
  await page.getByTestId('view-blueprint').click();
  await expect(page.getByTestId('lane-header').first()).toBeVisible();

  await focusCard(page, card.id);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await app.waitSaved();
  const after = touchpoint(await app.exportedJourney(), card.id);
  expect(after.stageId).toBe(before.stages[1].id);
  expect(after.position.x).toBeGreaterThan(card.position.x);
  expect(after.functionId).toBe('sales');
  // The inspector shows the same journey the grid draws.
  await expect(page.getByTestId('field-function')).toHaveValue('sales');

  await page.getByTestId('undo').click();
  await app.waitSaved();
  const undone = touchpoint(await app.exportedJourney(), card.id);
  expect([undone.stageId, undone.functionId, undone.position]).toEqual([card.stageId, 'marketing', card.position]);
  await page.getByTestId('redo').click();
  await app.waitSaved();

  // The free canvas draws the card where the journey has it, before and after a reload.
  await page.getByTestId('view-canvas').click();
  const node = page.locator(`.react-flow__node[data-id="${card.id}"]`);
  const stageHeader = page.locator(`[data-testid="stage-header"][data-stage-id="${before.stages[1].id}"]`);
  const [cardBox, headerBox] = [await node.boundingBox(), await stageHeader.boundingBox()];
  expect(cardBox!.x + cardBox!.width / 2).toBeGreaterThan(headerBox!.x);
  expect(cardBox!.x + cardBox!.width / 2).toBeLessThan(headerBox!.x + headerBox!.width);
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  const reloaded = touchpoint(await app.exportedJourney(), card.id);
  expect([reloaded.stageId, reloaded.functionId]).toEqual([before.stages[1].id, 'sales']);
});

test('Ctrl+Z while renaming a stage undoes the rename as the journey’s undo, not the field’s', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const oldName = (await app.exportedJourney()).stages[0].name;
  await page.getByTestId('stage-header').first().dblclick();
  const input = page.getByTestId('stage-name-input');
  await input.press('End');
  await input.pressSequentially(' ABC');
  await expect(input).toHaveValue(`${oldName} ABC`);
  await input.press('ControlOrMeta+z');
  await expect(input).toHaveValue(oldName);
  await input.press('Enter');
  await app.waitSaved();
  expect((await app.exportedJourney()).stages[0].name).toBe(oldName);
});

test('Ctrl+Z in an inspector field undoes the whole edit, as the toolbar does, and Ctrl+Shift+Z redoes it', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const { id } = (await app.exportedJourney()).touchpoints[0];
  const card = page.locator(`[data-testid="touchpoint"][data-touchpoint-id="${id}"]`);
  await card.click();
  const title = page.getByTestId('field-title');
  const description = page.getByTestId('field-description');
  const oldTitle = await title.inputValue();
  const oldDescription = await description.inputValue();

  await title.press('ControlOrMeta+a');
  await title.pressSequentially('Visit the website');
  await expect(card).toContainText('Visit the website');

  // One press brings the whole old title back, on the card and in the field, which keeps the focus.
  await title.press('ControlOrMeta+z');
  await expect(title).toHaveValue(oldTitle);
  await expect(card).toContainText(oldTitle);
  await expect(card).not.toContainText('Visit the website');
  await expect(title).toBeFocused();
  await title.press('ControlOrMeta+Shift+z');
  await expect(title).toHaveValue('Visit the website');
  await expect(card).toContainText('Visit the website');

  // Typed in the middle, undone: the caret stays where the typing was, so the next key lands there.
  await title.press('Home');
  for (let i = 0; i < 5; i++) await title.press('ArrowRight');
  await title.pressSequentially(' out');
  await expect(title).toHaveValue('Visit out the website');
  await title.press('ControlOrMeta+z');
  await expect(title).toHaveValue('Visit the website');
  await title.press('Q');
  await expect(title).toHaveValue('VisitQ the website');
  await title.press('ControlOrMeta+z');
  await expect(title).toHaveValue('Visit the website');

  // After an edit of another field, an undo there undoes that edit only; the next key lands at the end.
  await description.press('ControlOrMeta+End');
  await description.pressSequentially(' From the phone.');
  await expect(description).toHaveValue(`${oldDescription} From the phone.`);
  await description.press('ControlOrMeta+z');
  await expect(description).toHaveValue(oldDescription);
  await expect(title).toHaveValue('Visit the website');
  await expect(description).toBeFocused();
  await description.press('!');
  await expect(description).toHaveValue(`${oldDescription}!`);
  await app.waitSaved();

  // A field of a dialog that is not the journey's keeps the browser's own undo.
  await page.getByTestId('share-journey').click();
  const name = page.getByTestId('share-name');
  await name.fill('');
  await name.pressSequentially('Ana');
  await name.press('ControlOrMeta+z');
  await expect(name).not.toHaveValue('Ana');
  await page.keyboard.press('Escape');
  await expect(description).toHaveValue(`${oldDescription}!`);
  await expect(title).toHaveValue('Visit the website');
});

test('cards added with N and a stage added from the toolbar come into view, in the canvas and the blueprint', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  const canvas = page.getByTestId('canvas');
  for (const view of ['canvas', 'blueprint'] as const) {
    if (view === 'blueprint') await page.getByTestId('view-blueprint').click();
    for (let i = 0; i < 4; i++) {
      await canvas.click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('n');
      // The new card is the one selected; below the cards at the view's centre it may land low.
      const added = page.locator('.react-flow__node-touchpoint.selected');
      await expect(added).toHaveCount(1);
      await expect(added).toBeInViewport({ ratio: 0.95 });
    }
  }
  await page.getByTestId('add-stage').click();
  const stages = (await app.exportedJourney()).stages;
  await expect(
    page.locator(`[data-testid="stage-header"][data-stage-id="${stages.at(-1)!.id}"]`).first(),
  ).toBeInViewport();
});

test('touchpoints added one after another from the keyboard: N, a title, Enter or Escape, N again', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  const before = (await app.exportedJourney()).touchpoints.length;
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  const titles = ['Recibo la primera factura', 'Llamo para dar de baja la línea antigua', 'Uno'];
  for (const [i, title] of titles.entries()) {
    await page.keyboard.press('n');
    await expect(page.getByTestId('field-title')).toBeFocused();
    await page.keyboard.type(title);
    // Enter ends a title, as in a design tool's text box; Escape leaves any inspector field. Either way the
    // keyboard is back on the new card, not in its title.
    await page.keyboard.press(i === 1 ? 'Escape' : 'Enter');
    await expect(page.locator('.react-flow__node-touchpoint.selected')).toBeFocused();
  }
  // Typed at once after N, with no pause: every letter lands in the new title.
  await page.keyboard.press('n');
  await page.keyboard.type('Cuarto');
  await page.keyboard.press('Enter');
  await app.waitSaved();
  const added = (await app.exportedJourney()).touchpoints.slice(before).map((t) => t.title);
  expect(added).toEqual([...titles, 'Cuarto']);
});

test('Escape cancels renaming a stage or the journey, even after a pause long enough to write the typing', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  const before = await app.exportedJourney();
  const stageName = before.stages[0].name;

  await page.getByTestId('stage-header').first().dblclick();
  const input = page.getByTestId('stage-name-input');
  await input.press('ControlOrMeta+a');
  await input.pressSequentially('XXXX');
  // Typing is written to the journey once it pauses (300 ms), and undo steps merge within 1.5 s: Escape comes
  // after both, so the typing is a step of its own that Escape must take out.
  await page.waitForTimeout(1800);
  await input.press('Escape');
  await expect(page.getByTestId('stage-header').first()).toContainText(stageName);
  // The keyboard is back on the stage's name, not on the page.
  await expect(page.getByTestId('stage-header').first().locator('.stage-column__name')).toBeFocused();
  // The cancelled typing left the history: Ctrl+Z does not bring it back.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('stage-header').first()).toContainText(stageName);

  const journeyName = page.getByTestId('journey-name');
  await journeyName.click();
  await journeyName.press('ControlOrMeta+a');
  await journeyName.pressSequentially('YYY');
  await page.waitForTimeout(700);
  await journeyName.press('Escape');
  await expect(journeyName).toHaveValue(before.name);
  await expect(journeyName).not.toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(journeyName).toHaveValue(before.name);

  await app.waitSaved();
  const after = await app.exportedJourney();
  expect(after.stages[0].name).toBe(stageName);
  expect(after.name).toBe(before.name);
});

test('a stage is reordered from the keyboard: Ctrl/⌘+Shift+arrows on its name, again and again, and undone', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const before = await app.exportedJourney();
  const [first, second] = before.stages;
  const header = page.locator(`[data-testid="stage-header"][data-stage-id="${first.id}"]`).first();
  await header.locator('.stage-column__name').focus();
  // Pressed again, the same stage goes on moving: the keyboard stays on its name.
  await page.keyboard.press('ControlOrMeta+Shift+ArrowRight');
  await expect(page.getByTestId('stage-header').nth(1)).toHaveAttribute('data-stage-id', first.id);
  await page.keyboard.press('ControlOrMeta+Shift+ArrowRight');
  await expect(page.getByTestId('stage-header').nth(2)).toHaveAttribute('data-stage-id', first.id);
  await page.keyboard.press('ControlOrMeta+Shift+ArrowLeft');
  await expect(page.getByTestId('stage-header').nth(1)).toHaveAttribute('data-stage-id', first.id);
  // Its touchpoints went with it.
  await app.waitSaved();
  const moved = await app.exportedJourney();
  expect(moved.stages.map((s) => s.id).slice(0, 2)).toEqual([second.id, first.id]);
  const xOf = (journey: typeof before, stageId: string) =>
    journey.touchpoints.filter((t) => t.stageId === stageId).map((t) => t.position.x);
  expect(Math.min(...xOf(moved, first.id))).toBeGreaterThan(Math.max(...xOf(moved, second.id)));
  // At the left end it stays put; undo takes each move back.
  for (let i = 0; i < 3; i++) await page.getByTestId('undo').click();
  await expect(page.getByTestId('stage-header').first()).toHaveAttribute('data-stage-id', first.id);
  await page.getByTestId('stage-header').first().locator('.stage-column__name').focus();
  await page.keyboard.press('ControlOrMeta+Shift+ArrowLeft');
  await expect(page.getByTestId('stage-header').first()).toHaveAttribute('data-stage-id', first.id);
});

test('a card held on Shift+→ stops at the last column, and a file with one far off the map is mended', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const journey = await app.exportedJourney();
  const id = journey.touchpoints[0].id;
  await focusCard(page, id);
  for (let i = 0; i < 120; i++) await page.keyboard.press('Shift+ArrowRight');
  await app.waitSaved();
  const moved = await app.exportedJourney();
  const last = moved.stages.at(-1)!;
  expect(touchpoint(moved, id).stageId).toBe(last.id);
  const total = moved.stages.reduce((sum, s) => sum + s.width, 0);
  expect(touchpoint(moved, id).position.x).toBeLessThan(total);

  // A file whose card sits at x = 20,000: imported, it is back in its stage's column, listed as mended, and
  // the map shows its stages and cards.
  const file = { format: 'recorrido.journey', version: 3, journey: structuredClone(journey) };
  file.journey.id = 'far-off-the-map';
  file.journey.name = 'Far card';
  file.journey.touchpoints[0].position = { x: 20_000, y: 5 };
  await app.backToLibrary();
  await page.getByTestId('import-journey-input').setInputFiles({
    name: 'far.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByTestId('import-warnings')).toContainText('moved into the column of its stage');
  await page.getByRole('link', { name: 'Far card' }).first().click();
  await expect(page.getByTestId('stage-header').first()).toBeInViewport();
  await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeInViewport();
});

test('a persona removed from the journey settings by keyboard: Escape keeps it and the dialog, Ctrl+Z brings it back', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await page.getByTestId('import-journey-input').setInputFiles({
    name: 'quejo.mmd',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'journey\n  title Me quejo\n  section Detecto\n    Veo un cobro raro: 1: Ana, Luis\n    Llamo al banco: 2: Ana, Luis\n',
    ),
  });
  await expect(page.getByTestId('import-done')).toBeVisible();
  await page.getByTestId('open-journey').filter({ hasText: 'Me quejo' }).click();
  await page.getByTestId('journey-settings-open').click();
  const settings = page.getByTestId('journey-settings');
  const remove = settings.getByRole('button', { name: 'Remove Luis' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const question = settings.getByTestId('persona-remove-confirm');
  await expect(question).toContainText('Its emotions on 2 touchpoints go with it.');

  // Escape answers the question, not the dialog: both personas stay, the focus back where it was.
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(settings).toBeVisible();
  await expect(remove).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(settings.getByTestId('persona')).toHaveCount(1);
  // The focus stays in the dialog, so the journey's undo is one key away.
  await expect(settings.getByTestId('persona-name').first()).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(settings.getByTestId('persona')).toHaveCount(2);
  await expect(settings.getByTestId('persona-name').nth(1)).toHaveValue('Luis');
});
