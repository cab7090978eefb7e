import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function rename(page: Page, from: string, to: string) {
  await page.getByTestId('touchpoint').filter({ hasText: from }).locator('.touchpoint__title').click();
  await page.getByTestId('field-title').fill(to);
  await expect(page.getByTestId('touchpoint').filter({ hasText: to })).toBeVisible();
}

test('a named version is restored from the history, undone, and the history survives a reload', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const touchpoints = page.getByTestId('touchpoint');
  const count = await touchpoints.count();

  await rename(page, 'I see an ad on social media', 'I see an ad on Instagram');
  await app.waitSaved();

  // Save the map as it is now, under a name.
  await page.getByTestId('history-open').click();
  const dialog = page.getByTestId('history-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('snapshot-name').fill('After the first workshop');
  await dialog.getByTestId('snapshot-save').click();
  await expect(dialog.getByTestId('snapshot-item').filter({ hasText: 'After the first workshop' })).toBeVisible();
  await dialog.getByTestId('history-close').click();
  await expect(dialog).toHaveCount(0);

  // Change more: another rename and a new touchpoint.
  await rename(page, 'I compare plans on the website', 'I compare prices');
  await page.getByTestId('add-touchpoint').click();
  await expect(touchpoints).toHaveCount(count + 1);
  await page.keyboard.type('I ask a friend');
  await app.waitSaved();

  // Restore the named version from the dialog, after looking at its preview.
  await page.getByTestId('history-open').click();
  await dialog.getByTestId('snapshot-item').filter({ hasText: 'After the first workshop' }).click();
  const preview = dialog.getByTestId('snapshot-preview');
  await expect(preview).toContainText('I see an ad on Instagram');
  await expect(preview).toContainText(`${count} touchpoints`);
  await dialog.getByTestId('snapshot-restore').click();
  await expect(dialog).toHaveCount(0);

  await expect(touchpoints).toHaveCount(count);
  await expect(touchpoints.filter({ hasText: 'I see an ad on Instagram' })).toBeVisible();
  await expect(touchpoints.filter({ hasText: 'I compare plans on the website' })).toBeVisible();
  await expect(touchpoints.filter({ hasText: 'I compare prices' })).toHaveCount(0);
  await expect(touchpoints.filter({ hasText: 'I ask a friend' })).toHaveCount(0);
  await app.waitSaved();

  // Restoring was one step: undo brings back everything it replaced.
  await page.getByTestId('undo').click();
  await expect(touchpoints).toHaveCount(count + 1);
  await expect(touchpoints.filter({ hasText: 'I compare prices' })).toBeVisible();
  await expect(touchpoints.filter({ hasText: 'I ask a friend' })).toBeVisible();
  await expect(touchpoints.filter({ hasText: 'I see an ad on Instagram' })).toBeVisible();
  await app.waitSaved();

  // After a reload the map is as left and the history still holds the versions.
  await page.reload();
  await expect(touchpoints).toHaveCount(count + 1);
  await expect(touchpoints.filter({ hasText: 'I ask a friend' })).toBeVisible();
  await page.getByTestId('history-open').click();
  const items = dialog.getByTestId('snapshot-item');
  await expect(items.filter({ hasText: 'After the first workshop' })).toHaveCount(1);
  await expect(dialog.locator('[data-testid="snapshot-item"][data-kind="named"]')).toHaveCount(1);
  await expect(dialog.locator('[data-testid="snapshot-item"][data-kind="before-restore"]')).toHaveCount(1);
  await expect(dialog.locator('[data-testid="snapshot-item"][data-kind="auto"]').first()).toBeVisible();
});
