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
