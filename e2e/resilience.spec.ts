import { expect, test } from './support/fixtures';

test('a crashed tab loses nothing that was shown as saved', async ({ app, page, context }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-quejo');
  await page.getByTestId('journey-name').fill('Me quejo, antes del fallo');
  await app.waitSaved();
  const url = page.url();

  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const next = await context.newPage();
  await next.goto(url);
  await expect(next.getByTestId('journey-name')).toHaveValue('Me quejo, antes del fallo');
});
