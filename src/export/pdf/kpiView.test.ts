// jsdom, as exportPdf.test.ts: the shared setup patches HTMLElement, and jsPDF runs under it.
import { instantiateTemplate } from '../../domain/templates';
import { meUno } from '../../domain/templates/meUno';
import { exportBlueprintPdf, type PdfOptions } from './exportPdf';
import { pdfText, removeSavedPdfs, savePdf, squash } from './pdfTestKit';

const NOW = new Date('2025-03-04T10:00:00Z');
afterAll(() => removeSavedPdfs());

/** "Me uno" with KPIs on its first touchpoint and CSAT on its second. */
function measuredJourney(locale: 'es' | 'en') {
  const journey = instantiateTemplate(meUno, locale, NOW);
  const [first, second, ...rest] = journey.touchpoints;
  return {
    ...journey,
    touchpoints: [{ ...first, kpiNps: 32, kpiCsat: 81, kpiCes: 3.2 }, { ...second, kpiCsat: 64 }, ...rest],
  };
}

async function textOf(locale: 'es' | 'en', curveOverlay: PdfOptions['curveOverlay']) {
  const options: PdfOptions = { pageSize: 'a3', orientation: 'landscape', locale, now: NOW, curveOverlay };
  return squash(pdfText(await savePdf(await exportBlueprintPdf(measuredJourney(locale), options))));
}

describe('the PDF shows measures where the screen does', () => {
  it('writes the card’s KPI line, in the document’s language', async () => {
    expect(await textOf('es', null)).toContain(squash('NPS 32 · CSAT 81 % · CES 3,2'));
    expect(await textOf('en', null)).toContain(squash('NPS 32 · CSAT 81 % · CES 3.2'));
  });

  it('draws the KPI picked on screen over the curve with its scale, and none when none was picked', async () => {
    // The scale's top end, with the measure's name: CSAT runs 0..100 %.
    expect(await textOf('es', 'kpiCsat')).toContain(squash('CSAT (%) 100 %'));
    expect(await textOf('es', null)).not.toContain(squash('CSAT (%) 100 %'));
  });
});
