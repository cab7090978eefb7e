import type { Catalog } from './en';

/** Any part of a catalog: the words a regional variant says otherwise, at their keys. */
export type CatalogOverlay<T = Catalog> = { [K in keyof T]?: T[K] extends string ? string : CatalogOverlay<T[K]> };

/**
 * The words Latin American Spanish says otherwise than the Spanish catalog (es.ts, written as in Spain),
 * laid over it for a browser that puts Spanish in a Latin American region (regionalWords): "costo" for
 * "coste" (Real Academia Española, *Diccionario panhispánico de dudas*, "costo": the usual form in
 * America), "celular" for a mobile phone ("móvil" in Spain; DLE, "celular", Am.), "presiona" for "pulsa".
 * Everything else in es.ts is already said alike on both sides of the Atlantic (the preterite, "tú").
 */
export const es419: CatalogOverlay = {
  import: { map: { kpiCost: 'Costo por contacto' } },
  curve: { overlayChoice: { kpiCost: 'Costo por contacto' } },
  flow: {
    edgeHelp: 'Presiona Intro o Espacio para seleccionar la conexión; luego Suprimir la borra y Escape cancela.',
  },
  panels: {
    inspector: {
      hintShortcuts:
        'Presiona N para añadir un punto de contacto, Mayús+clic para seleccionar varios, ? para ver todos los atajos.',
    },
    measures: {
      kpiCost: 'Costo por contacto ({{currency}})',
      otherCurrency:
        'Los costos de este recorrido están en {{currency}}: «{{value}}» está en otra moneda y no se ha guardado.',
    },
    summary: {
      colMonthlyCost: 'Costo mensual',
      partialCost:
        '† costo mensual solo de los puntos de contacto que tienen a la vez contactos al mes y costo por contacto.',
    },
    settings: { currency: 'Moneda de los costos por contacto' },
    icons: { smartphone: 'Celular' },
  },
  actions: { curveOverlayKpiCost: 'Dibujar el costo por contacto sobre la curva emocional' },
  share: {
    participantLink: 'Enlace para participantes de un taller (celulares: solo pueden enviar notas y reacciones)',
    rotateConfirm:
      'Quien use los enlaces actuales (quien edita, quien lee y los celulares de un taller) se queda sin acceso hasta que le envíes los nuevos. ¿Cambiar los enlaces?',
    stopConfirmWorkshop:
      'El recorrido sale del servidor: cada persona conserva su copia, pero ya no se comparte ningún cambio y todos los enlaces dejan de funcionar. Las notas y reacciones enviadas desde celulares con el enlace para participantes, si las hay, se borran salvo las que se añadieron al mapa. ¿Dejar de compartir?',
  },
  present: {
    join: {
      title: 'Participa desde tu celular',
      needsShare:
        'Los celulares pueden participar cuando el recorrido está compartido: sal de la presentación, elige Compartir y vuelve a presentar.',
      notShared: 'Comparte este recorrido desde el editor para que la sala participe desde sus celulares.',
    },
  },
  exported: {
    pdf: {
      measuresNote:
        '* media ponderada por contactos al mes. † costo mensual solo de los puntos de contacto con volumen y costo por contacto. NPS: media (mínimo … máximo).',
    },
    csv: { kpiCost: 'Costo por contacto ({{currency}})' },
  },
};
