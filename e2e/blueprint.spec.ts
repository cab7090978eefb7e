import { execFileSync } from 'node:child_process';
import { expect, test } from './support/fixtures';

test('in the blueprint grid, moving a card to another lane changes its owning function', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await page.getByTestId('view-blueprint').click();
  await expect(page.getByTestId('lane-header')).toHaveCount(5);

  const card = page.getByTestId('touchpoint').first();
  const id = await card.getAttribute('data-touchpoint-id');
  await card.click();
  await expect(page.getByTestId('field-function')).toHaveValue('marketing');

  const lane = page.locator('[data-testid="lane-header"][data-lane-id="back-office"]');
  const from = (await card.locator('.touchpoint__title').boundingBox())!;
  const to = (await lane.boundingBox())!;
  await page.mouse.move(from.x + 10, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(from.x + 10, to.y + to.height + 30, { steps: 8 });
  await page.mouse.up();

  const moved = page.locator(`[data-testid="touchpoint"][data-touchpoint-id="${id}"]`);
  await moved.click();
  await expect(page.getByTestId('field-function')).toHaveValue('back-office');
  await app.waitSaved();

  // The free canvas is another view of the same journey: the card keeps its new function there.
  await page.getByTestId('view-canvas').click();
  await expect(page.getByTestId('lane-header')).toHaveCount(0);
  await page.reload();
  await moved.click();
  await expect(page.getByTestId('field-function')).toHaveValue('back-office');
});

test('the layered blueprint: backstage text under the line of visibility, the choice kept on reload, the PDF drawn in layers', async ({
  app,
  page,
}) => {
  const BACKSTAGE = 'El agente consulta el histórico de facturas en el CRM';
  const SUPPORT = 'CRM y sistema de facturación';
  await app.openLibrary('es');
  await app.createFromTemplate('me-quejo');
  await page.getByTestId('touchpoint').filter({ hasText: 'Espero al teléfono' }).click();
  const inspector = page.getByTestId('inspector');
  await inspector.getByTestId('field-backstage').fill(BACKSTAGE);
  await inspector.getByTestId('field-support').fill(SUPPORT);

  await page.getByTestId('view-blueprint').click();
  await expect(page.getByTestId('lane-header').first()).toBeVisible();
  await page.getByTestId('blueprint-layout').selectOption('layers');
  const headers = page.getByTestId('layer-header');
  await expect(headers).toHaveCount(4);
  expect(await headers.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-layer')))).toEqual([
    'customer',
    'frontstage',
    'backstage',
    'support',
  ]);
  await expect(page.getByTestId('lane-header')).toHaveCount(0);
  const line = page.getByTestId('visibility-line');
  await expect(line).toHaveText('Línea de visibilidad');
  const backstage = page.locator('[data-testid="layer-note"][data-layer="backstage"]').filter({ hasText: BACKSTAGE });
  await expect(backstage).toBeVisible();
  await expect(
    page.locator('[data-testid="layer-note"][data-layer="support"]').filter({ hasText: SUPPORT }),
  ).toBeVisible();
  expect((await backstage.boundingBox())!.y).toBeGreaterThan((await line.boundingBox())!.y);
  const card = page.getByTestId('touchpoint').filter({ hasText: 'Espero al teléfono' });
  expect((await card.boundingBox())!.y).toBeLessThan((await line.boundingBox())!.y);
  await app.waitSaved();

  // The layout is remembered: after a reload the blueprint opens in layers.
  await page.reload();
  await page.getByTestId('view-blueprint').click();
  await expect(page.getByTestId('blueprint-layout')).toHaveValue('layers');
  await expect(page.getByTestId('layer-header')).toHaveCount(4);
  await expect(backstage).toBeVisible();
  // A note is read on the map and edited in its touchpoint's inspector.
  await backstage.click();
  await expect(inspector.getByTestId('field-title')).toHaveValue('Espero al teléfono');
  await expect(inspector.getByTestId('field-backstage')).toHaveValue(BACKSTAGE);

  // The PDF grid draws the same layers, the line of visibility in the document's language.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('pdf-blueprint-layout')).toHaveValue('layers');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pdf-download').click()]);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', await file.path(), '-'])
    .toString()
    .replace(/\s+/g, ' ');
  for (const words of ['Acciones del cliente', 'Línea de visibilidad', 'Procesos de soporte', BACKSTAGE, SUPPORT]) {
    expect(text).toContain(words);
  }
});
