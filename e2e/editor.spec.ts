import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function centreOf(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function dragBy(page: Page, locator: Locator, dx: number, dy: number) {
  const from = await centreOf(locator);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 8 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 8 });
  await page.mouse.up();
}

test('draw a three-stage journey with mouse and keyboard, then find it exactly as left after a reload', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await page.getByTestId('new-journey').click();
  await expect(page.getByTestId('stage-header')).toHaveCount(3);
  const touchpoints = page.getByTestId('touchpoint');

  // Add with the toolbar: the new card is selected and its title is ready to type.
  await page.getByTestId('add-touchpoint').click();
  await expect(touchpoints).toHaveCount(1);
  await expect(page.getByTestId('field-title')).toBeFocused();
  await page.keyboard.type('Veo un anuncio');

  // Add with a double-click on empty canvas inside the third stage's column.
  const stage3 = page.getByTestId('stage-header').nth(2);
  const header = (await stage3.boundingBox())!;
  await page.mouse.dblclick(header.x + header.width / 2, header.y + header.height + 40);
  await expect(touchpoints).toHaveCount(2);
  await page.keyboard.type('Pido información');
  const second = touchpoints.filter({ hasText: 'Pido información' });
  await expect(page.getByTestId('field-stage')).toHaveValue((await stage3.getAttribute('data-stage-id'))!);

  // Add with the keyboard shortcut, after leaving the text field.
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('n');
  await expect(touchpoints).toHaveCount(3);
  await page.keyboard.type('Firmo');
  await page.getByTestId('field-title').press('Tab');

  // Connect the first card to the second by dragging between their handles.
  const first = touchpoints.filter({ hasText: 'Veo un anuncio' });
  const source = first.locator('.react-flow__handle.source');
  const target = second.locator('.react-flow__handle.target');
  await source.hover();
  await page.mouse.down();
  const to = await centreOf(target);
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // Screen readers hear what a connection joins by the touchpoints' titles, and follow a title edit.
  const connection = (from: string, to: string) =>
    page.getByRole('group', { name: `Connection from “${from}” to “${to}”`, exact: true });
  await expect(connection('Veo un anuncio', 'Pido información')).toHaveCount(1);
  // No English words of React Flow's own, made of ids, beside it.
  await expect(page.locator('.react-flow__edge')).not.toHaveAttribute('aria-label', /.*/);

  // Annotate the first card in the inspector.
  await first.click();
  await page.getByTestId('field-title').fill('Veo un anuncio en la red');
  await expect(connection('Veo un anuncio en la red', 'Pido información')).toHaveCount(1);
  await page.getByTestId('field-channel').selectOption('social');
  await page.getByTestId('field-function').selectOption('marketing');
  await page.getByTestId('field-emotion').locator('input[value="-2"]').check();
  await page.getByTestId('field-pain-point').check();
  await expect(first).toHaveAttribute('data-emotion', '-2');
  await expect(first).toHaveAttribute('data-pain-point', 'true');

  // Move it across into the first stage, then undo and redo the move.
  const stage1Id = await page.getByTestId('stage-header').nth(0).getAttribute('data-stage-id');
  const startStageId = await page.getByTestId('field-stage').inputValue();
  expect(startStageId).not.toBe(stage1Id);
  const before = await centreOf(first);
  const stage1 = await centreOf(page.getByTestId('stage-header').nth(0));
  await dragBy(page, first.locator('.touchpoint__title'), stage1.x - before.x, 0);
  await expect(page.getByTestId('field-stage')).toHaveValue(stage1Id!);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('field-stage')).toHaveValue(startStageId);
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('field-stage')).toHaveValue(stage1Id!);

  await app.waitSaved();
  const snapshot = async () =>
    page.getByTestId('touchpoint').evaluateAll((nodes) =>
      nodes
        .map((n) => ({
          id: n.getAttribute('data-touchpoint-id'),
          text: n.textContent,
          emotion: n.getAttribute('data-emotion'),
          pain: n.getAttribute('data-pain-point'),
          transform: (n.closest('.react-flow__node') as HTMLElement).style.transform,
        }))
        .sort((a, b) => a.id!.localeCompare(b.id!)),
    );
  const drawn = await snapshot();
  await page.reload();
  await expect(touchpoints).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  expect(await snapshot()).toEqual(drawn);
});

