import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

interface CanvasTouchpoint {
  id: string;
  title: string;
  painPoint: boolean;
}

/**
 * What the presentation should walk through, read from the editor's canvas the way a facilitator reads
 * the map: stages left to right, each stage's cards top to bottom, then left to right.
 */
async function readJourneyFromCanvas(page: Page) {
  const name = await page.getByTestId('journey-name').inputValue();
  const stages = await page.getByTestId('stage-header').evaluateAll((headers) =>
    headers
      .map((header) => {
        const column = (header.closest('.react-flow__node') ?? header).getBoundingClientRect();
        return {
          name: header.querySelector('.stage-column__name')?.textContent?.trim() ?? '',
          left: column.left,
          right: column.right,
        };
      })
      .sort((a, b) => a.left - b.left),
  );
  const cards = await page.getByTestId('touchpoint').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return {
        id: node.getAttribute('data-touchpoint-id')!,
        title: node.querySelector('.touchpoint__title')?.textContent?.trim() ?? '',
        painPoint: node.getAttribute('data-pain-point') === 'true',
        centreX: box.left + box.width / 2,
        top: box.top,
        left: box.left,
      };
    }),
  );
  const steps: { name: string; touchpoint?: CanvasTouchpoint }[] = [{ name }];
  for (const stage of stages) {
    steps.push({ name: stage.name });
    const inStage = cards
      .filter((c) => c.centreX >= stage.left && c.centreX < stage.right)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    for (const card of inStage) steps.push({ name: card.title, touchpoint: card });
  }
  steps.push({ name: 'Summary' });
  return { stageCount: stages.length, cardCount: cards.length, steps };
}

async function enterPresentation(page: Page) {
  await page.getByTestId('present').click();
  await expect(page).toHaveURL(/\/journey\/[^/]+\/present/);
}

test('present "Me uno" with the keyboard only, capture a pain point and a note, find them saved', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await expect(page.getByTestId('touchpoint')).toHaveCount(18);
  const journey = await readJourneyFromCanvas(page);
  expect(journey.stageCount).toBe(6);
  expect(journey.steps).toHaveLength(1 + 6 + 18 + 1);
  const editorUrl = page.url();

  await enterPresentation(page);
  const step = page.getByTestId('present-step');
  const progress = page.getByTestId('present-progress');
  const total = journey.steps.length;
  for (const id of ['present-prev', 'present-next', 'present-exit']) await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.getByTestId('canvas')).toBeHidden();

  // Start to end with the keyboard only: arrows, a presenter clicker's PageDown and Space.
  await expect(step).toHaveText(journey.steps[0].name);
  await expect(progress).toContainText(`1 / ${total}`);
  const forward = ['ArrowRight', 'PageDown', 'Space'];
  for (let i = 1; i < total; i++) {
    await page.keyboard.press(forward[i % forward.length]);
    await expect(step).toHaveText(journey.steps[i].name);
    await expect(progress).toContainText(`${i + 1} / ${total}`);
  }
  await expect(page.getByRole('heading', { name: 'Pain points' })).toBeVisible();

  // And back: a clicker's PageUp, the left arrow, Home and End.
  await page.keyboard.press('PageUp');
  await expect(step).toHaveText(journey.steps[total - 2].name);
  await page.keyboard.press('ArrowLeft');
  await expect(step).toHaveText(journey.steps[total - 3].name);
  await page.keyboard.press('Home');
  await expect(step).toHaveText(journey.steps[0].name);
  await page.keyboard.press('End');
  await expect(step).toHaveText('Summary');
  await page.keyboard.press('Home');

  // Walk to the first touchpoint that is not yet a pain point; its title reads from the back of the room.
  const target = journey.steps.findIndex((s) => s.touchpoint && !s.touchpoint.painPoint);
  const touchpoint = journey.steps[target].touchpoint!;
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
  await expect(step).toHaveText(touchpoint.title);
  const titleSize = await step.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(titleSize).toBeGreaterThanOrEqual(40);

  // The URL keeps the step: a reload stays on it.
  await expect(page).toHaveURL(new RegExp(`[?&]step=${target + 1}\\b`));
  await page.reload();
  await expect(step).toHaveText(touchpoint.title);

  // Capture what the room says.
  const note = `Sales say the address finder loses leads ${Date.now()}`;
  await page.getByTestId('present-toggle-pain').click();
  await expect(page.getByTestId('present-toggle-pain')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('present-note').fill(note);
  await page.getByTestId('present-add-note').click();
  await expect(page.getByTestId('present-notes')).toContainText(note);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // Leave with Escape (in the note field Escape would only leave the field).
  await expect(page.getByTestId('present-note')).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(editorUrl);
  await expect(page.getByTestId('canvas')).toBeVisible();

  // Saved: after a reload the editor shows both.
  await page.reload();
  const card = page.locator(`[data-testid="touchpoint"][data-touchpoint-id="${touchpoint.id}"]`);
  await expect(card).toHaveAttribute('data-pain-point', 'true');
  await card.locator('.touchpoint__title').click();
  await expect(page.getByTestId('field-notes')).toHaveValue(new RegExp(`: ${note}$`));
});

