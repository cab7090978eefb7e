import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startServerProcess, type ServerProcess } from '../../server/test/serverProcess.ts';
import { expect, RecorridoApp } from './fixtures';

/**
 * A real sync server for a test, as `npm run server` runs it, serving the built app (dist/) on a free
 * 127.0.0.1 port with a fresh data directory. `restart` kills it and starts it again on the same port and
 * data, as a crash and a restart would, running `whileDown` (if given) in between.
 */
export async function startSyncServer(): Promise<{
  server: () => ServerProcess;
  restart(signal?: NodeJS.Signals, whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}> {
  const dataDir = mkdtempSync(joinPath(tmpdir(), 'recorrido-e2e-sync-'));
  let server = await startServerProcess({ dataDir });
  return {
    server: () => server,
    async restart(signal = 'SIGKILL', whileDown) {
      const port = server.port;
      await server.stop(signal);
      await whileDown?.();
      server = await startServerProcess({ dataDir, port });
    },
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A person with their own browser (context): nothing stored, their own network. */
export async function person(browser: Browser): Promise<{ context: BrowserContext; page: Page; app: RecorridoApp }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { context, page, app: new RecorridoApp(page) };
}

/**
 * Ana opens the app from the sync server at `httpUrl` in `lang`, creates "Me uno" and shares it; Ben joins
 * by the edit link, in the same language. Resolves with both people and the links.
 */
export async function anaSharesBenJoins(browser: Browser, httpUrl: string, lang: 'en' | 'es') {
  const ana = await person(browser);
  await ana.page.goto(`${httpUrl}/?lang=${lang}`);
  await ana.app.createFromTemplate('me-uno');
  const links = await shareOpenJourney(ana.page, 'Ana');
  const ben = await person(browser);
  await join(ben.page, links.edit.replace('/join#', `/join?lang=${lang}#`), 'Ben');
  return { ana, ben, links };
}

/** Shares the open journey through the server the page was loaded from; resolves with both links. */
export async function shareOpenJourney(page: Page, name: string): Promise<{ edit: string; view: string }> {
  await page.getByTestId('share-journey').click();
  await page.getByTestId('share-name').fill(name);
  await page.getByTestId('share-start').click();
  const edit = await page.getByTestId('share-link-edit').inputValue();
  const view = await page.getByTestId('share-link-view').inputValue();
  await expect(page.getByTestId('share-qr')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
  return { edit, view };
}

/** Opens a share link in a fresh browser and waits for the journey, synced. */
export async function join(page: Page, link: string, name?: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByTestId('canvas')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
  if (name) {
    await page.getByTestId('share-journey').click();
    await page.getByTestId('share-name').fill(name);
    await page.keyboard.press('Escape');
  }
}

/** The card of a touchpoint, by its title as shown. */
export const card = (page: Page, title: string) => page.locator('[data-testid="touchpoint"]', { hasText: title });

/** Retitles a touchpoint from the inspector. */
export async function retitle(page: Page, from: string, to: string): Promise<void> {
  await card(page, from).first().click();
  await page.getByTestId('field-title').fill(to);
}
