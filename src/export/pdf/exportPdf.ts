import type { Journey } from '../../domain/journey';
import { drawAppendixPage } from './drawAppendix';
import { drawCover } from './drawCover';
import { drawFooter, journeyTitle } from './drawFrame';
import { drawGridPage } from './drawGrid';
import { drawLegendPage } from './drawLegend';
import { drawMapImagePage, mapPicture } from './drawMapImage';
import { planPdf, type PdfOptions, type PdfPlan } from './plan';

export { planPdf, type PdfOptions, type PdfPlan } from './plan';

/**
 * The journey's blueprint as a print-ready PDF drawn in vectors: cover, tiled blueprint grid with the emotion
 * curve, legend and appendix tables, in the options' language. jsPDF loads only when a PDF is made, so it
 * stays out of the app's first bundle. Pages are exactly those `planPdf` counts. Pass the `plan` already made
 * for this journey and these options (the export dialog shows its page count) to skip planning again.
 */
export async function exportBlueprintPdf(
  journey: Journey,
  options: PdfOptions,
  plan: PdfPlan = planPdf(journey, options),
): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const now = options.now ?? new Date();
  const { strings } = plan.model;
  const title = journeyTitle(journey.name, strings);
  const doc = new jsPDF({ unit: 'pt', format: options.pageSize, orientation: options.orientation, compress: true });
  doc.setProperties({ title, subject: strings.documentSubject, creator: 'Recorrido' });
  doc.setLanguage(options.locale === 'es' ? 'es-ES' : 'en-US');
  doc.setCreationDate(now);

  const image = options.mapImage ? await mapPicture(journey, options) : undefined;

  plan.sheets.forEach((sheet, i) => {
    if (i > 0) doc.addPage(options.pageSize, options.orientation);
    switch (sheet.kind) {
      case 'cover':
        drawCover(doc, plan, title, now);
        break;
      case 'grid':
        drawGridPage(doc, plan.model, plan.grid, sheet.grid, title);
        break;
      case 'image':
        if (image) drawMapImagePage(doc, plan.frame, image, strings.mapImageTitle);
        break;
      case 'legend':
        drawLegendPage(doc, plan.frame, sheet.legend, strings);
        break;
      case 'appendix':
        drawAppendixPage(doc, plan.frame, sheet.appendix);
        break;
    }
    drawFooter(doc, plan.frame, title, i + 1, plan.pages, strings);
  });
  return doc.output('blob');
}
