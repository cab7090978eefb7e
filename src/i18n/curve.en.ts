/** English copy for the curve area; merged into en.ts. Keep keys in step with curve.es.ts. */
export const curveEn = {
  title: 'Emotion curve',
  summary_one: 'Emotion curve: {{count}} touchpoint, average {{average}} ({{label}})',
  summary_other: 'Emotion curve: {{count}} touchpoints, average {{average}} ({{label}})',
  empty: 'Emotion curve: no touchpoint has an emotion yet',
  point: '{{title}}: {{emotion}}',
  momentOfTruth: 'moment of truth',
  painPoint: 'pain point',
  selected: 'selected',
  persona: 'Persona',
  personaHint: 'Whose emotions the curve highlights and the inspector edits',
  series: '{{persona}}: {{count}} touchpoints with an emotion',
  delivered: 'Delivered experience: {{count}} touchpoints assessed',
  deliveredLegend: 'Delivered',
};
