import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type RecorridoApp } from './support/fixtures';

const THEMES = ['light', 'dark', 'projector'] as const;
const LANGUAGES = ['es', 'en'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The presentation's steps animate in; axe would measure contrast halfway through the fade.
test.use({ reducedMotion: 'reduce' });
// Every test makes its own journey in its own browser context, so they can share the workers.
test.describe.configure({ mode: 'parallel' });

/** Serious and critical axe violations on the page as it is now, one readable line each. */
async function seriousViolations(page: Page, scene: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5);
      const more = v.nodes.length > targets.length ? ` …and ${v.nodes.length - targets.length} more` : '';
      return `${scene}: ${v.id} (${v.impact}) ${v.help} at ${targets.join(' | ')}${more}`;
    });
}

/** Creates the "Me uno" journey once and returns its id. */
async function createMeUno(app: RecorridoApp, page: Page, theme: string) {
  await page.goto(`/?lang=es&theme=${theme}`);
  await expect(page.getByTestId('new-journey')).toBeVisible();
  await app.createFromTemplate('me-uno');
  return new URL(page.url()).pathname.split('/').pop()!;
}

for (const theme of THEMES) {
  test(`axe finds no serious or critical violations in the ${theme} theme, in Spanish and English`, async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    const id = await createMeUno(app, page, theme);
    const found: string[] = [];

    for (const lang of LANGUAGES) {
      const where = `[${theme}/${lang}]`;

      // The library, with the journey's card.
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(app.cards()).toHaveCount(1);
      found.push(...(await seriousViolations(page, `library ${where}`)));

      // The editor with the template open.
      await page.goto(`/journey/${id}?lang=${lang}`);
      await expect(page.getByTestId('touchpoint')).toHaveCount(18);
      await app.waitSaved();
      found.push(...(await seriousViolations(page, `editor ${where}`)));

      // A touchpoint selected: the inspector is filled in.
      const card = page.getByTestId('touchpoint').first();
      const title = (await card.locator('.touchpoint__title').textContent()) ?? '';
      await card.locator('.touchpoint__title').click();
      await expect(page.getByTestId('field-title')).toHaveValue(title);
      found.push(...(await seriousViolations(page, `inspector ${where}`)));

      // Presentation mode, on a touchpoint step (overview, first stage, its first touchpoint).
      await page.goto(`/journey/${id}/present?step=3&lang=${lang}`);
      await expect(page.getByTestId('present-toggle-pain')).toBeVisible();
      found.push(...(await seriousViolations(page, `presentation ${where}`)));
    }

    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
  });
}

