import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { journeyOrder } from '../src/domain/emotionCurve';
import type { Journey } from '../src/domain/journey';
import { expect, test, type RecorridoApp } from './support/fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));
const XLSX = path.join(here, '..', 'src', 'domain', 'table', 'fixtures', 'journey-exceljs.xlsx');

const TWO_JOURNEYS = `# Journeys of the care team

\`\`\`mermaid
journey
  title Me uno
  section Me informo
    Veo un anuncio: 3: Cliente
\`\`\`

\`\`\`mermaid
journey
  title Me quejo
  section Reclamo
    Llamo al centro: 1: Cliente, Agente
    Espero respuesta: 2: Cliente
  section Resolución
    Me devuelven el dinero: 5: Cliente
\`\`\`
`;

/** The app's own Spanish CSV with measures, as written by src/export/csv.ts (';', decimal commas, BOM). */
const MEASURED_CSV =
  '\uFEFF' +
  [
    'Etapa;Punto de contacto;Canal;Función responsable;Emoción;Valor emoción;Momento de la verdad;Punto de dolor;' +
      'Qué duele;Notas;Experiencia entregada (-2 a 2);Evidencia;NPS;CSAT (%);CES (1-7);FCR (%);Contactos al mes;' +
      'Coste por contacto (EUR);Acciones de backstage;Procesos de soporte;Emoción de Ana',
    'Reclamo;Espero al teléfono;Teléfono;Atención al cliente;Lo odio;-2;No;Sí;Espera larga;;1;Medida;-48;41,5;5,8;;' +
      '9500;4,2;El agente consulta el CRM;Centralita;-1',
    'Reclamo;Llamo al centro;Teléfono;Atención al cliente;No me gusta;-1;No;No;;;;Observada;150;;;60;;;;;-2',
  ].join('\r\n') +
  '\r\n';

/** Cells as Excel, Sheets and LibreOffice put them on the clipboard: tab-separated, one line per row. */
const SPREADSHEET_RANGE = [
  ['Fase', 'Paso', 'Medio', 'Quién', 'Sentimiento'],
  ['Me informo', 'Veo un anuncio', 'Web', 'Marketing', '4'],
  ['Me informo', 'Llamo', 'Teléfono', 'Atención al cliente', '1'],
  ['Contrato', 'Firmo', 'Tienda', 'Ventas', '5'],
]
  .map((row) => row.join('\t'))
  .join('\r\n');

/** A journey's content in journey order: what an import must give back. */
function outline(journey: Journey) {
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  return {
    stages: journey.stages.map((s) => s.name),
    touchpoints: journeyOrder(journey).map((t) => [stageName.get(t.stageId), t.title, t.emotion]),
  };
}

/** Opens a journey from its card and reads it back through its exported journey file. */
async function openAndRead(app: RecorridoApp, page: Page, cardId: string): Promise<Journey> {
  await page.locator(`[data-testid="journey-card"][data-journey-id="${cardId}"]`).getByTestId('open-journey').click();
  await expect(page.getByTestId('canvas')).toBeVisible();
  const journey = (await app.exportedJourney()) as unknown as Journey;
  await app.backToLibrary();
  return journey;
}

const cardIds = (app: RecorridoApp) =>
  app.cards().evaluateAll((cards) => cards.map((c) => c.getAttribute('data-journey-id')!));

test('a Markdown file with two Mermaid journeys: the second is picked and imported', async ({ app, page }) => {
  await app.openLibrary('es');
  await page.getByTestId('import-journey-input').setInputFiles({
    name: 'recorridos.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(TWO_JOURNEYS),
  });
  const pick = page.getByRole('dialog', { name: '¿Qué recorrido?' });
  await expect(pick.getByTestId('mermaid-pick-option')).toHaveText([
    /Me uno.*1 etapa · 1 punto de contacto/,
    /Me quejo.*2 etapas · 3 puntos de contacto/,
  ]);
  await pick.getByRole('button', { name: /Me quejo/ }).click();

  await expect(page.getByTestId('import-done')).toContainText('Se importó «Me quejo»: 2 etapas, 3 puntos de contacto.');
  await expect(pick).toBeHidden();
  await expect(app.cards()).toHaveCount(1);
  const [id] = await cardIds(app);
  const journey = await openAndRead(app, page, id);
  expect(journey.name).toBe('Me quejo');
  expect(outline(journey)).toEqual({
    stages: ['Reclamo', 'Resolución'],
    touchpoints: [
      ['Reclamo', 'Llamo al centro', -2],
      ['Reclamo', 'Espero respuesta', -1],
      ['Resolución', 'Me devuelven el dinero', 2],
    ],
  });
  expect(journey.touchpoints.find((t) => t.title === 'Llamo al centro')?.notes).toBe('Actores: Cliente, Agente');
});

