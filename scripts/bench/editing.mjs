// Measures of editing the open journey (issue 18), each listed once in run.mjs's APP_MEASURES with the
// sizes it runs at and the figures it adds to the table. A measure gets the editor page with the journey
// open (after the gestures, autosave and exports) and returns its figures in ms.
import { settle, taskDuration, timeClickUntilShown } from './page.mjs';

const KEYSTROKES = 20;

/**
 * Main-thread time per keystroke in a title field (ms): the card dragged by the gestures is clicked (when
 * `card` is given), then the field, and 20 letters are typed one by one, each waited for until its frame is
 * painted; the busy time (CDP TaskDuration) until the card shows the new title and `ready` (the page's own
 * idle state: saved) resolves is divided by 20. Checks the title really changed.
 * @throws {Error} when the typing did not reach the field or the card.
 */
async function typeIntoTitle({ page, cdp, card, field, ready }) {
  if (card) await page.locator(card).click();
  const title = page.getByTestId(field);
  await title.click();
  await title.press('End');
  const before = await title.inputValue();
  await ready();
  await settle(page);
  const busy0 = await taskDuration(cdp);
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await settle(page);
  }
  const after = await title.inputValue();
  if (after.length !== before.length + KEYSTROKES) throw new Error(`typing did not reach the title (${after})`);
  // The app writes the journey once typing pauses: its write and its save are part of the typing's cost.
  if (card) await page.locator(card).filter({ hasText: after }).waitFor({ timeout: 10_000 });
  await ready();
  await settle(page);
  const busy = (await taskDuration(cdp)) - busy0;
  return busy / KEYSTROKES;
}

/**
 * Keystroke cost in the inspector's title (autosave included), against the floor's: a controlled input
 * renaming a bare React Flow node through `updateNodeData`.
 */
export const keystrokeMeasure = {
  figures: [['keystrokeBusy', 'keystroke in inspector title, main-thread busy (ms)', true]],
  async measure({ page, cdp }) {
    if (await page.getByTestId('pdf-download').isVisible()) await page.keyboard.press('Escape');
    const saved = () => page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const card = '[data-testid="touchpoint"][data-bench-dragged]';
    return { keystrokeBusy: await typeIntoTitle({ page, cdp, card, field: 'field-title', ready: saved }) };
  },
  async floor({ page, cdp }) {
    const card = '.react-flow__node[data-bench-dragged]';
    return { keystrokeBusy: await typeIntoTitle({ page, cdp, card, field: 'floor-title', ready: async () => {} }) };
  },
};

/**
 * What the keystroke measure costs by itself: the same 20 keys, each with its wait for a painted frame, into
 * a lone input on an empty page (no app, no React) in a fresh context of the same browser, a second after it
 * loaded. Neither the app nor the floor can type for less than this, so the keystroke figures read against it.
 */
export const keystrokeHarnessMeasure = {
  figures: [['keystrokeHarness', 'keystroke in a lone input on an empty page, main-thread busy (ms)', false]],
  async measure({ browser }) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.setContent('<input data-testid="lone-title" value="Touchpoint">');
      // A new page's own start-up work runs in its first second (5.3-6.1 ms a key measured at once, 3.1-3.5
      // after a second); the app and the floor are typed into long after theirs.
      await page.waitForTimeout(1000);
      const busy = await typeIntoTitle({ page, cdp, field: 'lone-title', ready: async () => {} });
      return { keystrokeHarness: busy };
    } finally {
      await context.close();
    }
  },
};

/**
 * Opening presentation mode: from the click on `present`, as the page received it, until `present-step` is
 * in the document and the next frame is painted, timed in the page (page.mjs's timeClickUntilShown, which
 * keeps Playwright's own queries of the 2,000-card page out of the timing). Leaves the page in presentation
 * mode, so it runs last.
 */
export const presentMeasure = {
  figures: [['presentOpen', 'open presentation mode, click to painted (ms)', false]],
  async measure({ page }) {
    if (await page.getByTestId('pdf-download').isVisible()) await page.keyboard.press('Escape');
    await settle(page);
    const presentOpen = await timeClickUntilShown(page, '[data-testid="present"]', '[data-testid="present-step"]');
    await page.getByTestId('present-step').first().waitFor({ state: 'visible' });
    return { presentOpen };
  },
};
