import { expect, test } from './support/fixtures';

test('switching the language changes the UI at once, is remembered, and new templates follow it', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await expect(page.getByTestId('new-journey')).toHaveText('New journey');
  await expect(page.getByTestId('template-me-uno')).toContainText('I join');

  await page.getByTestId('language-switch').selectOption('es');
  await expect(page.getByTestId('new-journey')).toHaveText('Nuevo recorrido');
  await expect(page.getByTestId('template-me-uno')).toContainText('Me uno');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await page.goto('/');
  await expect(page.getByTestId('new-journey')).toHaveText('Nuevo recorrido');
  await app.createFromTemplate('me-uno');
  await expect(page.getByTestId('stage-header').first()).toContainText('Me informo');
  await expect(page.getByTestId('add-touchpoint')).toContainText('Punto de contacto');

  // The journey's content stays as written; the UI around it switches.
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByTestId('add-touchpoint')).toContainText('Touchpoint');
  await expect(page.getByTestId('stage-header').first()).toContainText('Me informo');
});

test('a journey opened in English fetches no Spanish words; comparing versions still speaks English', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const journeyUrl = page.url();
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.url());
  });
  await page.goto(journeyUrl);
  await expect(page.getByTestId('touchpoint').first()).toBeVisible();
  await app.waitSaved();
  expect(scripts.length).toBeGreaterThan(0);
  // Read again from the server: a cached response's body is not kept for the test. "Añadir un punto de
  // contacto" ("Add a touchpoint") is in the Spanish catalog only, not in the templates.
  const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
  expect(scripts.filter((_, i) => bodies[i].includes('Añadir un punto de contacto'))).toEqual([]);

  // The comparison's words come with its dialog: a to-be's changed title is compared in English.
  await page.getByTestId('create-to-be').click();
  await expect(page.getByTestId('journey-state')).toHaveAttribute('data-state', 'to-be');
  await page.getByTestId('touchpoint').first().click();
  await page.getByTestId('field-title').fill('A clearer welcome');
  await app.waitSaved();
  await page.getByTestId('compare-versions').click();
  const changed = page.getByTestId('compare-dialog').getByTestId('diff-changed');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('Title');
  await expect(changed).toContainText('A clearer welcome');
});