test('cells copied from a spreadsheet are pasted, their columns matched, and imported', async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.openLibrary('en');
  await page.evaluate((text) => navigator.clipboard.writeText(text), SPREADSHEET_RANGE);

  await page.getByTestId('paste-import').click();
  const box = page.getByTestId('paste-import-text');
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box).toHaveValue(/^Fase\tPaso\tMedio/);
  await page.getByTestId('paste-import-submit').click();

  const map = page.getByTestId('column-map');
  await expect(map).toBeVisible();
  await expect(map.getByTestId('column-map-stage')).toHaveValue('0');
  await expect(map.getByTestId('column-map-title')).toHaveValue('1');
  await expect(map.getByTestId('column-map-function')).toHaveValue('');
  await expect(map.getByTestId('column-map-summary')).toHaveText('2 stages · 3 touchpoints');
  await map.getByTestId('column-map-function').selectOption('Quién');
  await expect(map.getByRole('table')).toContainText('Customer care');
  await map.getByTestId('column-map-name').fill('Onboarding from the sheet');
  await map.getByTestId('column-map-submit').click();

  await expect(page.getByTestId('import-done')).toContainText('“Onboarding from the sheet” imported: 2 stages, 3');
  await expect(map).toBeHidden();
  const journey = await openAndRead(app, page, (await cardIds(app))[0]);
  expect(outline(journey)).toEqual({
    stages: ['Me informo', 'Contrato'],
    touchpoints: [
      ['Me informo', 'Veo un anuncio', 1],
      ['Me informo', 'Llamo', -2],
      ['Contrato', 'Firmo', 2],
    ],
  });
  expect(journey.touchpoints.map((t) => t.functionId)).toEqual(['marketing', 'customer-care', 'sales']);
});

test('an .xlsx workbook is imported through the column mapping, from the sheet picked', async ({ app, page }) => {
  await app.openLibrary('es');
  await page.getByTestId('import-journey-input').setInputFiles(XLSX);
  const map = page.getByTestId('column-map');
  await expect(map.getByTestId('column-map-sheet')).toHaveValue('0');
  await expect(map.getByTestId('column-map-sheet').locator('option')).toHaveText(['Recorrido', 'Otra hoja']);
  await expect(map.getByTestId('column-map-title')).toHaveValue('1');
  await expect(map.getByTestId('column-map-summary')).toHaveText('2 etapas · 4 puntos de contacto');
  await map.getByTestId('column-map-submit').click();

  await expect(page.getByTestId('import-done')).toContainText('Se importó «journey-exceljs»');
  const journey = await openAndRead(app, page, (await cardIds(app))[0]);
  expect(outline(journey)).toEqual({
    stages: ['Me informo', 'Contrato'],
    touchpoints: [
      ['Me informo', 'Veo un anuncio', 0],
      ['Me informo', 'Comparo tarifas', 1],
      ['Contrato', 'Llamo: "¿dónde está?"', -2],
      ['Contrato', 'Firmo 🖊️', 2],
    ],
  });
});

