import type { historyEn } from './history.en';

/** Spanish copy for the version history; merged into es.ts. Keep keys in step with history.en.ts. */
export const historyEs: typeof historyEn = {
  open: 'Historial',
  openHint: 'Versiones anteriores de este recorrido',
  title: 'Historial de versiones',
  intro:
    'Se guarda una versión al abrir el recorrido y cada 10 minutos mientras editas. Guarda las tuyas, con nombre, cuando quieras.',
  nameLabel: 'Nombre de esta versión',
  namePlaceholder: 'p. ej. Antes del taller',
  save: 'Guardar versión',
  saved: 'Versión «{{name}}» guardada.',
  listLabel: 'Versiones guardadas',
  loading: 'Cargando versiones…',
  empty: 'Aún no hay versiones.',
  loadFailed: 'No se pudo leer el historial: {{message}}',
  kind: {
    auto: 'Automática',
    named: 'Con nombre',
    'before-restore': 'Antes de restaurar',
  },
  // Each count with words that agree with it (editor.stages, card.touchpoints): "1 etapa · 1 punto de contacto".
  counts: '{{stages}} · {{touchpoints}}',
  previewTitle: 'Vista previa',
  previewHint: 'Elige una versión para ver su contenido.',
  previewLoading: 'Cargando esta versión…',
  previewBroken: 'No se pudo leer esta versión.',
  previewName: 'Nombre del recorrido: {{name}}',
  stages: 'Etapas',
  touchpoints: 'Puntos de contacto',
  moreTouchpoints_one: '…y {{count}} más',
  moreTouchpoints_other: '…y {{count}} más',
  curve: 'Curva emocional de esta versión',
  noCurve: 'Ningún punto de contacto tiene emoción en esta versión.',
  restore: 'Restaurar esta versión',
  restoreHint: 'Antes se guarda el estado actual, y Deshacer lo recupera.',
  restoreFailed: 'No se pudo restaurar esta versión.',
  close: 'Cerrar',
};
