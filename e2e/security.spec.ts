import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'hostile-journey.json');

test('a malicious journey file is imported, shown, presented and exported as plain text: nothing runs', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await page.getByTestId('import-journey-input').setInputFiles(fixture);
  await expect(page.getByTestId('import-done')).toBeVisible();
  // Every string is text: the markup shows as typed.
  await expect(app.cards().first()).toContainText(`"><svg onload=alert('name')>`);

  await page.getByTestId('open-journey').first().click();
  const card = page.getByTestId('touchpoint').first();
  await expect(card).toContainText(`<img src=x onerror=alert('title')>`);
  await card.click();
  await expect(page.getByTestId('field-notes')).toHaveValue(/javascript:alert\('notes'\)/);

  // Presenting shows the note's safe link as a link and every script URL as plain text.
  await page.getByTestId('present').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const notes = page.getByTestId('present-notes');
  await expect(notes).toContainText("javascript:alert('notes')");
  const hrefs = await notes.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['https://ok.example/encuesta']);
  await page.keyboard.press('Escape');

  await page.getByTestId('export-menu').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(await csv.failure()).toBeNull();
  expect(await page.evaluate(() => (Object.prototype as { polluted?: boolean }).polluted)).toBeUndefined();
});
