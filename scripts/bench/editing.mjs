// Measures of editing the open journey (issue 18), each listed once in run.mjs's APP_MEASURES with the
// sizes it runs at and the figures it adds to the table. A measure gets the editor page with the journey
// open (after the gestures, autosave and exports) and returns its figures in ms.
import { settle, taskDuration } from './page.mjs';

const KEYSTROKES = 20;

/**
 * Main-thread time per keystroke in the inspector's title field: a touchpoint on screen is selected,
 * then 20 letters are typed one by one, each waited for until its frame is painted; the busy time
 * (CDP TaskDuration, autosave included) over the 20 is divided by 20. Checks the title really changed.
 */
export const keystrokeMeasure = {
  figures: [['keystrokeBusy', 'keystroke in inspector title, main-thread busy (ms)', false]],
  async measure({ page, cdp }) {
    if (await page.getByTestId('pdf-download').isVisible()) await page.keyboard.press('Escape');
    await page.locator('[data-testid="touchpoint"][data-bench-dragged]').click();
    const title = page.getByTestId('field-title');
    await title.click();
    await title.press('End');
    const before = await title.inputValue();
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await settle(page);
    const busy0 = await taskDuration(cdp);
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
      await settle(page);
    }
    const busy = (await taskDuration(cdp)) - busy0;
    const after = await title.inputValue();
    if (after.length !== before.length + KEYSTROKES) throw new Error(`typing did not reach the title (${after})`);
    return { keystrokeBusy: busy / KEYSTROKES };
  },
};

/**
 * Opening presentation mode: from the click on `present` until `present-step` shows and the next frame
 * is painted. Leaves the page in presentation mode, so it runs last.
 */
export const presentMeasure = {
  figures: [['presentOpen', 'open presentation mode (ms)', false]],
  async measure({ page }) {
    if (await page.getByTestId('pdf-download').isVisible()) await page.keyboard.press('Escape');
    await settle(page);
    const s = performance.now();
    await page.getByTestId('present').click();
    await page.getByTestId('present-step').first().waitFor({ state: 'visible' });
    await settle(page);
    return { presentOpen: performance.now() - s };
  },
};
