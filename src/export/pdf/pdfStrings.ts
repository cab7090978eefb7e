import type { Locale } from '../../domain/locale';
import type { exportEn } from '../../i18n/export.en';
import { fixedT } from '../../i18n/fixedT';

/** Keys of the words only the PDF prints. */
type PdfOnlyKey = keyof (typeof exportEn)['pdf'];

/**
 * Every word the PDF prints, in one language, read through i18next from the app's catalogs. A word the
 * screen shows too comes from the screen's own key (the curve's title is `curve.title` here as on the
 * canvas), so the two cannot drift apart; words only the PDF prints live under `exported.pdf`. Labels with
 * values are functions.
 */
export function pdfStrings(locale: Locale) {
  const t = fixedT(locale);
  const plain = <K extends PdfOnlyKey>(...keys: K[]) =>
    Object.fromEntries(keys.map((key) => [key, t(`exported.pdf.${key}`)])) as Record<K, string>;
  return {
    ...plain(
      'documentSubject',
      'mapImageTitle',
      'coverKicker',
      'handoffs',
      'averageEmotion',
      'noEmotionYet',
      'contents',
      'contentsBlueprint',
      'appendix',
      'corner',
      'cornerLayers',
      'legendLayers',
      'layerCustomerExplained',
      'layerFrontstageExplained',
      'layerVisibilityExplained',
      'layerBackstageExplained',
      'layerSupportExplained',
      'continued',
      'noStages',
      'legendChannels',
      'legendMarkers',
      'connection',
      'handoff',
      'curvePoint',
      'summaryTable',
      'colFrom',
      'colTo',
      'colConnectionNote',
      'none',
      'touchpointDetails',
      'connectionNotes',
      'aboutJourney',
      'colField',
      'colText',
    ),
    // The screen's words.
    persona: t('panels.personas.title'),
    stages: t('present.statStages'),
    touchpoints: t('present.statTouchpoints'),
    momentsOfTruth: t('present.statMomentsOfTruth'),
    painPoints: t('present.statPainPoints'),
    legend: t('panels.legend.title'),
    legendFunctions: t('panels.legend.functions'),
    legendEmotions: t('panels.legend.emotions'),
    untitledJourney: t('library.untitled'),
    untitledTouchpoint: t('touchpoint.untitled'),
    noChannel: t('touchpoint.noChannel'),
    noFunction: t('touchpoint.noFunction'),
    noEmotion: t('touchpoint.noEmotion'),
    emotionCurve: t('curve.title'),
    momentOfTruth: t('touchpoint.momentOfTruth'),
    painPoint: t('touchpoint.painPoint'),
    colStage: t('panels.inspector.stage'),
    colTouchpoint: t('panels.inspector.touchpoint'),
    colChannel: t('panels.inspector.channel'),
    colEmotion: t('panels.inspector.emotion'),
    colWhatHurts: t('panels.inspector.painNote'),
    colDescription: t('panels.inspector.description'),
    colNotes: t('panels.inspector.notes'),
    journeyDescription: t('panels.settings.description'),
    colTouchpointCount: t('present.statTouchpoints'),
    colAverage: t('exported.pdf.averageEmotion'),
    // The layered blueprint's rows and line, as the screen names them.
    layerCustomer: t('blueprint.customer'),
    layerFrontstage: t('blueprint.frontstage'),
    layerBackstage: t('blueprint.backstage'),
    layerSupport: t('blueprint.support'),
    visibility: t('blueprint.visibility'),
    // The trade's abbreviations, where a card or a column has no room for the words.
    motShort: t('exported.short.momentOfTruth'),
    painShort: t('exported.short.painPoint'),
    // Labels with values.
    exportedOn: (date: string) => t('exported.pdf.exportedOn', { date }),
    updatedOn: (date: string) => t('exported.pdf.updatedOn', { date }),
    pageSingle: (page: number) => t('exported.pdf.pageSingle', { page }),
    pageRange: (range: { from: number; to: number }) => t('exported.pdf.pageRange', range),
    pageOf: (page: number, total: number) => t('exported.pdf.pageOf', { page, total }),
    gridLabel: (k: number, n: number) => t('exported.pdf.gridLabel', { k, n }),
    stageRange: (values: { from: number; to: number; total: number }) => t('exported.pdf.stageRange', values),
    stageSingle: (values: { from: number; total: number }) => t('exported.pdf.stageSingle', values),
    section: (k: number, n: number) => t('exported.pdf.section', { k, n }),
    offPage: (label: string) => t('exported.pdf.offPage', { label }),
    /** The legend's line for curveSeries' `unrated` marks, naming whose curve has no emotion there. */
    curveUnrated: t('exported.pdf.curveUnrated'),
    /** What the KPI bars over the curve show, as the screen's overlay names itself. */
    overlayLegend: (values: { measure: string; min: string; max: string; count: number }) =>
      t('curve.overlayLabel', values),
    continuesInAppendix: (page: number) => t('exported.pdf.continuesInAppendix', { page }),
    /** "Emotion of Ana", as the inspector heads a persona's emotion: the emotion columns' header for her. */
    emotionOf: (persona: string) => t('panels.measures.emotionOf', { persona }),
    /** "Average emotion of Ana": the cover's tile and the summary's column when her emotions are shown. */
    averageEmotionOf: (persona: string) => t('exported.pdf.averageEmotionOf', { persona }),
    /** "Persona 2": a persona with no name, by its number. */
    personaNumbered: (n: number) => t('panels.personas.unnamed', { n }),
    /** "Etapa 3": a stage with no name, by its number. */
    stageNumbered: (n: number) => t('toolbar.stageName', { n }),
  };
}

/** The PDF's words in one language (see pdfStrings). */
export type PdfStrings = ReturnType<typeof pdfStrings>;
