import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, type RecorridoApp } from './support/fixtures';

async function select(page: Page, title: string) {
  await page.getByTestId('touchpoint').filter({ hasText: title }).click();
}

test('two tabs editing one journey never lose an edit, and each sees the other', async ({ app, page, context }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('touchpoint').first()).toBeVisible();

  // An edit in the first tab appears in the second without a reload.
  await select(page, 'I see an ad on social media');
  await page.getByTestId('field-title').fill('I see an ad on Instagram');
  await app.waitSaved();
  await expect(other.getByTestId('touchpoint').filter({ hasText: 'I see an ad on Instagram' })).toBeVisible();

  // Both tabs edit at once, neither having seen the other's edit: both edits are kept.
  await select(page, 'I compare plans on the website');
  await select(other, 'I check coverage at my address');
  await Promise.all([page.getByTestId('field-pain-point').check(), other.getByTestId('field-moment-of-truth').check()]);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  for (const tab of [page, other]) {
    await tab.reload();
    await expect(tab.getByTestId('touchpoint').filter({ hasText: 'I compare plans on the website' })).toHaveAttribute(
      'data-pain-point',
      'true',
    );
    await expect(tab.getByTestId('touchpoint').filter({ hasText: 'I check coverage at my address' })).toHaveAttribute(
      'data-moment-of-truth',
      'true',
    );
    await expect(tab.getByTestId('touchpoint').filter({ hasText: 'I see an ad on Instagram' })).toBeVisible();
  }
});

test('an edit saved in another tab leaves this tab’s undo alone: undo takes back exactly this tab’s edits', async ({
  app,
  page,
  context,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('touchpoint').first()).toBeVisible();

  // Tab A: three edits, each its own undo step (three different fields).
  await select(page, 'I see an ad on social media');
  await page.getByTestId('field-pain-point').check();
  await page.getByTestId('field-moment-of-truth').check();
  await page.getByTestId('field-title').fill('Edited in tab A');
  await app.waitSaved();

  // Tab B then saves an edit of its own, which reaches tab A.
  await select(other, 'I compare plans on the website');
  await other.getByTestId('field-title').fill('Edited in tab B');
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const fromB = page.getByTestId('touchpoint').filter({ hasText: 'Edited in tab B' });
  await expect(fromB).toBeVisible();

  // A's undo still has A's three steps, and takes back exactly those.
  const mine = page.getByTestId('touchpoint').filter({ hasText: 'Edited in tab A' });
  await expect(mine).toHaveAttribute('data-moment-of-truth', 'true');
  for (let i = 0; i < 3; i++) await page.getByTestId('undo').click();
  await expect(page.getByTestId('undo')).toBeDisabled();
  const original = page.getByTestId('touchpoint').filter({ hasText: 'I see an ad on social media' });
  await expect(original).toHaveAttribute('data-pain-point', 'false');
  await expect(original).toHaveAttribute('data-moment-of-truth', 'false');
  await expect(fromB).toBeVisible();

  // And B sees the result, B's own edit included.
  await expect(other.getByTestId('touchpoint').filter({ hasText: 'I see an ad on social media' })).toBeVisible();
  await expect(other.getByTestId('touchpoint').filter({ hasText: 'Edited in tab B' })).toBeVisible();
});

/**
 * Opens "Me uno" in `page`, moves it to the trash from a library in another tab of the same browser, and
 * waits for `page` to say so; returns that library tab.
 */
async function trashFromAnotherTab(app: RecorridoApp, page: Page, context: BrowserContext): Promise<Page> {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const library = await context.newPage();
  await library.goto('/?lang=en');
  await library.getByTestId('journey-card').first().getByTestId('delete-journey').click();
  await expect(page.getByTestId('in-trash')).toBeVisible();
  return library;
}

test('a journey moved to the trash from another tab says so in the tab editing it, which can restore it', async ({
  app,
  page,
  context,
}) => {
  const library = await trashFromAnotherTab(app, page, context);
  await page.getByTestId('restore-journey').click();
  await expect(page.getByTestId('in-trash')).toHaveCount(0);
  await library.reload();
  await expect(library.getByTestId('journey-card')).toHaveCount(1);
});

test('a journey deleted for good from another tab offers no restore that cannot work, and says it is gone', async ({
  app,
  page,
  context,
}) => {
  const library = await trashFromAnotherTab(app, page, context);
  await library.goto('/trash?lang=en');
  await library.getByTestId('empty-trash').click();
  await library.getByTestId('confirm').click();
  await expect(library.getByTestId('trashed-journey')).toHaveCount(0);
  await page.getByTestId('restore-journey').click();
  await expect(page.getByTestId('in-trash-gone')).toHaveText('This journey is no longer stored in this browser.');
  await expect(page.getByTestId('restore-journey')).toHaveCount(0);
});
