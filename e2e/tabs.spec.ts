import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

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
