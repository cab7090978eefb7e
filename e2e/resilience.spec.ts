import { expect, test } from './support/fixtures';

test('a crashed tab loses nothing that was shown as saved', async ({ app, page, context }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-quejo');
  await page.getByTestId('journey-name').fill('Me quejo, antes del fallo');
  await app.waitSaved();
  const url = page.url();

  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const next = await context.newPage();
  await next.goto(url);
  await expect(next.getByTestId('journey-name')).toHaveValue('Me quejo, antes del fallo');
});

test('a title typed right before a reload, with no pause, is there after it', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const card = page.getByTestId('touchpoint').first();
  await card.click();
  const title = page.getByTestId('field-title');
  const typed = `${await title.inputValue()} antes de recargar`;
  await title.press('End');
  await page.keyboard.type(' antes de recargar');
  await page.reload();

  await expect(page.getByTestId('touchpoint').filter({ hasText: typed })).toBeVisible();
  await page.getByTestId('touchpoint').filter({ hasText: typed }).click();
  await expect(page.getByTestId('field-title')).toHaveValue(typed);
});

test.describe('with a tiny storage quota', () => {
  // The quota counts Cache Storage too: the service worker's precache (the app and the PDF's fonts, 2.4 MB)
  // would race the app's IndexedDB writes for the 400 kB. This test is about IndexedDB, so no worker.
  test.use({ serviceWorkers: 'block' });

  test('out of storage space: the error shows with an export action, the journey stays, and saving resumes', async ({
    app,
    page,
    baseURL,
  }) => {
    // The quota must be set before the app first creates its database: the override does not reach a
    // database whose files already exist.
    const origin = new URL(baseURL!).origin;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 400 * 1024 });
    await app.openLibrary('en');
    await app.createFromTemplate('me-uno');

    // A long pasted transcript no longer fits.
    const transcript = Array.from({ length: 40_000 }, (_, i) => `${i.toString(36)}${Math.random().toString(36)}`).join(
      ' ',
    );
    await page.getByTestId('touchpoint').first().click();
    await page.getByTestId('field-notes').fill(transcript);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'error');
    await expect(page.getByTestId('save-error')).toContainText('out of storage space');
    await expect(page.getByTestId('field-notes')).toHaveValue(transcript);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-now').click()]);
    expect(await download.failure()).toBeNull();

    // Space comes back: the retry writes the journey without the user doing anything.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
    await page.reload();
    await page.getByTestId('touchpoint').first().click();
    await expect(page.getByTestId('field-notes')).toHaveValue(transcript);
  });
});