test('presents in Spanish, and an empty journey is an overview, its stages and a summary', async ({ app, page }) => {
  await app.openLibrary('es');
  await page.getByTestId('new-journey').click();
  await expect(page.getByTestId('stage-header')).toHaveCount(3);
  const journey = await readJourneyFromCanvas(page);

  await enterPresentation(page);
  const step = page.getByTestId('present-step');
  await expect(step).toHaveText(journey.steps[0].name);
  for (let i = 1; i <= 3; i++) {
    await page.getByTestId('present-next').click();
    await expect(step).toHaveText(journey.steps[i].name);
  }
  await page.getByTestId('present-next').click();
  await expect(step).toHaveText('Resumen');
  await expect(page.getByTestId('present-next')).toBeDisabled();
  await page.getByTestId('present-exit').click();
  await expect(page.getByTestId('canvas')).toBeVisible();
});

test('a summary longer than the screen scrolls with the keys once Tab puts the focus in it', async ({ app, page }) => {
  // A low window: "Me uno"'s summary (its KPIs, moments of truth and pain points) runs past it.
  await page.setViewportSize({ width: 1024, height: 420 });
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await enterPresentation(page);
  const step = page.getByTestId('present-step');
  await page.keyboard.press('End');
  await expect(step).toHaveText('Summary');
  const slide = page.locator('main.present__main');
  const scrollTop = () => slide.evaluate((el) => el.scrollTop);
  expect(await slide.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

  // The clicker's keys still step while the slide has the focus...
  await page.keyboard.press('PageUp');
  await expect(step).not.toHaveText('Summary');
  await page.keyboard.press('End');
  await expect(step).toHaveText('Summary');

  // ...and scroll the summary once Tab has put the focus in it, without leaving the step.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Summary' })).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect.poll(scrollTop).toBeGreaterThan(0);
  await page.keyboard.press('End');
  await expect
    .poll(() => slide.evaluate((el) => Math.abs(el.scrollHeight - el.clientHeight - el.scrollTop) <= 1))
    .toBe(true);
  await expect(step).toHaveText('Summary');
  // Left always steps, and the step before opens at its top, not where the summary was scrolled to.
  await page.keyboard.press('ArrowLeft');
  await expect(step).not.toHaveText('Summary');
  expect(await scrollTop()).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveText('Summary');
  await page.keyboard.press('Tab');
  await page.keyboard.press('PageDown');
  await expect.poll(scrollTop).toBeGreaterThan(0);
  await page.keyboard.press('Home');
  await expect.poll(scrollTop).toBe(0);
  await expect(step).toHaveText('Summary');
  // At the top, the key steps again: back to the first step.
  await page.keyboard.press('Home');
  await expect(step).not.toHaveText('Summary');

  // Reached with the Next button, which the last step disables, the focus comes back to the slide: the
  // summary is still one Tab away.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.getByTestId('present-next').focus();
  await page.keyboard.press('Enter');
  await expect(step).toHaveText('Summary');
  await expect(slide).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Summary' })).toBeFocused();
});
