import type { Page } from '@playwright/test';
import { CARD, PROJECTOR_CARD_TYPE } from '../src/domain/look/card';
import { THEMES } from '../src/domain/look/themes';
import { expect, test } from './support/fixtures';

/** A custom property as the page computes it on <html>. */
function token(page: Page, name: string) {
  return page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
}

test('the design tokens reach the page under its Content-Security-Policy, in every theme', async ({ app, page }) => {
  await page.goto('/?lang=en&theme=light');
  await expect(page.getByTestId('new-journey')).toBeVisible();
  // A constructed stylesheet, adopted: no inline <style> for the policy to refuse (the fixture checks it did not).
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
  expect(await token(page, '--bg')).toBe(THEMES.light.colors.bg);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(246, 247, 249)',
  );

  for (const theme of ['dark', 'projector'] as const) {
    await page.getByTestId('theme-switch').selectOption(theme);
    await expect.poll(() => token(page, '--bg')).toBe(THEMES[theme].colors.bg);
    expect(await token(page, '--text')).toBe(THEMES[theme].colors.text);
  }

  // The card's box model comes from the same definition the PNG draws with; projector type is larger.
  await app.createFromTemplate('me-uno');
  const card = page.getByTestId('touchpoint').first();
  const style = () =>
    card.evaluate((node) => {
      const title = getComputedStyle(node.querySelector('.touchpoint__title')!);
      return { width: node.getBoundingClientRect().width, titleSize: title.fontSize, padding: title.paddingTop };
    });
  const zoom = await page.evaluate(
    () => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a,
  );
  const projector = await style();
  expect(projector.width).toBeCloseTo(CARD.width * zoom, 0);
  expect(projector.titleSize).toBe(`${PROJECTOR_CARD_TYPE.titleSize}px`);
  expect(projector.padding).toBe(`${CARD.title.padTop}px`);
  await page.getByTestId('theme-switch').selectOption('light');
  await expect.poll(async () => (await style()).titleSize).toBe(`${CARD.title.size}px`);
});

test('in a phone-sized or narrow window the library and the editor fit its width, and the map can be seen and edited', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  await app.openLibrary('es');
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  await expect(page.getByTestId('language-switch')).toBeInViewport({ ratio: 1 });
  await app.createFromTemplate('me-uno');
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  expect(canvas.width).toBeGreaterThanOrEqual(380);
  expect(canvas.height).toBeGreaterThanOrEqual(400);
  // The map starts on the first screen: the toolbar's buttons show their icons alone, named all the same.
  expect(canvas.y).toBeLessThan(844 - 300);
  await expect(page.getByRole('button', { name: 'Exportar' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exportar' })).toHaveAttribute('title', 'Exportar');
  const card = page.getByTestId('touchpoint').first();
  await card.scrollIntoViewIfNeeded();
  await card.click();
  await expect(page.getByTestId('field-title')).toHaveValue((await card.locator('.touchpoint__title').textContent())!);

  // A tablet held upright, or half a laptop screen: the palette is a strip above the map, and the map and
  // the inspector sit side by side, so a card clicked shows its fields without scrolling.
  for (const size of [
    { width: 768, height: 1024 },
    { width: 800, height: 600 },
  ]) {
    await page.setViewportSize(size);
    expect(await pageWidth()).toBeLessThanOrEqual(size.width);
    const map = (await page.getByTestId('canvas').boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(440);
    expect(map.y).toBeLessThan(size.height / 2);
    await page.getByTestId('touchpoint').nth(1).click();
    await expect(page.getByTestId('field-title')).toBeInViewport({ ratio: 1 });
  }
});

test("the inspector's title field is tall enough for its line of text in every theme", async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await page.getByTestId('touchpoint').first().click();
  const title = page.getByTestId('field-title');
  await title.fill('Hola ÁÑgy');
  /** The room inside the field for its text, the text's line height, and where the next field starts (px). */
  const fit = () =>
    title.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
      const room = frame.reduce((left, side) => left - parseFloat(style[side]), input.getBoundingClientRect().height);
      const next = input.closest('.panel-field')!.nextElementSibling!.getBoundingClientRect();
      return { room, line: parseFloat(style.lineHeight), bottom: input.getBoundingClientRect().bottom, next: next.top };
    });
  for (const theme of ['light', 'dark', 'projector'] as const) {
    await page.getByTestId('theme-switch').selectOption(theme);
    const shown = await fit();
    // Layout rounds to 1/64 px.
    expect(shown.room, theme).toBeGreaterThanOrEqual(shown.line - 0.05);
    expect(shown.next, theme).toBeGreaterThanOrEqual(shown.bottom);
  }
});
