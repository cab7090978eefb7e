import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function download(page: Page, testId: string, openMenu = true): Promise<Download> {
  if (openMenu) await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

test('downloads the blueprint as PDF, PNG, JSON and CSV, and the JSON imports back as a copy', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  const titles = await page
    .getByTestId('touchpoint')
    .evaluateAll((nodes) => nodes.map((n) => n.querySelector('.touchpoint__title')!.textContent!));

  // PDF: choose A3 landscape in the dialog, see the page count, download; read it back with poppler.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-pdf').click();
  await page.getByTestId('pdf-page-size').selectOption('a3');
  await expect(page.getByTestId('pdf-page-count')).toContainText(/\d+ página/);
  const countPages = async () => Number((await page.getByTestId('pdf-page-count').textContent())!.match(/\d+/)![0]);
  const withoutImage = await countPages();
  await page.getByTestId('pdf-map-image').check();
  await expect.poll(countPages).toBe(withoutImage + 1);
  const pages = await countPages();
  const pdf = await download(page, 'pdf-download', false);
  expect(pdf.suggestedFilename()).toBe('Me uno.pdf');
  const pdfPath = await pdf.path();
  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  expect(Number(info.match(/Pages:\s+(\d+)/)![1])).toBe(pages);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString().replace(/\s+/g, ' ');
  for (const word of ['Me informo', 'Lleno mi contrato', 'Lo odio', '¡Wow!']) expect(text).toContain(word);
  for (const title of titles) expect(text.replace(/- /g, '')).toContain(title.split(' ')[0]);

  // PNG: the whole map at 2x, whatever part of it is on screen.
  const png = readFileSync(await (await download(page, 'export-png')).path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const extent = await page.evaluate(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-touchpoint')];
    const xs = nodes.map((n) => new DOMMatrixReadOnly(getComputedStyle(n).transform).m41);
    const ys = nodes.map((n) => new DOMMatrixReadOnly(getComputedStyle(n).transform).m42);
    return { width: Math.max(...xs) - Math.min(...xs) + 240, height: Math.max(...ys) - Math.min(...ys) + 120 };
  });
  expect(width).toBeGreaterThanOrEqual(extent.width * 2);
  expect(height).toBeGreaterThanOrEqual(extent.height * 2);

  // CSV: UTF-8 with BOM, Spanish text intact, one row per touchpoint.
  const csv = readFileSync(await (await download(page, 'export-csv')).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csv.toString('utf8').trimEnd().split('\r\n');
  expect(rows).toHaveLength(titles.length + 1);
  expect(rows[0]).toContain('Función responsable');

  // JSON: a versioned journey file that imports back as a copy beside the original.
  const json = await download(page, 'export-json');
  const file = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'recorrido.journey', version: 1, journey: { name: 'Me uno' } });
  await app.backToLibrary();
  await page.getByTestId('import-journey-input').setInputFiles(await json.path());
  await expect(page.getByTestId('import-done')).toBeVisible();
  await expect(app.cards()).toHaveCount(2);
});

test('a bad journey file shows what is wrong and changes nothing', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-voy');
  await app.backToLibrary();
  await page.getByTestId('import-journey-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"recorrido.journey","version":7,"journey":{}}'),
  });
  await expect(page.getByTestId('import-error')).toContainText('newer version');
  await expect(app.cards()).toHaveCount(1);
  await page.getByTestId('import-journey-input').setInputFiles({
    name: 'truncated.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"recorrido.journey","vers'),
  });
  await expect(page.getByTestId('import-error')).toContainText('not valid JSON');
  await page.reload();
  await expect(app.cards()).toHaveCount(1);
});
