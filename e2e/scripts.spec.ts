// Issue 12: the PDF shows every word as it was written, in any script; connection labels in PDF and PNG.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { FONT_STACK } from '../src/domain/look/themes';
import { restoreJourney } from '../src/domain/restore';
import { mapGeometry } from '../src/export/png/geometry';
import { expect, test } from './support/fixtures';
import { readPixels } from './support/pixels';
import {
  HANDOFF_LABEL,
  HIEROGLYPH_TITLE,
  LINK_LABEL,
  SCRIPTS,
  scriptsJourneyFile,
  UNDRAWABLE_TITLE,
} from './support/scriptsJourney';

async function importJourney(page: Page, file: object) {
  await page.getByTestId('import-journey-input').setInputFiles({
    name: 'journey.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByTestId('import-done')).toBeVisible();
}

async function openJourney(page: Page, name: string) {
  await page.getByTestId('journey-card').filter({ hasText: name }).getByTestId('open-journey').click();
  await expect(page.getByTestId('canvas')).toBeVisible();
}

async function download(page: Page, testId: string, openMenu = true): Promise<Download> {
  if (openMenu) await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where pdftotext finds a word on a page, in points from the top left (the ActualText of a picture too). */
function wordBox(path: string, page: number, word: string): Box {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-']).toString();
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(
    `<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${escaped}</word>`,
  ).exec(xml);
  if (!match) throw new Error(`"${word}" is not in the text of page ${page}`);
  const [x0, y0, x1, y1] = match.slice(1).map(Number);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const DPI = 200;

/** A page region rasterised by poppler's pdftoppm, as a PNG. */
function rasterise(path: string, page: number, box: Box): Buffer {
  const px = (pt: number) => Math.round((pt * DPI) / 72);
  return execFileSync('pdftoppm', [
    ...['-png', '-r', String(DPI), '-f', String(page), '-l', String(page)],
    ...['-x', String(px(box.x)), '-y', String(px(box.y)), '-W', String(px(box.width)), '-H', String(px(box.height))],
    path,
  ]);
}

interface Ink {
  /** Share of pixels darker than mid grey. */
  dark: number;
  /** Share of strongly coloured pixels (emoji are drawn in colour). */
  colour: number;
}

function inkOf(data: ArrayLike<number>): Ink {
  let dark = 0;
  let colour = 0;
  const pixels = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
    if (a < 128) continue;
    if (0.2126 * r + 0.7152 * g + 0.0722 * b < 128) dark++;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 90) colour++;
  }
  return { dark: dark / pixels, colour: colour / pixels };
}

/** The browser drawing `text` in the app's font stack, bold, as wide as `width` px, in a box `height` px tall. */
function browserDrawing(page: Page, text: string, width: number, height: number) {
  return page.evaluate(
    ({ text, width, height, stack }) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d')!;
      ctx.font = `bold 100px ${stack}`;
      const size = (100 * width) / ctx.measureText(text).width;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, height);
      ctx.font = `bold ${size}px ${stack}`;
      ctx.fillStyle = '#172033';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, 0, height / 2);
      return Array.from(ctx.getImageData(0, 0, width, height).data);
    },
    { text, width, height, stack: FONT_STACK },
  );
}

