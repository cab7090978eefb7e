import { execFileSync } from 'node:child_process';
import { expect, test } from './support/fixtures';

/** The PDF's text in content order, whitespace collapsed. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString().replace(/\s+/g, ' ');
}

const ids = (items: import('@playwright/test').Locator) =>
  items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-touchpoint-id')).sort());

test('a to-be: create it, change two touchpoints, delete one and rename a stage; the comparison shows exactly those', async ({
  app,
  page,
}) => {
  await app.openLibrary('en');
  await app.createFromTemplate('me-quejo');
  await expect(page.getByTestId('journey-state')).toHaveAttribute('data-state', 'as-is');
  const asIsUrl = page.url();

  await page.getByTestId('create-to-be').click();
  await expect(page.getByTestId('journey-state')).toHaveAttribute('data-state', 'to-be');
  await expect(page).not.toHaveURL(asIsUrl);
  await expect(page.getByTestId('journey-name')).toHaveValue(/\(to-be\)$/);
  await app.waitSaved();

  const cards = page.getByTestId('touchpoint');
  const [first, second, third] = await cards.evaluateAll((nodes) =>
    nodes.slice(0, 3).map((n) => n.getAttribute('data-touchpoint-id')!),
  );
  const card = (id: string) => page.locator(`[data-testid="touchpoint"][data-touchpoint-id="${id}"]`);

  await card(first).click();
  await page.getByTestId('field-title').fill('I get a clear notice of the amount');
  await card(second).click();
  await page.getByTestId('field-title').fill('A call-back at the time I choose');
  await card(third).click();
  await page.getByTestId('canvas').press('Delete');
  await expect(card(third)).toHaveCount(0);
  await app.waitSaved();
  // The redesign renames its first stage.
  const oldStage = (await app.exportedJourney()).stages[0].name;
  await page.getByTestId('stage-header').first().dblclick();
  await page.getByTestId('stage-name-input').fill('I notice');
  await page.getByTestId('stage-name-input').press('Enter');
  await app.waitSaved();

  await page.getByTestId('compare-versions').click();
  const dialog = page.getByTestId('compare-dialog');
  await expect(dialog.getByTestId('diff-changed')).toHaveCount(2);
  expect(await ids(dialog.getByTestId('diff-changed'))).toEqual([first, second].sort());
  expect(await ids(dialog.getByTestId('diff-removed'))).toEqual([third]);
  await expect(dialog.getByTestId('diff-added')).toHaveCount(0);
  await expect(dialog.getByTestId('diff-changed').first()).toContainText('Title');
  await expect(dialog.getByTestId('diff-stage')).toHaveText([`Renamed: “${oldStage}” → “I notice”`]);
  await expect(dialog.locator('table th[scope="row"]').first()).toHaveText('I notice');

  const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('compare-export-pdf').click()]);
  expect(pdf.suggestedFilename()).toMatch(/comparison\.pdf$/);
  const text = pdfText(await pdf.path());
  expect(text).toContain('I get a clear notice of the amount');
  expect(text).toContain('A call-back at the time I choose');
  expect(text).toContain(`Renamed: “${oldStage}” → “I notice”`);

  const [csv] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('compare-export-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/comparison\.csv$/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The as-is links to its to-be, and its button opens that to-be rather than making another.
  await page.getByTestId('open-as-is').click();
  await expect(page.getByTestId('journey-state')).toHaveAttribute('data-state', 'as-is');
  await expect(page.getByTestId('open-to-be')).toHaveCount(1);
  await page.getByTestId('create-to-be').click();
  await expect(page.getByTestId('journey-state')).toHaveAttribute('data-state', 'to-be');
  await app.backToLibrary();
  await expect(app.cards()).toHaveCount(2);
  await expect(
    page.locator('[data-testid="journey-card"] [data-testid="journey-state"][data-state="to-be"]'),
  ).toHaveCount(1);
});

test('a to-be is offered the touchpoints added to its as-is, takes one, and the offer is gone', async ({
  app,
  page,
}) => {
  await app.openLibrary('es');
  await app.createFromTemplate('me-voy');
  await page.getByTestId('create-to-be').click();
  await expect(page.getByTestId('journey-state')).toHaveAttribute('data-state', 'to-be');
  await app.waitSaved();
  const before = await page.getByTestId('touchpoint').count();
  await expect(page.getByTestId('rebase-offer')).toHaveCount(0);

  await page.getByTestId('open-as-is').click();
  await expect(page.getByTestId('journey-state')).toHaveAttribute('data-state', 'as-is');
  await page.getByTestId('add-touchpoint').click();
  await page.getByTestId('field-title').fill('Encuesta de salida');
  await app.waitSaved();

  await page.getByTestId('open-to-be').click();
  const offer = page.getByTestId('rebase-offer');
  await expect(offer).toContainText('1 punto de contacto nuevo en el as-is');
  await offer.getByTestId('rebase-review').click();
  await expect(offer.getByTestId('rebase-item')).toHaveCount(1);
  // What happens to what is left unticked is said beside the button, not only in Dismiss's tooltip.
  await expect(offer.getByTestId('rebase-take')).toHaveAccessibleDescription(
    'Los que dejes sin marcar no se vuelven a ofrecer, como con Descartar.',
  );
  await offer.getByTestId('rebase-take').click();
  await expect(page.getByTestId('touchpoint')).toHaveCount(before + 1);
  await expect(page.getByTestId('touchpoint').filter({ hasText: 'Encuesta de salida' })).toHaveCount(1);
  await expect(offer).toHaveCount(0);

  // One undo step takes it back, and the offer returns.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('touchpoint')).toHaveCount(before);
  await expect(page.getByTestId('rebase-offer')).toBeVisible();
});
