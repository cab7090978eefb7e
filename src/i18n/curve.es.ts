import type { curveEn } from './curve.en';

/** Spanish copy for the curve area; merged into es.ts. */
export const curveEs: typeof curveEn = {
  title: 'Curva emocional',
  summary_one: 'Curva emocional: {{count}} punto de contacto, media {{average}} ({{label}})',
  summary_other: 'Curva emocional: {{count}} puntos de contacto, media {{average}} ({{label}})',
  empty: 'Curva emocional: ningún punto de contacto tiene emoción todavía',
  point: '{{title}}: {{emotion}}',
  momentOfTruth: 'momento de la verdad',
  painPoint: 'punto de dolor',
  selected: 'seleccionado',
  persona: 'Persona',
  personaHint: 'De quién son las emociones que resalta la curva y edita el inspector',
  series: '{{persona}}: {{count}} puntos de contacto con emoción',
  delivered: 'Experiencia entregada: {{count}} puntos de contacto evaluados',
  deliveredLegend: 'Entregada',
};
