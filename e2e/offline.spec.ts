import { expect, test } from './support/fixtures';

test('after one visit the app loads, edits, saves and exports with the network off', async ({ app, page, context }) => {
  await app.openLibrary('en');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit installs the service worker; from the next load on, it serves the app.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('new-journey')).toBeVisible();
  await app.createFromTemplate('me-voy');
  await page.getByTestId('journey-name').fill('Me voy, sin red');
  await app.waitSaved();

  for (const format of ['export-pdf', 'export-png', 'export-json']) {
    await page.getByTestId('export-menu').click();
    const trigger = format === 'export-pdf' ? 'pdf-download' : format;
    if (format === 'export-pdf') await page.getByTestId('export-pdf').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(trigger).click()]);
    expect(await download.failure()).toBeNull();
  }

  await page.reload();
  await expect(page.getByTestId('journey-name')).toHaveValue('Me voy, sin red');
  await context.setOffline(false);
});
