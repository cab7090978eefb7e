import { expect, test } from './support/fixtures';

test('each template becomes a journey that survives a reload, renamed', async ({ app, page }) => {
  await app.openLibrary('es');
  const templates = [
    { id: 'me-uno', name: 'Me uno', renamed: 'Me uno – fibra 2026' },
    { id: 'me-quejo', name: 'Me quejo', renamed: 'Me quejo por la factura' },
    { id: 'me-voy', name: 'Me voy', renamed: 'Me voy ¿por qué?' },
  ] as const;
  for (const template of templates) {
    await app.createFromTemplate(template.id);
    await expect(page.getByTestId('journey-name')).toHaveValue(template.name);
    expect(await page.getByTestId('touchpoint').count()).toBeGreaterThanOrEqual(12);
    expect(await page.getByTestId('stage-header').count()).toBeGreaterThanOrEqual(5);
    await app.backToLibrary();
  }
  await expect(app.cards()).toHaveCount(3);

  // Rename one on its card and one in the editor header.
  const card = await app.cardById(app.card('Me uno'));
  await card.getByTestId('rename-journey').click();
  await card.getByRole('textbox').fill(templates[0].renamed);
  await card.getByRole('textbox').press('Enter');
  await expect(app.card(templates[0].renamed)).toBeVisible();

  await app.card('Me quejo').getByTestId('open-journey').click();
  await page.getByTestId('journey-name').fill(templates[1].renamed);
  await app.waitSaved();

  await page.reload();
  await expect(page.getByTestId('journey-name')).toHaveValue(templates[1].renamed);
  await expect(page.getByTestId('touchpoint').first()).toBeVisible();

  await app.backToLibrary();
  await page.reload();
  await expect(app.cards()).toHaveCount(3);
  for (const name of [templates[0].renamed, templates[1].renamed, 'Me voy']) {
    await expect(app.card(name)).toBeVisible();
  }
  // The card shows the journey's figures.
  await expect(app.card('Me voy').getByTestId('touchpoint-count')).toContainText('18');
});

test('a deleted journey goes to the trash and comes back', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-quejo');
  await app.backToLibrary();
  const card = app.card('I complain');
  await card.getByTestId('delete-journey').click();
  await expect(app.cards()).toHaveCount(0);

  await page.reload();
  await expect(app.cards()).toHaveCount(0);
  await page.getByTestId('trash').click();
  await expect(page.getByTestId('trashed-journey')).toHaveCount(1);
  await page.getByTestId('restore-journey').click();
  await expect(page.getByTestId('trashed-journey')).toHaveCount(0);

  await page.goto('/');
  await expect(app.card('I complain')).toBeVisible();
});

test('an edit followed by a reload within 100 ms is not lost', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const name = page.getByTestId('journey-name');
  await name.fill('Onboarding, edited');
  await page.waitForTimeout(50);
  await page.reload();
  await expect(name).toHaveValue('Onboarding, edited');

  // Several quick edits, the last one immediately followed by navigation away.
  await name.fill('First');
  await name.fill('Second');
  await name.press('End');
  await name.pressSequentially(' and last');
  await page.reload();
  await expect(name).toHaveValue('Second and last');
});

test('back and forward move between the library and a journey', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-voy');
  const url = page.url();
  expect(url).toMatch(/\/journey\/[0-9a-f-]+$/);
  await page.goBack();
  await expect(page.getByTestId('new-journey')).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('journey-name')).toHaveValue('I leave');
  await expect(page).toHaveURL(url);
});

test('a click anywhere on a card that is not a control opens its journey; its curve shows the emotions', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-quejo');
  const url = page.url();
  await app.backToLibrary();
  await app.createFromTemplate('me-uno');
  await app.backToLibrary();

  // Found by id: while it is being renamed the card shows no name heading.
  const card = await app.cardById(app.card('I complain'));
  const curve = card.getByTestId('journey-card-curve');
  await expect(curve).toHaveAttribute('aria-label', /^Emotion curve: \d+ touchpoints, average [+\-−]?\d\.\d \(/);
  expect(await curve.locator('[data-emotion]').count()).toBeGreaterThanOrEqual(10);

  // A control on the card does its own job and opens nothing.
  await card.getByTestId('rename-journey').click();
  await card.getByRole('textbox').press('Escape');
  await expect(page.getByTestId('new-journey')).toBeVisible();

  // The curve, the figures: the card's body, not its name link.
  await card.getByTestId('touchpoint-count').click();
  await expect(page).toHaveURL(url);
  await expect(page.getByTestId('journey-name')).toHaveValue('I complain');
  await app.backToLibrary();
  await curve.click();
  await expect(page).toHaveURL(url);
  await expect(page.getByTestId('canvas')).toBeVisible();
});

test("the tab title is the journey's name, following a rename, and the app's name in the library", async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await expect(page).toHaveTitle('Recorrido');
  await app.createFromTemplate('me-uno');
  await expect(page).toHaveTitle('Me uno · Recorrido');

  await page.getByTestId('journey-name').fill('Me uno a la fibra');
  await expect(page).toHaveTitle('Me uno a la fibra · Recorrido');
  await app.waitSaved();

  await page.getByTestId('present').click();
  await expect(page.getByTestId('present-step').first()).toBeVisible();
  await expect(page).toHaveTitle('Me uno a la fibra · Recorrido');
  await page.getByTestId('present-exit').click();
  await expect(page.getByTestId('canvas')).toBeVisible();

  await app.backToLibrary();
  await expect(page).toHaveTitle('Recorrido');
  await page.getByTestId('trash').click();
  await expect(page).toHaveTitle('Recorrido');
});

test('closing the PDF dialog gives focus back to the export menu button', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-voy');
  const menuButton = page.getByTestId('export-menu');
  const dialog = page.getByTestId('pdf-dialog');

  // By pointer, closed with Cancel.
  await menuButton.click();
  await page.getByTestId('export-pdf').click();
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('pdf-page-count')).toContainText(/\d+ pages?/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(menuButton).toBeFocused();

  // By keyboard, closed with Escape.
  await page.keyboard.press('Enter');
  await page.getByTestId('export-pdf').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menuButton).toBeFocused();
});