test('the theme is chosen in the header, applied to the page and remembered', async ({ app, page }) => {
  await app.openLibrary('en');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const themeSwitch = page.getByRole('combobox', { name: 'Theme' });
  await expect(themeSwitch).toHaveAttribute('data-testid', 'theme-switch');
  await themeSwitch.selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).not.toBe('rgb(246, 247, 249)');

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await app.createFromTemplate('me-uno');
  await expect(page.getByTestId('theme-switch')).toHaveValue('dark');
  await page.getByTestId('theme-switch').selectOption('projector');
  await expect(html).toHaveAttribute('data-theme', 'projector');
  await page.goto('/?theme=light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.goto('/');
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('keyboard: Tab reaches the toolbar and a touchpoint, which shows its focus, is deleted and comes back', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await expect(page.getByTestId('touchpoint')).toHaveCount(18);

  // Tab from the top of the page, noting every toolbar button on the way, until a card has focus.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const toolbar: string[] = [];
  let node: { id: string; label: string } | null = null;
  for (let i = 0; i < 150 && !node; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        testId: el?.dataset.testid ?? null,
        inToolbar: !!el?.closest('[role="toolbar"]'),
        nodeId: el?.classList.contains('react-flow__node-touchpoint') ? (el.dataset.id ?? null) : null,
        // The node is named by the element its aria-labelledby points at (the card's label).
        label:
          el?.getAttribute('aria-label') ??
          document.getElementById(el?.getAttribute('aria-labelledby') ?? '')?.textContent ??
          '',
      };
    });
    if (focused.inToolbar && focused.testId) toolbar.push(focused.testId);
    if (focused.nodeId) node = { id: focused.nodeId, label: focused.label };
  }
  for (const button of ['add-touchpoint', 'add-stage', 'view-canvas', 'view-blueprint', 'present']) {
    expect(toolbar).toContain(button);
  }
  expect(node, 'Tab never reached a touchpoint').not.toBeNull();

  // The card is announced with its title, channel, owning function and emotion.
  const wrapper = page.locator(`.react-flow__node-touchpoint[data-id="${node!.id}"]`);
  const card = wrapper.getByTestId('touchpoint');
  const title = (await card.locator('.touchpoint__title').textContent()) ?? '';
  expect(node!.label).toContain(title);
  expect(node!.label).toMatch(/Channel: .+\. Owner: .+\. Emotion: .+\./);
  await expect(wrapper).toBeFocused();

  // Its focus is visible.
  const ring = await wrapper.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(ring.outline !== 'none' && ring.width > 0 ? 'outline' : ring.shadow).not.toBe('none');

  // Enter selects it (the inspector shows it); Escape lets go of it again.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('field-title')).toHaveValue(title);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('field-title')).toHaveCount(0);

  // Delete removes the focused card, Ctrl+Z brings it back.
  await wrapper.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('touchpoint')).toHaveCount(17);
  await expect(wrapper).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('touchpoint')).toHaveCount(18);
  await expect(page.locator(`[data-testid="touchpoint"][data-touchpoint-id="${node!.id}"]`)).toBeVisible();
  await app.waitSaved();
});

test('dialogs keep keyboard focus inside while open and give it back when closed', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');

  /** Tabs through the open dialog and reports any element outside it that took focus. */
  const tabAround = async (dialog: string) => {
    const escaped: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const outside = await page.evaluate((testId) => {
        const el = document.activeElement;
        const inside = !!el?.closest(`[data-testid="${testId}"]`);
        return inside || el === document.body ? null : el?.outerHTML.slice(0, 80);
      }, dialog);
      if (outside) escaped.push(outside);
    }
    expect(escaped, 'focus left the dialog').toEqual([]);
  };

  // The shortcuts help, opened from the toolbar with the keyboard, closed with Escape.
  const help = page.getByTestId('shortcuts-open');
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('shortcuts-help')).toBeVisible();
  // It opens at its title, which has focus, however long the list below it.
  const helpTitle = page.getByTestId('shortcuts-help').getByRole('heading', { level: 2 });
  await expect(helpTitle).toBeInViewport();
  await expect(helpTitle).toBeFocused();
  await tabAround('shortcuts-help');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-help')).toHaveCount(0);
  await expect(help).toBeFocused();

  // Deleting a stage asks first; cancelling returns to the stage's delete button.
  const deleteStage = page.getByTestId('delete-stage').first();
  await deleteStage.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stage-delete-dialog')).toBeVisible();
  await tabAround('stage-delete-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('stage-delete-dialog')).toHaveCount(0);
  await expect(deleteStage).toBeFocused();

  // Deleting the second stage, its cards moved: focus goes to the stage that took them, not to the page.
  const second = page.getByTestId('stage-header').nth(1);
  const first = await page.getByTestId('stage-header').first().getAttribute('data-stage-id');
  await second.getByTestId('delete-stage').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('stage-delete-move').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stage-delete-dialog')).toHaveCount(0);
  await expect(
    page.locator(`[data-testid="stage-header"][data-stage-id="${first}"] [data-testid="delete-stage"]`),
  ).toBeFocused();
});

