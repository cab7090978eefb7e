import { expect, test } from './support/fixtures';

test('zoomed far out, cards become coloured blocks that still select, and get their text back when zoomed in', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const canvas = page.getByTestId('canvas');
  const card = page.getByTestId('touchpoint').first();
  const title = card.locator('.touchpoint__title');
  await expect(canvas).toHaveAttribute('data-detail', 'full');
  await expect(title).toBeVisible();
  const fullSize = (await card.boundingBox())!;

  const zoomOut = page.locator('.react-flow__controls-zoomout');
  for (let i = 0; i < 12 && (await canvas.getAttribute('data-detail')) !== 'outline'; i++) await zoomOut.click();
  await expect(canvas).toHaveAttribute('data-detail', 'outline');
  await expect(title).toBeHidden();
  await expect(card.locator('svg')).toHaveCount(0);
  // Smaller on screen, but the same card: it keeps its shape (no re-layout) and can still be picked.
  const far = (await card.boundingBox())!;
  expect(far.width / far.height).toBeCloseTo(fullSize.width / fullSize.height, 1);
  await card.click();
  await expect(page.getByTestId('field-title')).toHaveValue((await title.textContent()) ?? '');

  const zoomIn = page.locator('.react-flow__controls-zoomin');
  for (let i = 0; i < 12 && (await canvas.getAttribute('data-detail')) !== 'full'; i++) await zoomIn.click();
  await expect(canvas).toHaveAttribute('data-detail', 'full');
  await expect(title).toBeVisible();
  await expect(card.locator('svg').first()).toBeVisible();
});

test('on opening, the zoom controls in the corner cover neither the first stage nor the emotion curve', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  const controls = (await page.locator('.react-flow__controls').boundingBox())!;
  const curveTitle = (await page.getByTestId('emotion-curve').locator('.emotion-curve__title').boundingBox())!;
  const firstStage = (await page.locator('.react-flow__node-stage').first().boundingBox())!;
  const controlsRight = controls.x + controls.width;
  expect(curveTitle.x).toBeGreaterThanOrEqual(controlsRight);
  expect(firstStage.x).toBeGreaterThanOrEqual(controlsRight);
});
