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
