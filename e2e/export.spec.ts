import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { curvePlaces } from '../src/domain/emotionCurve';
import type { Journey } from '../src/domain/journey';
import { CARD, cardBandHeight } from '../src/domain/look/card';
import { NO_FUNCTION_COLOR } from '../src/domain/look/colors';
import { curveY } from '../src/domain/look/curve';
import { mapGeometry } from '../src/export/png/geometry';
import { expect, test } from './support/fixtures';
import { readPixels } from './support/pixels';

async function download(page: Page, testId: string, openMenu = true): Promise<Download> {
  if (openMenu) await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

/** The PDF's text in content order (a wrapped title's lines one after another), whitespace collapsed. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString().replace(/\s+/g, ' ');
}

/** Touchpoint titles as the canvas shows them. */
function cardTitles(page: Page): Promise<string[]> {
  return page
    .getByTestId('touchpoint')
    .evaluateAll((nodes) => nodes.map((n) => n.querySelector('.touchpoint__title')!.textContent!));
}

/** WCAG relative luminance of 0..255 channels. */
function luminance(r: number, g: number, b: number): number {
  const c = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}

test('downloads the blueprint as PDF, PNG, JSON and CSV, and the JSON imports back as a copy', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  const titles = await cardTitles(page);

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
  const text = pdfText(pdfPath);
  for (const word of ['Me informo', 'Lleno mi contrato', 'Lo odio', '¡Wow!', 'Curva emocional']) {
    expect(text).toContain(word);
  }
  // Every title whole, not just its first word: a title wrapped on a card reads on in content order.
  expect(titles.length).toBeGreaterThan(10);
  for (const title of titles) expect(text).toContain(title);

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
  expect(file).toMatchObject({ format: 'recorrido.journey', version: 3, journey: { name: 'Me uno' } });
  await app.backToLibrary();
  await page.getByTestId('import-journey-input').setInputFiles(await json.path());
  await expect(page.getByTestId('import-done')).toBeVisible();
  await expect(app.cards()).toHaveCount(2);
});

test('every title of the other templates appears whole in their English PDFs', async ({ app, page }) => {
  await app.openLibrary('en');
  for (const template of ['me-quejo', 'me-voy'] as const) {
    await app.createFromTemplate(template);
    const titles = await cardTitles(page);
    expect(titles.length).toBeGreaterThan(10);
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-pdf').click();
    await expect(page.getByTestId('pdf-page-count')).toContainText(/\d+ page/);
    const text = pdfText(await (await download(page, 'pdf-download', false)).path());
    for (const title of titles) expect(text).toContain(title);
    expect(text).toContain('MoT: Moment of truth');
    await app.backToLibrary();
  }
});

test('the PNG writes the "no function" label dark on its light band', async ({ app, page }) => {
  await app.openLibrary('es');
  await page.getByTestId('new-journey').click();
  await page.getByTestId('add-touchpoint').click();
  await page.keyboard.type('Llamo al centro de atención');
  await app.waitSaved();

  const file = JSON.parse(readFileSync(await (await download(page, 'export-json')).path(), 'utf8'));
  const journey = file.journey as Journey;
  const [touchpoint] = journey.touchpoints;
  expect(touchpoint.functionId).toBeNull();
  const png = readFileSync(await (await download(page, 'export-png')).path());

  // Where the exporter put the card: the same geometry functions, the image's pixel ratio from its size.
  const { bounds, cards } = mapGeometry(journey, 'canvas', { locale: 'es' });
  const card = cards.get(touchpoint.id)!;
  const ratio = png.readUInt32BE(16) / bounds.width;
  expect(ratio).toBeCloseTo(2, 1);
  // The band's label area: inside the rounded corners and the border, above the title.
  const band = {
    x: Math.ceil((card.x - bounds.x + CARD.radius) * ratio),
    y: Math.ceil((card.y - bounds.y + 2) * ratio),
    width: Math.floor((CARD.width - 2 * CARD.radius) * ratio),
    height: Math.floor((cardBandHeight(false) - 3) * ratio),
  };
  const pixels = await readPixels(page, png, band);
  expect(pixels.width).toBe(png.readUInt32BE(16));

  const [br, bg, bb] = [1, 3, 5].map((i) => parseInt(NO_FUNCTION_COLOR.slice(i, i + 2), 16));
  let bandColour = 0;
  let dark = 0;
  let light = 0;
  for (let i = 0; i < pixels.data.length; i += 4) {
    const [r, g, b] = pixels.data.slice(i, i + 3);
    if (Math.abs(r - br) + Math.abs(g - bg) + Math.abs(b - bb) <= 6) bandColour++;
    const l = luminance(r, g, b);
    if (l < 0.1) dark++;
    if (l > luminance(br, bg, bb) + 0.1) light++;
  }
  const total = pixels.data.length / 4;
  // Mostly the band's light slate; the label's strokes dark, none lighter than the band.
  expect(bandColour / total).toBeGreaterThan(0.5);
  expect(dark).toBeGreaterThan(50);
  expect(light).toBe(0);
});

test('the PNG draws the measure chosen over the emotion curve, and none when none is chosen', async ({ app, page }) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-quejo');
  await page.getByTestId('touchpoint').filter({ hasText: 'Espero al teléfono' }).click();
  await page.getByTestId('inspector').getByTestId('field-kpi-csat').fill('41');
  await page.getByTestId('inspector').getByTestId('field-evidence').click();
  await app.waitSaved();
  await page.getByTestId('curve-overlay').selectOption('kpiCsat');

  const file = JSON.parse(readFileSync(await (await download(page, 'export-json')).path(), 'utf8'));
  const journey = file.journey as Journey;
  const measured = journey.touchpoints.find((t) => t.kpiCsat === 41)!;
  const { bounds, curveTop } = mapGeometry(journey, 'canvas', { locale: 'es' });
  // CSAT's bar rises from the bottom guide (0 %) to 41 % of the way to the top one, centred under its curve
  // point. The point (Lo odio) sits on the bottom guide with its marks: read the bar's part well above them.
  const centre = curvePlaces(journey).find((place) => place.touchpoint.id === measured.id)!.x - bounds.x;
  const bottom = curveTop + curveY(-2) - bounds.y;
  const area = { left: centre - 4, top: bottom - 58, width: 8, height: 22 };
  const violetShare = async () => {
    const png = readFileSync(await (await download(page, 'export-png')).path());
    const ratio = png.readUInt32BE(16) / bounds.width;
    const rect = {
      x: Math.round(area.left * ratio),
      y: Math.round(area.top * ratio),
      width: Math.round(area.width * ratio),
      height: Math.round(area.height * ratio),
    };
    const { data } = await readPixels(page, png, rect);
    let violet = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 2] - data[i + 1] > 25) violet++;
    return violet / (data.length / 4);
  };

  expect(await violetShare()).toBeGreaterThan(0.6);
  await page.getByTestId('curve-overlay').selectOption('');
  expect(await violetShare()).toBeLessThan(0.05);
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
