import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const TARGET = 'Espero al teléfono';

/** Steps forward (or back) through the presentation until the step shown satisfies `reached`. */
async function stepUntil(page: Page, key: 'ArrowRight' | 'ArrowLeft', reached: (step: Locator) => Promise<boolean>) {
  const step = page.getByTestId('present-step');
  for (let i = 0; i < 40 && !(await reached(step)); i++) {
    const before = await step.textContent();
    await page.keyboard.press(key);
    await expect(step).not.toHaveText(before ?? '');
  }
  expect(await reached(step)).toBe(true);
}

/** The computed border style of a card: how a dimmed card shows without colour. */
const borderStyle = (card: Locator) => card.evaluate((el) => getComputedStyle(el).borderTopStyle);

test('measures where people look: KPIs on the card, a KPI over the curve, assumed cards dimmed, KPIs in presentation', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-quejo');

  const measured = page.getByTestId('touchpoint').filter({ hasText: TARGET });
  await measured.click();
  const field = (id: string) => page.getByTestId('inspector').getByTestId(id);
  await field('field-kpi-nps').fill('-48');
  await field('field-kpi-csat').fill('41');
  await field('field-kpi-ces').fill('5,8');
  await field('field-evidence').selectOption('measured');
  await field('field-kpi-nps').click();
  await app.waitSaved();

  // On the card, compactly, in the language's number format; a card without measures has no line.
  await expect(measured.getByTestId('touchpoint-kpis')).toHaveText('NPS -48 · CSAT 41 % · CES 5,8');
  const assumed = page
    .getByTestId('touchpoint')
    .filter({ hasNot: page.getByTestId('touchpoint-kpis') })
    .first();
  await expect(assumed).toHaveAttribute('data-evidence', 'assumed');
  const measuredId = await measured.getAttribute('data-touchpoint-id');

  // The CSAT overlay on the curve: none by default, then bars on CSAT's own 0..100 % scale.
  const curve = page.getByTestId('emotion-curve');
  await expect(curve.getByTestId('kpi-overlay')).toHaveCount(0);
  await page.getByTestId('curve-overlay').selectOption('kpiCsat');
  const overlay = curve.getByTestId('kpi-overlay');
  await expect(overlay).toHaveAttribute('data-measure', 'kpiCsat');
  await expect(overlay).toHaveAttribute('aria-label', /CSAT \(%\) sobre la curva, de 0 % \(abajo\) a 100 % \(arriba\)/);
  const bar = overlay.getByTestId('kpi-overlay-bar');
  await expect(bar).toHaveCount(1);
  await expect(bar).toHaveAttribute('data-touchpoint-id', measuredId!);
  const box = await bar.locator('rect').boundingBox();
  expect(box!.height).toBeGreaterThan(0);

  // Dim the assumed: the assumed card dashed, the measured one not; both still focusable and readable.
  expect(await borderStyle(assumed)).toBe('solid');
  await page.getByTestId('dim-assumed').click();
  await expect(page.getByTestId('dim-assumed')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => borderStyle(assumed)).toBe('dashed');
  expect(await borderStyle(measured)).toBe('solid');
  await expect(page.getByTestId('legend-dim-assumed')).toBeVisible();
  await expect(assumed).toBeVisible();

  // The choice is this user's: still on after a reload.
  await page.reload();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-dim-assumed', 'true');

  // Presentation: the touchpoint's KPI values, then its stage's.
  await page.getByTestId('present').click();
  await stepUntil(page, 'ArrowRight', async (step) => (await step.textContent()) === TARGET);
  const kpis = page.getByTestId('present-kpis');
  await expect(kpis).toContainText('-48');
  await expect(kpis).toContainText('41 %');
  await expect(kpis).toContainText('5,8');
  await stepUntil(page, 'ArrowLeft', async (step) => (await step.getAttribute('data-step-kind')) === 'stage');
  await expect(page.getByTestId('present-kpis')).toContainText('-48');
});