test.describe('when part of the app cannot be fetched', () => {
  // Offline before the service worker cached the app (or a deploy renamed a chunk): the parts loaded on
  // demand fail to load. Blocking the worker makes every file come from the server, where they are refused.
  test.use({ serviceWorkers: 'block' });

  test('a dialog or a page whose code is missing says so; once it can be fetched, Try again shows it', async ({
    app,
    page,
  }) => {
    // Offline, the journey pages' stylesheet fails too, and Vite's preload helper fails on it first.
    const missing = /\/assets\/(PasteDialog-[^/]*\.js|journeyPages-[^/]*\.js|journey-[^/]*\.css)$/;
    await page.route(missing, (route) => route.abort());
    await app.openLibrary('en');

    await page.getByTestId('paste-import').click();
    await expect(page.getByTestId('code-load-failed')).toContainText('could not be loaded');
    await expect(page.getByTestId('new-journey')).toBeVisible();
    // Opening the dialog again tries again, and says so again while the code still cannot be fetched.
    await page.getByTestId('paste-import').click();
    await expect(page.getByTestId('code-load-failed')).toContainText('could not be loaded');

    // The journey is stored, but the editor's code does not come: the page says so instead of going blank.
    await page.getByTestId('template-me-uno').click();
    await expect(page).toHaveURL(/\/journey\//);
    // The page's own message, not the paste dialog's still shown while the route waits for its code.
    await expect(page.getByRole('main')).toContainText('This page could not be loaded');

    // The network is back: the same page, without a reload, fetches the editor and opens the journey.
    await page.unroute(missing);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect(page.getByTestId('touchpoint').first()).toBeVisible();
    // With its stylesheet, fetched again: the side panel has its width.
    await expect(page.locator('.editor__side')).toHaveCSS('width', '320px');

    // So does the paste dialog, back in the library.
    await app.backToLibrary();
    await page.getByTestId('paste-import').click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});

test.describe('when an action’s code cannot be fetched', () => {
  test.use({ serviceWorkers: 'block' });

  test('pasted text stays in its dialog with the reason, and the PDF dialog says why it cannot export', async ({
    app,
    page,
  }) => {
    const readers = /\/assets\/readImport-[^/]*\.js$/;
    await page.route(readers, (route) => route.abort());
    await app.openLibrary('en');
    await page.getByTestId('paste-import').click();
    const pasted = 'Etapa\tPaso\nMe informo\tVeo un anuncio';
    await page.getByTestId('paste-import-text').fill(pasted);
    await page.getByTestId('paste-import-submit').click();
    await expect(page.getByTestId('import-error')).toContainText('Failed to fetch');
    await expect(page.getByTestId('paste-import-text')).toHaveValue(pasted);
    await page.unroute(readers);
    await page.getByTestId('paste-import-submit').click();
    await expect(page.getByRole('dialog')).toContainText(/column/i);

    await page.keyboard.press('Escape');
    await app.createFromTemplate('me-uno');
    const pdfCode = /\/assets\/exportPdf-[^/]*\.js$/;
    await page.route(pdfCode, (route) => route.abort());
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-pdf').click();
    await expect(page.getByTestId('pdf-dialog').getByRole('alert')).toContainText('The export failed');
    await page.unroute(pdfCode);
    await page.keyboard.press('Escape');
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-pdf').click();
    await expect(page.getByTestId('pdf-page-count')).toHaveText(/\d/);
  });
});

test.describe('when a library action’s code cannot be fetched', () => {
  test.use({ serviceWorkers: 'block' });

  test('a new journey from a template says why in the user’s words, and a second click, back online, opens it', async ({
    app,
    page,
  }) => {
    const code = /\/assets\/(templates|restoreModule)-[^/]*\.js$/;
    await page.route(code, (route) => route.abort());
    await app.openLibrary('es');
    await page.getByTestId('template-me-uno').click();
    await expect(page.getByRole('alert')).toContainText('Comprueba la conexión y vuelve a intentarlo');
    await expect(page).not.toHaveURL(/\/journey\//);
    await page.unroute(code);
    await page.getByTestId('template-me-uno').click();
    await expect(page).toHaveURL(/\/journey\//);
    await expect(page.getByTestId('touchpoint').first()).toBeVisible();
  });
});

test.describe('when every word cannot be fetched', () => {
  test.use({ serviceWorkers: 'block' });

  test('a page opened from its URL says why it cannot show, and Try again shows it', async ({ app, page }) => {
    await app.openLibrary('en');
    const words = /\/assets\/en-[^/]*\.js$/;
    await page.route(words, (route) => route.abort());
    await page.goto('/trash?lang=en');
    await expect(page.getByTestId('code-load-failed')).toContainText('could not be loaded');
    await page.unroute(words);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trash');
  });
});

test.describe('when the start page’s own words cannot be fetched', () => {
  test.use({ serviceWorkers: 'block' });

  test('the app says why it cannot start, in the chosen language, and Try again starts it', async ({ page }) => {
    const words = /\/assets\/start\.es-[^/]*\.js$/;
    await page.route(words, (route) => route.abort());
    await page.goto('/?lang=es');
    await expect(page.getByTestId('boot-failed')).toContainText('Recorrido no pudo arrancar');
    await page.unroute(words);
    await page.getByRole('button', { name: 'Reintentar' }).click();
    await expect(page.getByTestId('boot-failed')).toHaveCount(0);
    await expect(page.getByTestId('new-journey')).toBeVisible();
  });
});
