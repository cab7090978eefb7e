import { expect, test } from './support/fixtures';

/** A touchpoint of the files below: [title, channel, function, emotion, pain point, moment of truth]. */
type Row = [string, string | null, string | null, number | null, boolean, boolean];

/** A format-3 journey file; connections link the touchpoints in the order given. */
function journeyFile(id: string, name: string, state: 'as-is' | 'to-be', rows: Row[]) {
  const touchpoints = rows.map(([title, channelId, functionId, emotion, painPoint, momentOfTruth], i) => ({
    id: `${id}-t${i}`,
    title,
    stageId: `${id}-s`,
    channelId,
    functionId,
    emotion,
    painPoint,
    momentOfTruth,
    position: { x: 40, y: 40 + i * 160 },
  }));
  const connections = touchpoints
    .slice(1)
    .map((t, i) => ({ id: `${id}-c${i}`, from: touchpoints[i].id, to: t.id, label: '' }));
  return {
    format: 'recorrido.journey',
    version: 3,
    journey: {
      id,
      name,
      state,
      stages: [{ id: `${id}-s`, name: 'Etapa', width: 320 }],
      touchpoints,
      connections,
      personas: [{ id: `${id}-p`, name: 'Ana', description: '' }],
    },
  };
}

const FILES = [
  journeyFile('ins-uno', 'Me uno', 'as-is', [
    ['Veo un anuncio', 'web', 'marketing', 1, false, true],
    ['Pido información', 'web', 'sales', -1, true, false],
    ['Llamo para contratar', 'call-centre', 'customer-care', -2, true, true],
    ['Recibo el contrato', 'email', 'back-office', null, false, false],
  ]),
  journeyFile('ins-quejo', 'Me quejo', 'as-is', [
    ['Llamo para quejarme', 'call-centre', 'customer-care', -2, true, true],
    ['Me pasan a facturación', 'call-centre', 'back-office', -1, true, false],
    ['Reviso en la web', 'web', 'customer-care', 0, false, false],
  ]),
  journeyFile('ins-voy', 'Me voy', 'to-be', [
    ['Pido la baja en la web', 'web', 'customer-care', 1, false, false],
    ['Me llaman para retenerme', 'call-centre', 'sales', -1, true, true],
    ['Confirmo la baja', 'call-centre', 'sales', 2, false, false],
  ]),
];

/** What the heatmap should show, worked out here from the files themselves. */
function expectedCells() {
  const cells = new Map<string, { touchpoints: number; pains: number; emotions: number[] }>();
  for (const file of FILES) {
    for (const t of file.journey.touchpoints) {
      const key = `${t.channelId}|${t.functionId}`;
      const cell = cells.get(key) ?? { touchpoints: 0, pains: 0, emotions: [] };
      cell.touchpoints++;
      if (t.painPoint) cell.pains++;
      if (t.emotion !== null) cell.emotions.push(t.emotion);
      cells.set(key, cell);
    }
  }
  return new Map(
    [...cells].map(([key, c]) => [
      key,
      {
        touchpoints: c.touchpoints,
        pains: c.pains,
        emotion: c.emotions.length === 0 ? null : c.emotions.reduce((a, b) => a + b, 0) / c.emotions.length,
      },
    ]),
  );
}

test('insights: the heatmap agrees with the imported files, and a cell leads to its touchpoints', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  for (const file of FILES) {
    await page.getByTestId('import-journey-input').setInputFiles({
      name: `${file.journey.name}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(page.getByTestId('import-done')).toContainText(file.journey.name);
  }
  await expect(app.cards()).toHaveCount(3);

  await page.getByTestId('open-insights').click();
  const heatmap = page.getByTestId('insights-heatmap');
  await expect(heatmap).toBeVisible();
  // The page reads the as-is journeys first; "Me voy" is a to-be, so the test reads every state.
  const state = page.getByTestId('insights-filter-state');
  await expect(state).toHaveValue('as-is');
  await expect(heatmap.getByTestId('heatmap-cell')).not.toHaveCount(0);
  await state.selectOption('');
  await expect(heatmap.getByTestId('heatmap-cell')).toHaveCount(expectedCells().size);
  const shown = await heatmap.getByTestId('heatmap-cell').evaluateAll((cells) =>
    cells.map((c) => ({
      key: `${c.getAttribute('data-channel')}|${c.getAttribute('data-function')}`,
      touchpoints: Number(c.getAttribute('data-touchpoints')),
      pains: Number(c.getAttribute('data-pain-points')),
      emotion: c.getAttribute('data-avg-emotion') === '' ? null : Number(c.getAttribute('data-avg-emotion')),
    })),
  );
  const expected = expectedCells();
  expect(shown.map((c) => c.key).sort()).toEqual([...expected.keys()].sort());
  for (const cell of shown) {
    const want = expected.get(cell.key)!;
    expect({ key: cell.key, touchpoints: cell.touchpoints, pains: cell.pains }).toEqual({
      key: cell.key,
      touchpoints: want.touchpoints,
      pains: want.pains,
    });
    if (want.emotion === null) expect(cell.emotion).toBeNull();
    else expect(cell.emotion).toBeCloseTo(want.emotion, 2);
  }
  // The heatmap is a table a screen reader can walk: channels as row headers, functions as column headers.
  await expect(heatmap.getByRole('rowheader', { name: 'Call centre' })).toBeVisible();
  await expect(heatmap.getByRole('columnheader', { name: 'Customer care' })).toBeVisible();

  // Hand-offs: each connection between touchpoints of two different functions, counted per pair.
  const handoffs = new Map<string, number>();
  for (const { journey } of FILES) {
    const fn = new Map(journey.touchpoints.map((t) => [t.id, t.functionId]));
    for (const c of journey.connections) {
      const [from, to] = [fn.get(c.from), fn.get(c.to)];
      if (from && to && from !== to) handoffs.set(`${from}>${to}`, (handoffs.get(`${from}>${to}`) ?? 0) + 1);
    }
  }
  const shownHandoffs = await page
    .getByTestId('insights-handoffs')
    .getByTestId('insight-item')
    .evaluateAll((items) =>
      items.map((i) => [
        `${i.getAttribute('data-from')}>${i.getAttribute('data-to')}`,
        Number(i.getAttribute('data-count')),
      ]),
    );
  expect(new Map(shownHandoffs as [string, number][])).toEqual(handoffs);
  await expect(page.getByTestId('insights-moments').getByTestId('insight-item')).toHaveCount(4);
  await expect(page.getByTestId('insights-pains').getByTestId('insight-item')).toHaveCount(5);

  // Call centre x customer care, from the keyboard: its touchpoints, journeys by name (Me quejo, Me uno).
  const cell = heatmap.locator(
    '[data-testid="heatmap-cell"][data-channel="call-centre"][data-function="customer-care"]',
  );
  await cell.getByRole('button').focus();
  await page.keyboard.press('Enter');
  const listed = page.getByTestId('insights-touchpoints').getByTestId('insight-touchpoint');
  await expect(listed).toHaveCount(2);
  await expect(listed.locator('.insights-link__title')).toHaveText(['Llamo para quejarme', 'Llamo para contratar']);
  await listed.nth(0).click();
  await expect(page).toHaveURL(/\/journey\/[^/?]+$/);
  await expect(page.getByTestId('field-title')).toHaveValue('Llamo para quejarme');
  await expect(page.getByTestId('journey-name')).toHaveValue('Me quejo');
});
