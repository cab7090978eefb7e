import type { exportEn } from './export.en';

/** Spanish words of the exported files (PDF, CSV); merged into es.ts as `exported`. */
export const exportEs: typeof exportEn = {
  /** The trade's abbreviations (DOMAIN.md): momento de la verdad (MPT), momento de dolor (MOP). */
  short: {
    momentOfTruth: 'MPT',
    painPoint: 'MOP',
  },
  pdf: {
    documentSubject: 'Blueprint de servicio del recorrido del cliente',
    mapImageTitle: 'El mapa tal como está dibujado',
    coverKicker: 'Blueprint del recorrido del cliente',
    exportedOn: 'Exportado el {{date}}',
    updatedOn: 'última modificación: {{date}}',
    handoffs: 'Traspasos entre funciones',
    averageEmotion: 'Emoción media',
    noEmotionYet: 'Sin emociones aún',
    contents: 'Contenido',
    contentsBlueprint: 'Blueprint y curva emocional',
    appendix: 'Anexo',
    pageSingle: 'pág. {{page}}',
    pageRange: 'págs. {{from}}–{{to}}',
    pageOf: 'Página {{page}} de {{total}}',
    gridLabel: 'Blueprint {{k}}/{{n}}',
    stageRange: 'Etapas {{from}}–{{to}} de {{total}}',
    stageSingle: 'Etapa {{from}} de {{total}}',
    section: 'sección {{k}} de {{n}}',
    corner: 'Función / etapa',
    continued: '(cont.)',
    noStages: 'Este recorrido aún no tiene etapas.',
    legendChannels: 'Canales usados',
    legendMarkers: 'Marcas y líneas',
    connection: 'Conexión: el cliente pasa de un punto de contacto al siguiente',
    handoff: 'Traspaso: conexión entre dos funciones responsables distintas',
    offPage: 'La conexión sigue en la página {{label}} del blueprint',
    curvePoint: 'Punto de la curva: un punto de contacto, en el orden del recorrido',
    summaryTable: 'Resumen por función y canal',
    colFrom: 'Desde',
    colTo: 'Hacia',
    colConnectionNote: 'Nota de la conexión',
    none: 'Ninguno.',
  },
  csv: {
    emotionValue: 'Valor emoción',
    yes: 'Sí',
    no: 'No',
  },
};
