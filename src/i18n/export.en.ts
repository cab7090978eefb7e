/**
 * English words of the exported files (PDF, CSV) that the screen does not show; merged into en.ts as
 * `exported` (the `export` key holds the export menu's own words). Words the screen shows too are read from
 * the screen's keys (see src/export/pdf/pdfStrings.ts, src/export/csv.ts). Keep keys in step with export.es.ts.
 */
export const exportEn = {
  /** Field abbreviations where a word has no room: moment of truth, pain point. */
  short: {
    momentOfTruth: 'MoT',
    painPoint: 'PP',
  },
  pdf: {
    documentSubject: 'Customer journey service blueprint',
    mapImageTitle: 'The map as drawn',
    coverKicker: 'Customer journey blueprint',
    exportedOn: 'Exported on {{date}}',
    updatedOn: 'last edited: {{date}}',
    handoffs: 'Hand-offs between functions',
    averageEmotion: 'Average emotion',
    noEmotionYet: 'No emotions yet',
    contents: 'Contents',
    contentsBlueprint: 'Blueprint and emotion curve',
    appendix: 'Appendix',
    pageSingle: 'p. {{page}}',
    pageRange: 'pp. {{from}}–{{to}}',
    pageOf: 'Page {{page}} of {{total}}',
    gridLabel: 'Blueprint {{k}}/{{n}}',
    stageRange: 'Stages {{from}}–{{to}} of {{total}}',
    stageSingle: 'Stage {{from}} of {{total}}',
    section: 'section {{k}} of {{n}}',
    corner: 'Function / stage',
    continued: '(cont.)',
    noStages: 'This journey has no stages yet.',
    legendChannels: 'Channels used',
    legendMarkers: 'Markers and lines',
    connection: 'Connection: the customer moves on from one touchpoint to the next',
    handoff: 'Hand-off: a connection between two different owning functions',
    offPage: 'The connection continues on blueprint page {{label}}',
    curvePoint: 'Curve point: one touchpoint, in journey order',
    summaryTable: 'Summary by function and channel',
    colFrom: 'From',
    colTo: 'To',
    colConnectionNote: 'Connection note',
    none: 'None.',
    touchpointDetails: 'Touchpoints in detail',
    connectionNotes: 'Connection notes',
    aboutJourney: 'About this journey',
    colField: 'Field',
    colText: 'Text',
    continuesInAppendix: 'Continued in the appendix, p. {{page}}',
  },
  csv: {
    emotionValue: 'Emotion value',
    yes: 'Yes',
    no: 'No',
  },
};
