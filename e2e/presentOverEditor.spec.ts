import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** The canvas's pan and zoom as React Flow draws them (the viewport element's transform). */
const viewport = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((element) => getComputedStyle(element).transform);

test('the editor waits under the presentation: its keys do nothing there, and Escape finds it as it was', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await expect(page.getByTestId('touchpoint')).toHaveCount(18);

  // A view of the user's own (zoomed in over the canvas) and a selected card.
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  const card = page.getByTestId('touchpoint').nth(2);
  await card.click();
  const title = await page.getByTestId('field-title').inputValue();
  await app.waitSaved();
  const view = await viewport(page);
  const cardBox = await card.boundingBox();
  // Zoomed in, the cards out of view are not drawn (React Flow's culling): as many must be drawn after.
  const drawn = await page.getByTestId('touchpoint').count();

  await page.getByTestId('present').click();
  await expect(page.getByTestId('present-step')).toBeVisible();
  await expect(canvas).toBeHidden();
  // One main region on the page, the presentation's.
  await expect(page.locator('#main')).toHaveCount(1);
  await expect(page.locator('#main')).toHaveClass(/present__main/);
  // Nothing of the editor is read out or reachable with Tab.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByTestId('journey-name')).toBeHidden();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.editor') === null)).toBe(true);
  }

  // Keys the editor would take: Delete removes the selected card, N adds one, ArrowDown moves the card.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-progress')).toContainText('2 /');
  for (const key of ['Delete', 'n', 'ArrowDown']) await page.keyboard.press(key);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page).toHaveURL(/\/journey\/[^/]+$/);
  await expect(canvas).toBeVisible();
  await expect(page.getByTestId('touchpoint')).toHaveCount(drawn);
  await expect(page.getByTestId('field-title')).toHaveValue(title);
  await expect(page.getByTestId('present')).toBeFocused();
  expect(await viewport(page)).toBe(view);
  expect(await card.boundingBox()).toEqual(cardBox);
});

test('right after typing a title, the presentation shows full screen on its own, and Escape finds the title as typed', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await page.getByTestId('touchpoint').nth(1).click();
  const title = page.getByTestId('field-title');
  await title.click();
  await title.press('End');
  await title.pressSequentially(' now');
  const typed = await title.inputValue();
  await app.waitSaved();

  await page.getByTestId('present').click();
  await expect(page.getByTestId('present-step')).toBeVisible();
  // Full screen shows the presentation alone; the page's text selection (the caret left in the title field)
  // is no longer in the hidden editor.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const shown = document.fullscreenElement;
        return shown !== null && shown.contains(document.querySelector('[data-testid="presentation"]'));
      }),
    )
    .toBe(true);
  expect(await page.evaluate(() => document.fullscreenElement?.querySelector('.editor') != null)).toBe(false);
  expect(
    await page.evaluate(() => {
      const anchor = document.getSelection()?.anchorNode ?? null;
      return anchor !== null && document.querySelector('.editor')!.contains(anchor);
    }),
  ).toBe(false);

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-progress')).toContainText('2 /');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.getByTestId('present')).toBeFocused();
  await expect(title).toHaveValue(typed);
  await expect(page.getByTestId('touchpoint').nth(1)).toContainText(typed);
});