test('a journey exported as Mermaid (file and clipboard) imports back with the same stages, titles and emotions', async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  const original = (await app.exportedJourney()) as unknown as Journey;

  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-mermaid').click()]);
  expect(download.suggestedFilename()).toBe('Me uno.mmd');
  const file = await download.path();
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^journey\n {2}title Me uno\n/);

  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-mermaid-copy').click();
  await expect(page.getByTestId('export-copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  await app.backToLibrary();
  await page.getByTestId('import-journey-input').setInputFiles(file);
  // A journey of that name is in the library already: the import comes in named apart.
  await expect(page.getByTestId('import-done')).toContainText('Se importó «Me uno (copia)»');
  await expect(app.cards()).toHaveCount(2);
  const copyId = (await cardIds(app)).find((id) => id !== original.id)!;
  const imported = await openAndRead(app, page, copyId);
  expect(imported.name).toBe('Me uno (copia)');
  expect(outline(imported)).toEqual(outline(original));
});

test("the app's CSV with measure columns imports its KPIs, evidence and personas, reporting what it could not keep", async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await page.getByTestId('import-journey-input').setInputFiles({
    name: 'Me quejo medido.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(MEASURED_CSV),
  });
  const done = page.getByTestId('import-done');
  await expect(done).toContainText('Se importó «Me quejo medido»: 1 etapa, 2 puntos de contacto.');
  await expect(done.getByTestId('import-personas')).toHaveText(
    '2 personas, cada una con su curva de emoción: Persona 1, Ana.',
  );
  await expect(done).toContainText('Fila 3: «NPS (de -100 a 100)»: 150 está fuera de su rango; se dejó vacío');

  await page.getByTestId('open-journey').click();
  await expect(page.getByTestId('canvas')).toBeVisible();
  const field = (id: string) => page.getByTestId('inspector').getByTestId(id);
  await page.getByTestId('touchpoint').filter({ hasText: 'Espero al teléfono' }).click();
  await expect(field('field-kpi-nps')).toHaveValue('-48');
  await expect(field('field-kpi-csat')).toHaveValue('41,5');
  await expect(field('field-kpi-ces')).toHaveValue('5,8');
  await expect(field('field-kpi-volume')).toHaveValue('9500');
  await expect(field('field-kpi-cost')).toHaveValue('4,2');
  await page.getByTestId('touchpoint').filter({ hasText: 'Llamo al centro' }).click();
  // Out of range: left empty, not clamped to 100.
  await expect(field('field-kpi-nps')).toHaveValue('');
  await expect(field('field-kpi-fcr')).toHaveValue('60');
});

test('bad files are refused with the reason, and the library stays as it was', async ({ app, page }) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-voy');
  await app.backToLibrary();
  const before = await cardIds(app);
  const input = page.getByTestId('import-journey-input');
  const error = page.getByTestId('import-error');

  const refused: [string, Buffer, RegExp][] = [
    ['empty.csv', Buffer.alloc(0), /“empty\.csv” was not imported: It is empty\./],
    ['huge.csv', Buffer.alloc(20 * 1024 * 1024 + 1, 'a'), /larger than 20 MB/],
    ['photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /It is not text/],
    [
      'talk.mmd',
      Buffer.from('sequenceDiagram\n  A->>B: Hola\n'),
      /Mermaid “sequenceDiagram” diagram: only journey and flowchart/,
    ],
    ['book.xlsx', Buffer.from('this is no workbook'), /not a valid Excel workbook/],
    ['cut.xlsx', readFileSync(XLSX).subarray(0, 400), /not a valid Excel workbook/],
  ];
  for (const [name, buffer, reason] of refused) {
    await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(error).toContainText(reason);
    await expect(error).toContainText('Nothing was changed.');
    await expect(page.getByTestId('import-done')).toHaveCount(0);
    expect(await cardIds(app)).toEqual(before);
  }

  // A table whose columns name no touchpoint title: the mapping dialog says so and imports nothing.
  await input.setInputFiles({
    name: 'colours.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Colour,Size\nred,big\n'),
  });
  const map = page.getByTestId('column-map');
  await expect(map.getByTestId('import-error')).toContainText('No column holds the touchpoint titles');
  await map.getByTestId('column-map-submit').click();
  await expect(map).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(map).toBeHidden();

  await page.reload();
  await expect(app.cards()).toHaveCount(1);
  expect(await cardIds(app)).toEqual(before);
});
