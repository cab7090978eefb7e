import type { curveEn } from './curve.en';

/** Spanish copy for the curve area; merged into es.ts. */
export const curveEs: typeof curveEn = {
  title: 'Curva emocional',
  point: '{{title}}: {{emotion}}',
  noEmotion: 'sin emoción todavía',
  momentOfTruth: 'momento de la verdad',
  painPoint: 'punto de dolor',
  selected: 'seleccionado',
  persona: 'Persona',
  personaHint: 'De quién son las emociones que resalta la curva y edita el inspector',
  series_one: '{{persona}}: {{count}} punto de contacto con emoción',
  series_other: '{{persona}}: {{count}} puntos de contacto con emoción',
  delivered_one: 'Experiencia entregada: {{count}} punto de contacto evaluado',
  delivered_other: 'Experiencia entregada: {{count}} puntos de contacto evaluados',
  deliveredLegend: 'Entregada',
  overlay: 'Medida dibujada sobre la curva emocional',
  overlayChoice: {
    none: 'Ninguna medida',
    kpiNps: 'NPS',
    kpiCsat: 'CSAT (%)',
    kpiCes: 'CES (1-7)',
    kpiFcr: 'FCR (%)',
    kpiVolume: 'Contactos al mes',
    kpiCost: 'Coste por contacto',
  },
  overlayLabel_one:
    '{{measure}} sobre la curva, de {{min}} (abajo) a {{max}} (arriba): {{count}} punto de contacto medido',
  overlayLabel_other:
    '{{measure}} sobre la curva, de {{min}} (abajo) a {{max}} (arriba): {{count}} puntos de contacto medidos',
  overlayEmpty: '{{measure}} sobre la curva: ningún punto de contacto la tiene todavía',
  overlayBar: '{{title}}: {{value}}',
  dimAssumed: 'Atenuar supuestos',
  dimAssumedLegend: 'Tarjeta desvaída con borde discontinuo: sus datos se suponen, aún por comprobar',
};
