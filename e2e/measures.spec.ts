import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function download(page: Page, testId: string, openMenu = true): Promise<Download> {
  if (openMenu) await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

/** The PDF's text in content order, whitespace collapsed. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString().replace(/\s+/g, ' ');
}

// A browser in Spain: numbers as Spain writes them ("9.500", "5,8"), costs in euros (src/domain/numberRegion.ts).
test.use({ locale: 'es-ES' });

const BACKSTAGE = 'El agente consulta el histórico de facturas en el CRM';
const SUPPORT = 'CRM y sistema de facturación';
const OPPORTUNITY = 'Ofrecer que le llamemos en lugar de esperar';

test('measures the experience: KPIs, delivered, a second persona, backstage, an opportunity; kept, drawn and exported', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-quejo');

  // A second persona, named in the journey settings.
  await page.getByTestId('journey-settings-open').click();
  await page.getByTestId('persona-add').click();
  await page.getByTestId('persona-name').last().fill('Cliente mayor');
  await page.getByTestId('journey-settings-close').click();

  // The pain point "Espero al teléfono": KPIs, delivered, evidence, backstage and support, an opportunity.
  await page.getByTestId('touchpoint').filter({ hasText: 'Espero al teléfono' }).click();
  const field = (id: string) => page.getByTestId('inspector').getByTestId(id);
  await field('field-kpi-nps').fill('-48');
  await field('field-kpi-csat').fill('41');
  await field('field-kpi-ces').fill('5,8');
  await field('field-kpi-fcr').fill('55');
  await field('field-kpi-volume').fill('9.500');
  await field('field-kpi-cost').fill('4.2');
  // Out of range: refused with a message, nothing changes.
  await field('field-kpi-csat').fill('140');
  await expect(page.getByTestId('inspector').getByRole('alert')).toContainText('«140» no se ha guardado');
  await field('field-kpi-fcr').click();
  await expect(field('field-kpi-csat')).toHaveValue('41');
  // Typed key by key over -48, "-1" and "-15" are valid on the way to a refused "-150": -48 stays.
  await field('field-kpi-nps').selectText();
  await field('field-kpi-nps').pressSequentially('-150');
  await field('field-kpi-fcr').click();
  await expect(page.getByTestId('inspector').getByRole('alert').first()).toContainText('«-150» no se ha guardado');
  await expect(field('field-kpi-nps')).toHaveValue('-48');
  await field('field-delivered').selectOption('1');
  await field('field-evidence').selectOption('measured');
  await field('field-backstage').fill(BACKSTAGE);
  await field('field-support').fill(SUPPORT);
  await field('opportunity-add').click();
  await field('field-opportunity-title').fill(OPPORTUNITY);
  await field('field-opportunity-owner').selectOption('customer-care');
  await field('field-opportunity-priority').selectOption('high');

  // The second persona's own emotion on the same touchpoint.
  await page.getByTestId('persona-select').selectOption({ label: 'Cliente mayor' });
  await field('field-emotion').locator('input[value="-2"]').check();
  await app.waitSaved();

  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  const series = page.getByTestId('emotion-curve').getByTestId('emotion-series');
  await expect(series).toHaveCount(2);
  const personaIds = await series.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-persona-id')));
  expect(new Set(personaIds).size).toBe(2);
  await page.getByTestId('touchpoint').filter({ hasText: 'Espero al teléfono' }).click();
  await expect(field('field-kpi-nps')).toHaveValue('-48');
  await expect(field('field-kpi-ces')).toHaveValue('5,8');
  await expect(field('field-delivered')).toHaveValue('1');
  await expect(field('field-backstage')).toHaveValue(BACKSTAGE);
  await expect(field('field-opportunity-title')).toHaveValue(OPPORTUNITY);

  // CSV: the KPI columns and this touchpoint's values.
  const csv = readFileSync(await (await download(page, 'export-csv')).path(), 'utf8');
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  for (const column of ['NPS', 'CSAT (%)', 'CES (1-7)', 'FCR (%)', 'Contactos al mes', 'Coste por contacto (EUR)']) {
    expect(header.split(';')).toContain(column);
  }
  expect(rows.find((row) => row.includes('Espero al teléfono'))).toContain(';1;Medida;-48;41;5,8;55;9500;4,2;');

  // PDF: KPI values, persona names, what is behind the line of visibility, the action plan.
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-pdf').click();
  const text = pdfText(await (await download(page, 'pdf-download', false)).path());
  for (const words of [
    '-48',
    '41 %',
    '5,8',
    '9500',
    'Cliente mayor',
    'Detrás de la línea de visibilidad',
    BACKSTAGE,
    SUPPORT,
    'Plan de acción',
    OPPORTUNITY,
    // The whole heading: its end is the only place that says what the stripe on a card's edge means.
    'Evidencia: cómo se conocen los datos de cada punto de contacto (la franja del borde derecho de la tarjeta)',
  ]) {
    expect(text).toContain(words);
  }
});

test.describe('a browser in Mexico', () => {
  test.use({ locale: 'es-MX' });

  test('reads and writes numbers as Mexico does, the CSV for its spreadsheets, costs in pesos, in its words', async ({
    app,
    page,
  }) => {
    await app.openLibrary('es');
    await app.createFromTemplate('me-quejo');
    await page.getByTestId('touchpoint').filter({ hasText: 'Espero al teléfono' }).click();
    const field = (id: string) => page.getByTestId('inspector').getByTestId(id);
    await field('field-kpi-volume').fill('1,200');
    await field('field-kpi-cost').fill('1,250.75');
    await field('field-kpi-ces').fill('5.8');
    await field('field-kpi-nps').click();
    await expect(page.getByTestId('inspector').getByRole('alert')).toHaveCount(0);
    await expect(field('field-kpi-volume')).toHaveValue('1200');
    await expect(field('field-kpi-cost')).toHaveValue('1250.75');
    await expect(field('field-kpi-ces')).toHaveValue('5.8');
    // Latin American Spanish words where Spain's differ (es419.ts), on screen and in the export.
    await expect(page.getByTestId('inspector')).toContainText('Costo por contacto (MXN)');
    await app.waitSaved();

    const csv = readFileSync(await (await download(page, 'export-csv')).path(), 'utf8');
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header.split(',')).toContain('Costo por contacto (MXN)');
    expect(rows.find((row) => row.includes('Espero al teléfono'))).toContain(',5.8,,1200,1250.75,');
  });
});

test('Measures shows every column of its tables without a sideways scroll in a wide window', async ({ app, page }) => {
  await page.setViewportSize({ width: 1500, height: 950 });
  await app.openLibrary('es');
  await app.createFromTemplate('me-uno');
  // Every measure of one touchpoint, so every column of the tables has a figure.
  await page.getByTestId('touchpoint').first().click();
  const measures = { nps: '-35', csat: '85,5', ces: '3,2', fcr: '70', volume: '16000', cost: '12,50' };
  for (const [field, value] of Object.entries(measures)) await page.getByTestId(`field-kpi-${field}`).fill(value);
  await page.getByTestId('field-kpi-cost').press('Enter');
  await page.getByTestId('kpi-summary-open').click();
  const dialog = page.getByTestId('kpi-summary');
  await expect(dialog.getByRole('table').first()).toBeVisible();
  await expect(dialog).toBeVisible();
  const widths = await dialog.evaluate((node) => ({ content: node.scrollWidth, shown: node.clientWidth }));
  expect(widths.content).toBeLessThanOrEqual(widths.shown);
});
