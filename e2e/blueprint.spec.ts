import { expect, test } from './support/fixtures';

test('in the blueprint grid, moving a card to another lane changes its owning function', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await page.getByTestId('view-blueprint').click();
  await expect(page.getByTestId('lane-header')).toHaveCount(5);

  const card = page.getByTestId('touchpoint').first();
  const id = await card.getAttribute('data-touchpoint-id');
  await card.click();
  await expect(page.getByTestId('field-function')).toHaveValue('marketing');

  const lane = page.locator('[data-testid="lane-header"][data-lane-id="back-office"]');
  const from = (await card.locator('.touchpoint__title').boundingBox())!;
  const to = (await lane.boundingBox())!;
  await page.mouse.move(from.x + 10, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(from.x + 10, to.y + to.height + 30, { steps: 8 });
  await page.mouse.up();

  const moved = page.locator(`[data-testid="touchpoint"][data-touchpoint-id="${id}"]`);
  await moved.click();
  await expect(page.getByTestId('field-function')).toHaveValue('back-office');
  await app.waitSaved();

  // The free canvas is another view of the same journey: the card keeps its new function there.
  await page.getByTestId('view-canvas').click();
  await expect(page.getByTestId('lane-header')).toHaveCount(0);
  await page.reload();
  await moved.click();
  await expect(page.getByTestId('field-function')).toHaveValue('back-office');
});
