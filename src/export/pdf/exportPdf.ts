import type { Journey } from '../../domain/journey';
import { personasLine } from '../../domain/personas';
import { setTypesetter } from './draw';
import { drawAppendixPage } from './drawAppendix';
import { drawCover } from './drawCover';
import { drawFooter } from './drawFrame';
import { drawGridPage } from './drawGrid';
import { drawLegendPage } from './drawLegend';
import { drawMapImagePage, mapPicture } from './drawMapImage';
import { addNotoSans, fetchNotoSans, type FontSource } from './fonts/notoSans';
import { planPdf, type PdfOptions, type PdfPlan } from './plan';
import { registerTextPictures } from './textPictures';

export { planPdf, type PdfOptions, type PdfPlan } from './plan';
export { browserFallback, type FallbackText } from './fallback';
export { undrawableTouchpoints, type Undrawable } from './drawable';
export { prepareNotoSans } from './fonts/notoSans';

let jsPdf: Promise<typeof import('jspdf')> | undefined;

/** jsPDF, loaded once on first use; the dialog starts loading it when it opens, ahead of the click. */
export function loadJsPdf(): Promise<typeof import('jspdf')> {
  jsPdf ??= import('jspdf');
  jsPdf.catch(() => (jsPdf = undefined));
  return jsPdf;
}

/** What the export reads besides the journey: the font files (fetched from the app's assets by default). */
export interface PdfResources {
  fonts?: FontSource;
  /** The plan already made for these options (the dialog's), so it is not made twice. */
  plan?: PdfPlan;
}

/**
 * The journey's blueprint as a print-ready PDF drawn in vectors: cover, tiled blueprint grid with the emotion
 * curve, legend and appendix tables, in the options' language. jsPDF, and the Unicode font when the journey
 * needs it, load only when a PDF is made, so they stay out of the app's first bundle. Pages are exactly those
 * `planPdf` counts.
 */
export async function exportBlueprintPdf(
  journey: Journey,
  options: PdfOptions,
  resources: PdfResources = {},
): Promise<Blob> {
  const plan = resources.plan ?? planPdf(journey, options);
  const [{ jsPDF }, fonts] = await Promise.all([
    loadJsPdf(),
    plan.type.font === 'noto' ? (resources.fonts ?? fetchNotoSans)() : Promise.resolve(null),
  ]);
  registerTextPictures(jsPDF.API);
  const now = options.now ?? new Date();
  const { strings } = plan.model;
  const { title } = plan;
  const doc = new jsPDF({ unit: 'pt', format: options.pageSize, orientation: options.orientation, compress: true });
  if (fonts) addNotoSans(doc, fonts);
  setTypesetter(doc, plan.type);
  const persona = plan.type.singleLine(personasLine(journey, strings.personaNumbered));
  doc.setProperties({
    title,
    subject: persona ? `${strings.documentSubject} · ${persona}` : strings.documentSubject,
    keywords: journey.stages.map((stage) => plan.type.singleLine(stage.name)).join(', '),
    creator: 'Recorrido',
  });
  doc.setLanguage(options.locale === 'es' ? 'es-ES' : 'en-US');
  doc.setCreationDate(now);

  const image = options.mapImage ? await mapPicture(journey, options) : undefined;

  plan.sheets.forEach((sheet, i) => {
    if (i > 0) doc.addPage(options.pageSize, options.orientation);
    switch (sheet.kind) {
      case 'cover':
        drawCover(doc, plan, now);
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