test('a journey in many scripts exports through the dialog with every word, CJK and emoji drawn', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await importJourney(page, scriptsJourneyFile({ undrawable: true }));
  await openJourney(page, 'Reclamaciones');

  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('pdf-page-count')).toContainText(/\d+ páginas/);
  // Before export, the dialog names the touchpoints with a character nothing can draw, and only those: a
  // private-use character always, a hieroglyph when no font here has one (the browser draws its
  // missing-glyph box; fc-list says whether a font could).
  const hieroglyphFont = execFileSync('fc-list', [':charset=13000']).toString().trim() !== '';
  const warning = page.getByTestId('pdf-undrawable');
  await expect(warning).toContainText(hieroglyphFont ? '1 punto de contacto' : '2 puntos de contacto');
  await expect(warning).toContainText(UNDRAWABLE_TITLE.trim());
  if (!hieroglyphFont) await expect(warning).toContainText(HIEROGLYPH_TITLE);
  await expect(warning).not.toContainText(SCRIPTS.cjk);
  const pages = Number((await page.getByTestId('pdf-page-count').textContent())!.match(/\d+/)![0]);
  const path = await (await download(page, 'pdf-download', false)).path();

  expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())![1])).toBe(pages);
  expect(execFileSync('pdffonts', [path]).toString()).toMatch(/NotoSans.*Identity-H\s+yes/);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString();
  for (const title of [SCRIPTS.polish, SCRIPTS.turkish, SCRIPTS.greek, SCRIPTS.cyrillic]) expect(text).toContain(title);
  for (const label of [LINK_LABEL, HANDOFF_LABEL]) expect(text).toContain(label);
  expect(text).not.toContain('?');

  // The CJK and emoji titles on the blueprint page: their pictures drawn like the browser draws them.
  for (const [word, kind] of [
    ['顧客の苦情', 'dark'],
    ['客户投诉', 'dark'],
    ['🚀', 'colour'],
    ['😡→🤩', 'colour'],
  ] as const) {
    const box = wordBox(path, 2, word);
    const png = rasterise(path, 2, box);
    const pdf = await readPixels(page, png);
    const own = inkOf(pdf.data);
    const browser = inkOf(await browserDrawing(page, word, pdf.width, pdf.height));
    expect(own[kind], `${word} is drawn, not blank`).toBeGreaterThan(0.04);
    expect(own[kind] / browser[kind], `${word} as the browser draws it`).toBeGreaterThan(0.5);
    expect(own[kind] / browser[kind], `${word} as the browser draws it`).toBeLessThan(2);
  }
});

test('the PNG shows the connection labels on plates along their lines', async ({ app, page }) => {
  await app.openLibrary('es');
  const labelled = scriptsJourneyFile();
  const unlabelled = scriptsJourneyFile({ labels: false });
  await importJourney(page, labelled);
  await importJourney(page, unlabelled);
  const images: Buffer[] = [];
  for (const name of ['Reclamaciones', 'Sin etiquetas']) {
    await openJourney(page, name);
    images.push(readFileSync(await (await download(page, 'export-png')).path()));
    await app.backToLibrary();
  }
  // Where the two images differ: the label plates, between the first card and the cards it leads to.
  const diff = await page.evaluate(
    async ([a, b]) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [one, two] = await Promise.all([decode(a), decode(b)]);
      let changed = 0;
      let dark = 0;
      let left = Infinity;
      let right = -Infinity;
      for (let i = 0; i < one.data.length; i += 4) {
        const d = one.data;
        const e = two.data;
        if (Math.abs(d[i] - e[i]) + Math.abs(d[i + 1] - e[i + 1]) + Math.abs(d[i + 2] - e[i + 2]) < 40) continue;
        changed++;
        if (0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2] < 100) dark++;
        const x = (i / 4) % one.width;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
      return { sizes: [one.width, one.height, two.width, two.height], changed, dark, left, right };
    },
    images.map((png) => png.toString('base64')),
  );
  expect(diff.sizes.slice(0, 2)).toEqual(diff.sizes.slice(2));
  expect(diff.changed).toBeGreaterThan(500);
  // Dark strokes of letters on the white plates.
  expect(diff.dark).toBeGreaterThan(300);
  // The journey as the app reads the file (defaults filled in), so the geometry is the image's.
  const restored = restoreJourney(labelled);
  if (!restored.ok) throw new Error(restored.error.detail);
  const { bounds, cards } = mapGeometry(restored.journey, 'canvas', { locale: 'es' });
  const ratio = diff.sizes[0] / bounds.width;
  const left = diff.left / ratio + bounds.x;
  const right = diff.right / ratio + bounds.x;
  const from = cards.get('t0')!;
  const to = cards.get('t4')!;
  expect(left).toBeGreaterThan(from.x + from.width / 2);
  expect(right).toBeLessThan(to.x + to.width / 2);
});

test('with the network off, a journey in many scripts still exports with its embedded font', async ({
  app,
  page,
  context,
}) => {
  await app.openLibrary('es');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await importJourney(page, scriptsJourneyFile());
  await openJourney(page, 'Reclamaciones');
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('pdf-page-count')).toContainText(/\d+ páginas/);
  const path = await (await download(page, 'pdf-download', false)).path();
  expect(execFileSync('pdffonts', [path]).toString()).toMatch(/NotoSans.*Identity-H\s+yes/);
  expect(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString()).toContain(SCRIPTS.polish);
  await context.setOffline(false);
});
