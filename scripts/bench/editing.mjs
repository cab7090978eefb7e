// Measures of editing the open journey (issue 18), each listed once in run.mjs's APP_MEASURES with the
// sizes it runs at and the figures it adds to the table. A measure gets the editor page with the journey
// open (after the gestures, autosave and exports) and returns its figures in ms.
import { settle, taskDuration, timeClickUntilShown } from './page.mjs';

const KEYSTROKES = 20;

/**
 * Resolves, in the page, once the title field holds `text`, the card (when given) shows it and the page is
 * `ready` (an element matching `ready` is in the document, e.g. the save status saying saved): checked with
 * native queries every 50 ms, so that Playwright's own locator polling, whose injected queries cost ~3 ms
 * each on a page of 2,000 cards, is not timed as the app's work. Rejects after 10 s.
 */
const waitInPage = (page, { field, card, text, ready }) =>
  page.evaluate(
    ({ field, card, text, ready }) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const value = document.querySelector(`[data-testid="${field}"]`)?.value;
          const shown = !card || [...document.querySelectorAll(card)].some((el) => el.textContent.includes(text));
          if (value === text && shown && (!ready || document.querySelector(ready))) resolve(value);
          else if (performance.now() - started > 10_000) reject(new Error(`typing did not reach the title (${value})`));
          else setTimeout(check, 50);
        };
        check();
      }),
    { field, card, text, ready },
  );

/**
 * Main-thread time per keystroke in a title field (ms): the card dragged by the gestures is clicked (when
 * `card` is given), then the field, and 20 letters are typed one by one, each waited for until its frame is
 * painted; the busy time (CDP TaskDuration) until the field and the card hold the new title and the page is
 * `ready` (a selector for the page's own idle state: saved) is divided by 20. Inside the timed span only the
 * keys, a frame wait per key and one in-page wait (waitInPage) run.
 * @throws {Error} when the typing did not reach the field or the card within 10 s.
 */
async function typeIntoTitle({ page, cdp, card, field, ready }) {
  if (card) await page.locator(card).click();
  const title = page.getByTestId(field);
  await title.click();
  await title.press('End');
  const before = await title.inputValue();
  if (ready) await page.locator(ready).waitFor();
  await settle(page);
  let text = before;
  const busy0 = await taskDuration(cdp);
  for (let i = 0; i < KEYSTROKES; i++) {
    const key = String.fromCharCode(97 + (i % 26));
    text += key;
    await page.keyboard.press(key);
    await settle(page);
  }
  // The app writes the journey once typing pauses: its write and its save are part of the typing's cost.
  await waitInPage(page, { field, card, text, ready });
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
    const card = '[data-testid="touchpoint"][data-bench-dragged]';
    const ready = '[data-testid="save-status"][data-state="saved"]';
    return { keystrokeBusy: await typeIntoTitle({ page, cdp, card, field: 'field-title', ready }) };
  },
  async floor({ page, cdp }) {
    const card = '.react-flow__node[data-bench-dragged]';
    return { keystrokeBusy: await typeIntoTitle({ page, cdp, card, field: 'floor-title' }) };
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
      const busy = await typeIntoTitle({ page, cdp, field: 'lone-title' });
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
