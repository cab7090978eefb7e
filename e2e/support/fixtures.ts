import { readFileSync } from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Page helpers for the library and the editor, using the stable test ids of AUTOMATION.md. */
export class RecorridoApp {
  readonly externalRequests: string[] = [];
  readonly cspViolations: string[] = [];
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) this.cspViolations.push(message.text());
    });
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:') {
        this.externalRequests.push(request.url());
      }
    });
  }

  async openLibrary(lang: 'es' | 'en' = 'en') {
    await this.page.goto(`/?lang=${lang}`);
    await expect(this.page.getByTestId('new-journey')).toBeVisible();
  }

  cards() {
    return this.page.getByTestId('journey-card');
  }

  card(name: string) {
    return this.cards().filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** The same card, found by its journey id so it stays found while its name is edited. */
  async cardById(card: Locator) {
    const id = await card.getAttribute('data-journey-id');
    return this.page.locator(`[data-testid="journey-card"][data-journey-id="${id}"]`);
  }

  async createFromTemplate(id: 'me-uno' | 'me-quejo' | 'me-voy') {
    await this.page.getByTestId(`template-${id}`).click();
    await expect(this.page.getByTestId('canvas')).toBeVisible();
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  }

  async backToLibrary() {
    await this.page.getByTestId('open-library').click();
    await expect(this.page.getByTestId('new-journey')).toBeVisible();
  }

  async waitSaved() {
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  }

  /** The open journey as its exported journey file says it is (export menu, JSON), parsed. */
  async exportedJourney(): Promise<ExportedJourney> {
    await this.page.getByTestId('export-menu').click();
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('export-json').click(),
    ]);
    const text = readFileSync(await file.path(), 'utf8');
    return (JSON.parse(text) as { journey: ExportedJourney }).journey;
  }
}

/** The parts of an exported journey file the tests read. */
export interface ExportedJourney {
  id: string;
  name: string;
  stages: { id: string; name: string; width: number }[];
  touchpoints: {
    id: string;
    title: string;
    stageId: string;
    functionId: string | null;
    position: { x: number; y: number };
  }[];
  connections: { id: string; from: string; to: string; label: string }[];
}

export const test = base.extend<{ app: RecorridoApp }>({
  app: async ({ page }, use) => {
    const app = new RecorridoApp(page);
    await use(app);
    expect(app.externalRequests, 'the app made a network request of its own').toEqual([]);
    expect(app.cspViolations, 'the app broke its Content-Security-Policy').toEqual([]);
    expect(app.dialogs, 'the app opened a browser dialog').toEqual([]);
  },
});

export { expect };