test('scrolling the inspector and the palette to their ends never scrolls the editor off the page', async ({
  app,
  page,
}) => {
  // Short enough for both panels to scroll, tall enough for the canvas's least height (no page scroll due).
  await page.setViewportSize({ width: 1280, height: 640 });
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  await page.getByTestId('touchpoint').first().click();
  await expect(page.getByTestId('field-title')).toBeVisible();
  const pageScroll = () =>
    page.evaluate(() => ({
      top: document.scrollingElement!.scrollTop,
      overflow: document.scrollingElement!.scrollHeight - window.innerHeight,
    }));
  // The inspector's fields hold visually hidden labels; the page must not grow to reach them.
  expect((await pageScroll()).overflow).toBeLessThanOrEqual(0);
  for (const panel of [page.locator('.editor__side'), page.locator('.palette')]) {
    await panel.hover();
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 600);
    await expect.poll(() => panel.evaluate((node) => node.scrollTop)).toBeGreaterThan(0);
    expect((await pageScroll()).top).toBe(0);
    await expect(page.getByRole('toolbar')).toBeInViewport();
  }
});

test('the stage delete dialog keeps all its choices inside it, long stage names and both languages', async ({
  app,
  page,
}) => {
  for (const lang of ['es', 'en'] as const) {
    await app.openLibrary(lang);
    await app.createFromTemplate('me-uno');
    const touchpoints = (await app.exportedJourney()).touchpoints.length;
    const header = page.getByTestId('stage-header').nth(2);
    await header.hover();
    await header.getByTestId('delete-stage').click();
    const dialog = page.getByTestId('stage-delete-dialog');
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    for (const button of await dialog.getByRole('button').all()) {
      const b = (await button.boundingBox())!;
      expect(b.x, `${lang}: ${await button.textContent()}`).toBeGreaterThanOrEqual(box.x);
      expect(b.x + b.width, `${lang}: ${await button.textContent()}`).toBeLessThanOrEqual(box.x + box.width);
    }
    // The safe choice is pressed where it shows: its touchpoints move to the stage before.
    // Counted in the journey itself: moved cards may land below the part of the map on screen.
    const stages = await page.getByTestId('stage-header').count();
    await dialog.getByTestId('stage-delete-move').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('stage-header')).toHaveCount(stages - 1);
    await app.waitSaved();
    const after = await app.exportedJourney();
    expect(after.stages).toHaveLength(stages - 1);
    expect(after.touchpoints).toHaveLength(touchpoints);
  }
});

test('every point of the emotion curve takes its own click, even two of one stage with one emotion', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  // The user test's pairs: one stage, both "Me gusta", once drawn one on the other.
  const titles = [
    'Me llama un asesor comercial',
    'Pregunto en la tienda del barrio',
    'Pido ayuda por chat',
    'Firmo con un código por SMS',
  ];
  const curve = page.getByTestId('emotion-curve');
  for (const title of titles) {
    const point = curve.getByRole('button', { name: new RegExp(`^${title}: Me gusta`) });
    // A click where the user sees the point, not dispatched to the element: whatever lies on top takes it.
    const { x, y } = await centreOf(point);
    await page.mouse.click(x, y);
    await expect(point).toHaveAttribute('data-selected', 'true');
    await expect(page.getByTestId('inspector').getByTestId('field-title')).toHaveValue(title);
  }
});

test('a click on a connection selects it for the inspector, on the canvas and in the blueprint', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-uno');
  const journey = await app.exportedJourney();
  const stageOf = new Map(journey.touchpoints.map((t) => [t.id, t.stageId]));
  /**
   * A point of a connection's drawn line that nothing else covers (another line, a card, a column), tried
   * from its middle outwards; null when there is none. Before the fix the stage columns lay over every line.
   */
  const freePoint = (id: string) =>
    page.locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-interaction`).evaluate((path, id) => {
      const line = path as SVGPathElement;
      const length = line.getTotalLength();
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const screen = line.getPointAtLength(length * f).matrixTransform(line.getScreenCTM()!);
        const hit = document.elementFromPoint(screen.x, screen.y)?.closest('.react-flow__edge');
        if (hit?.getAttribute('data-id') === id) return { x: screen.x, y: screen.y };
      }
      return null;
    }, id);
  for (const view of ['canvas', 'blueprint'] as const) {
    if (view === 'blueprint') await page.getByTestId('view-blueprint').click();
    // One connection inside a stage and one across two (smooth steps share segments: the first with a free point).
    for (const across of [false, true]) {
      await page.keyboard.press('Escape');
      let clicked: (typeof journey.connections)[number] | undefined;
      for (const connection of journey.connections) {
        if ((stageOf.get(connection.from) !== stageOf.get(connection.to)) !== across) continue;
        const point = await freePoint(connection.id);
        if (!point) continue;
        await page.mouse.click(point.x, point.y);
        clicked = connection;
        break;
      }
      expect(clicked, `a ${across ? 'cross-stage' : 'same-stage'} line to click in the ${view}`).toBeDefined();
      await expect(page.getByTestId('field-connection-label')).toHaveValue(clicked!.label);
      await expect(page.locator('.react-flow__edge.selected')).toHaveAttribute('data-id', clicked!.id);
    }
  }
});