test('screen readers hear touchpoints and connections in the UI language, and stage columns not at all', async ({
  app,
  page,
}) => {
  const id = await createMeUno(app, page, 'light');
  for (const [lang, touchpoint, connection] of [
    ['es', 'punto de contacto', 'conexión'],
    ['en', 'touchpoint', 'connection'],
  ] as const) {
    await page.goto(`/journey/${id}?lang=${lang}`);
    await expect(page.getByTestId('touchpoint')).toHaveCount(18);
    const roles = await page.evaluate(() => {
      const described = (selector: string) =>
        [...document.querySelectorAll(selector)].map((el) => [
          el.getAttribute('aria-roledescription'),
          el.hasAttribute('aria-describedby'),
        ]);
      return {
        cards: described('.react-flow__node-touchpoint'),
        edges: described('.react-flow__edge'),
        stages: described('.react-flow__node-stage'),
      };
    });
    expect(new Set(roles.cards.map(([role]) => role))).toEqual(new Set([touchpoint]));
    expect(new Set(roles.edges.map(([role]) => role))).toEqual(new Set([connection]));
    expect(roles.stages.length).toBeGreaterThan(0);
    expect(roles.stages).toEqual(roles.stages.map(() => [null, false]));
  }
});

test('a connection reached with Tab shows its focus: the focus colour and a wider line', async ({ app, page }) => {
  await createMeUno(app, page, 'light');
  const edge = page.locator('.react-flow__edge').first();
  const line = () =>
    edge.locator('path.react-flow__edge-path').evaluate((path) => parseFloat(getComputedStyle(path).strokeWidth));
  const before = await line();
  // Tab until the first connection has focus (they come after the palette and the canvas controls).
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 80 && !(await edge.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(edge).toBeFocused();
  expect(await line()).toBeGreaterThanOrEqual(3);
  expect(before).toBeLessThan(3);
});

test('the keyboard skips the connections to the cards with one key, from a link shown while focused', async ({
  app,
  page,
}) => {
  await createMeUno(app, page, 'light');
  const skip = page.getByTestId('skip-to-cards');
  // Before every connection in the page, so Tab reaches it first.
  expect(
    await skip.evaluate((el) => {
      const edge = document.querySelector('.react-flow__edge');
      return edge !== null && Boolean(el.compareDocumentPosition(edge) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);
  expect((await skip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await skip.focus();
  await expect(skip).toHaveText('Saltar a los puntos de contacto');
  expect((await skip.boundingBox())?.width ?? 0).toBeGreaterThan(60);
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node-touchpoint:focus')).toHaveCount(1);
  expect((await skip.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the participant page has no serious or critical violations (${colorScheme}), in Spanish and English`, async ({
    browser,
  }) => {
    // A phone in portrait; the link's room does not exist on this preview server, which serves no sync
    // endpoint: the name form and the connecting screen are what a phone shows before the step arrives.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, colorScheme });
    const page = await context.newPage();
    const found: string[] = [];
    const room = 'AAAAAAAAAAAAAAAAAAAAAA';
    const key = 'B'.repeat(43);
    for (const lang of LANGUAGES) {
      await page.goto(`/participate.html?lang=${lang}#room=${room}&cap=contribute&key=${key}`);
      await expect(page.getByTestId('participant')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      found.push(...(await seriousViolations(page, `participant name [${colorScheme}/${lang}]`)));
      // An empty name is refused with a message tied to the field.
      await page.locator('form button[type="submit"]').click();
      await expect(page.locator('#participant-name')).toHaveAttribute('aria-invalid', 'true');
      found.push(...(await seriousViolations(page, `participant name error [${colorScheme}/${lang}]`)));
      await page.locator('#participant-name').fill('Ana');
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByRole('status')).toBeVisible();
      found.push(...(await seriousViolations(page, `participant joined [${colorScheme}/${lang}]`)));
      await page.evaluate(() => localStorage.clear());
    }
    // A damaged link says so.
    await page.goto('/participate.html?lang=en#room=short');
    await expect(page.getByRole('alert')).toContainText('damaged');
    found.push(...(await seriousViolations(page, `participant bad link [${colorScheme}]`)));
    expect(found).toEqual([]);
    await context.close();
  });
}
