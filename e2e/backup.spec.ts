import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

test('when the browser clears storage, the library says so and a backup brings every journey back', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await app.backToLibrary();
  await app.createFromTemplate('me-quejo');
  await app.backToLibrary();
  await expect(page.getByTestId('backup-reminder')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-all').click()]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(backup.journeys).toHaveLength(2);
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });
  await page.reload();
  await expect(page.getByTestId('storage-cleared')).toBeVisible();
  await expect(app.cards()).toHaveCount(0);

  await page.getByTestId('restore-backup-input').setInputFiles(await download.path());
  await expect(page.getByTestId('backup-done')).toContainText('2 journeys back');
  await expect(app.cards()).toHaveCount(2);
  await page.reload();
  await expect(app.cards()).toHaveCount(2);
  await expect(page.getByTestId('storage-cleared')).toHaveCount(0);
});

test('a restored backup counts what it did in words that agree with each number', async ({ app, page }) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  await app.backToLibrary();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-all').click()]);
  const file = await download.path();
  // The journey is still here: restoring brings nothing back and says the one journey already was.
  await page.getByTestId('restore-backup-input').setInputFiles(file);
  await expect(page.getByTestId('backup-done')).toHaveText(
    'Copia restaurada: 0 recorridos recuperados, 0 añadidos como copia, 1 ya estaba, 0 ilegibles.',
  );
});

test('a backup of a journey edited since comes in as a dated copy, listed below the journey as it is now', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  await app.backToLibrary();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-all').click()]);
  const card = await app.cardById(app.card('Me uno'));
  await card.getByTestId('rename-journey').click();
  await card.getByRole('textbox').fill('Me uno (rediseño)');
  await card.getByRole('textbox').press('Enter');
  await expect(app.card('Me uno (rediseño)')).toBeVisible();

  await page.getByTestId('restore-backup-input').setInputFiles(await download.path());
  await expect(page.getByTestId('backup-done')).toContainText('1 añadido como copia');
  // The date as the page writes it (its time zone and ICU, not the test runner's).
  const today = await page.evaluate(() => new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(new Date()));
  await expect(app.cards().getByRole('heading')).toHaveText(['Me uno (rediseño)', `Me uno (copia del ${today})`]);
  // Restored again, the backup finds its copy already here.
  await page.getByTestId('restore-backup-input').setInputFiles(await download.path());
  await expect(page.getByTestId('backup-done')).toContainText('0 añadidos como copia, 1 ya estaba');
  await expect(app.cards()).toHaveCount(2);
});
