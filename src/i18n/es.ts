import { actionsEs } from './actions.es';
import { shareEs } from './share.es';
import { curveEs } from './curve.es';
import { exportEs } from './export.es';
import { historyEs } from './history.es';
import type { Catalog } from './en';
import { panelsEs } from './panels.es';
import { insightsEs } from './insights.es';
import { presentEs } from './present.es';
import { versionsEs } from './versions.es';
import { startEs } from './start.es';

// In this chunk, so a Latin American browser has its words with the rest (i18n.ts lays them over es).
export { es419 } from './es419';

/** Spanish UI copy: the start page's words (start.es.ts) and every other screen's. */
export const es: Catalog = {
  ...startEs,
  save: {
    exportNow: 'Exportar ahora',
    upgrade:
      'Recorrido se actualizó en otra pestaña. Esta pestaña dejó de guardar; recarga para seguir: tus cambios de aquí se conservan y vuelven tras recargar.',
    saving: 'Guardando…',
    saved: 'Guardado',
    error: 'Sin guardar',
    quota:
      'Este navegador se quedó sin espacio. Tus cambios siguen en esta pestaña; libera espacio o exporta el recorrido.',
    missing: 'Este recorrido ya no está guardado en este navegador.',
    unknown: 'No se pudieron guardar tus cambios. Reintentando…',
    reload: 'Recargar',
  },
  touchpoint: {
    untitled: 'Punto de contacto sin título',
    lostEdits_one: 'Otra persona borró {{titles}}, que habías cambiado aquí: tus cambios se perdieron con él.',
    lostEdits_other:
      'Otra persona borró {{count}} puntos de contacto que habías cambiado aquí ({{titles}}): tus cambios se perdieron con ellos.',
    bringBack_one: 'Recuperarlo como lo dejaste',
    bringBack_other: 'Recuperarlos como los dejaste',
    momentOfTruth: 'Momento de la verdad',
    painPoint: 'Punto de dolor',
    noChannel: 'Sin canal',
    noFunction: 'Sin función responsable',
    noEmotion: 'Sin emoción aún',
    summary: '{{title}}. Canal: {{channel}}. Responsable: {{owner}}. Emoción: {{emotion}}.',
    full_one:
      'No se añadió nada: un recorrido admite como máximo {{limit, number}} puntos de contacto y este tiene {{have, number}}, así que no cabe uno más.',
    full_other:
      'No se añadió nada: un recorrido admite como máximo {{limit, number}} puntos de contacto y este tiene {{have, number}}, así que no caben {{count, number}} más. Divide el recorrido o borra antes algunos puntos de contacto.',
  },
  toolbar: {
    label: 'Herramientas de edición',
    addTouchpoint: 'Punto de contacto',
    addStage: 'Etapa',
    stageName: 'Etapa {{n}}',
    tidyUp: 'Ordenar',
    view: 'Vista',
    viewCanvas: 'Lienzo',
    viewBlueprint: 'Blueprint',
    settings: 'Ajustes del recorrido',
  },
  blueprint: {
    layout: 'Filas del blueprint',
    functions: 'Por función responsable',
    layers: 'Por capas',
    customer: 'Acciones del cliente',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Procesos de soporte',
    visibility: 'Línea de visibilidad',
    noteOf: '{{layer}} de «{{title}}»',
  },
  stage: {
    name: 'Nombre de la etapa',
    unnamed: 'Etapa sin nombre',
    rename: 'Doble clic para renombrar',
    drag: 'Arrastra para reordenar (o, sobre su nombre, Ctrl/⌘+Mayús+← →)',
    delete: 'Borrar la etapa {{name}}',
    deleteTitle: '¿Borrar la etapa «{{name}}»?',
    deleteEmpty: 'La etapa no tiene puntos de contacto.',
    deleteBody_one: 'Tiene {{count}} punto de contacto. ¿Lo mueves a «{{neighbour}}» o lo borras también?',
    deleteBody_other: 'Tiene {{count}} puntos de contacto. ¿Los mueves a «{{neighbour}}» o los borras también?',
    deleteOnly_one:
      'Es la única etapa y tiene {{count}} punto de contacto. Todo punto de contacto va en una etapa: añade antes otra a la que moverlo.',
    deleteOnly_other:
      'Es la única etapa y tiene {{count}} puntos de contacto. Todo punto de contacto va en una etapa: añade antes otra a la que moverlos.',
    moveTo: 'Mover a «{{name}}»',
    deleteConfirm: 'Borrar etapa',
    deleteWithTouchpoints_one: 'Borrar con su punto de contacto',
    deleteWithTouchpoints_other: 'Borrar con sus puntos de contacto',
  },
  palette: {
    label: 'Canales',
    title: 'Arrastra un canal al mapa',
    hint: 'Arrastra al mapa, o haz clic, para añadir un punto de contacto de {{channel}}',
  },
  export: {
    menu: 'Exportar',
    working: 'Exportando…',
    pdf: 'Blueprint en PDF…',
    png: 'Imagen (PNG)',
    json: 'Archivo del recorrido (JSON)',
    csv: 'Puntos de contacto (CSV)',
    mermaid: 'Recorrido Mermaid (.mmd)',
    mermaidCopy: 'Copiar como Mermaid',
    mermaidCopied: 'El recorrido está en el portapapeles como texto Mermaid.',
    copyFailed: 'El navegador no dejó copiar el texto: {{reason}}',
    failed: 'La exportación falló: {{reason}}',
    pdfTitle: 'Exportar el blueprint en PDF',
    pageSize: 'Tamaño de página',
    orientation: 'Orientación',
    landscape: 'Horizontal',
    portrait: 'Vertical',
    counting: 'Contando páginas…',
    pages_one: '{{count}} página',
    pages_other: '{{count}} páginas',
    download: 'Descargar PDF',
    mapImage: 'Añadir una página con el mapa tal como está dibujado',
    undrawable_one:
      'Ninguna fuente de este dispositivo puede dibujar algunos caracteres de {{count}} punto de contacto; el PDF los muestra como cajas vacías (su texto los conserva): {{titles}}',
    undrawable_other:
      'Ninguna fuente de este dispositivo puede dibujar algunos caracteres de {{count}} puntos de contacto; el PDF los muestra como cajas vacías (su texto los conserva): {{titles}}',
  },
  flow: {
    touchpointRole: 'punto de contacto',
    connectionRole: 'conexión',
    nodeHelp: 'Intro o Espacio selecciona el punto de contacto, Suprimir lo borra y Escape lo suelta.',
    nodeHelpKeyboard:
      'Intro o Espacio selecciona el punto de contacto y luego las flechas lo mueven; Suprimir lo borra y Escape lo suelta.',
    nodeMoved: 'Punto de contacto movido hacia {{direction}}. Nueva posición x {{x}}, y {{y}}.',
    up: 'arriba',
    down: 'abajo',
    left: 'la izquierda',
    right: 'la derecha',
    connection: 'Conexión de «{{from}}» a «{{to}}»',
    handoff: 'Conexión de «{{from}}» a «{{to}}», un traspaso de {{fromOwner}} a {{toOwner}}',
    edgeHelp: 'Pulsa Intro o Espacio para seleccionar la conexión; luego Suprimir la borra y Escape cancela.',
    controls: 'Controles de zoom',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    fitView: 'Ver el mapa completo',
    interactive: 'Bloquear o desbloquear el mapa',
    handle: 'Punto de conexión',
  },
  panels: panelsEs,
  actions: actionsEs,
  share: shareEs,
  curve: { ...startEs.curve, ...curveEs },
  present: presentEs,
  insights: { ...startEs.insights, ...insightsEs },
  history: historyEs,
  exported: exportEs,
  versions: { ...startEs.versions, ...versionsEs },
};
