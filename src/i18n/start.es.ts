import { importEs } from './import.es';
import type { StartCatalog } from './start.en';

/** Las palabras en español de la página de inicio (start.en.ts dice por qué van aparte). */
export const startEs: StartCatalog = {
  /** A name or text quoted inside a sentence, in the language's quotes. */
  quoted: '«{{text}}»',
  app: {
    name: 'Recorrido',
    documentTitle: '{{name}} · Recorrido',
    tagline: 'Mapas de recorrido del cliente que funcionan sin conexión',
    skipToContent: 'Saltar al contenido',
    loading: 'Cargando…',
    loadFailed: 'No se pudo cargar esta página ({{message}}). Comprueba la conexión y vuelve a intentarlo.',
    retry: 'Reintentar',
    partLoadFailed:
      'No se pudo cargar esta parte de la aplicación ({{message}}). Comprueba la conexión y vuelve a intentarlo.',
    pasteCut_one:
      'Este campo admite como máximo {{limit, number}} caracteres: el último carácter que pegaste se quedó fuera.',
    pasteCut_other:
      'Este campo admite como máximo {{limit, number}} caracteres: los últimos {{count, number}} caracteres que pegaste se quedaron fuera.',
  },
  language: {
    label: 'Idioma',
    es: 'Español',
    en: 'English',
  },
  library: {
    title: 'Tus recorridos',
    newJourney: 'Nuevo recorrido',
    untitled: 'Recorrido sin título',
    templatesTitle: 'Empieza con una plantilla',
    templateCounts: '{{stages}} etapas · {{touchpoints}} puntos de contacto',
    search: 'Buscar recorridos por nombre',
    searchPlaceholder: 'Buscar por nombre…',
    empty: 'Aún no tienes recorridos. Crea uno o empieza con una plantilla.',
    noMatches: 'Ningún recorrido coincide con «{{query}}».',
    loading: 'Cargando tus recorridos…',
    loadFailed: 'No se pudieron leer tus recorridos del almacenamiento del navegador: {{message}}',
    trash: 'Papelera',
    trashCount: 'Papelera ({{count}})',
    count_one: '{{count}} recorrido',
    count_other: '{{count}} recorridos',
  },
  card: {
    open: 'Abrir',
    openLabel: 'Abrir {{name}}',
    rename: 'Renombrar',
    renameLabel: 'Nuevo nombre para {{name}}',
    save: 'Guardar',
    cancel: 'Cancelar',
    duplicate: 'Duplicar',
    delete: 'Mover a la papelera',
    edited: 'Editado {{when}}',
    touchpoints_one: '{{count}} punto de contacto',
    touchpoints_other: '{{count, number}} puntos de contacto',
    openOpportunities_one: '{{count}} oportunidad abierta',
    openOpportunities_other: '{{count}} oportunidades abiertas',
    painPoints_one: '{{count}} punto de dolor',
    painPoints_other: '{{count}} puntos de dolor',
    momentsOfTruth_one: '{{count}} momento de la verdad',
    momentsOfTruth_other: '{{count}} momentos de la verdad',
    copyName: '{{name}} (copia)',
    copyNameNth: '{{name}} (copia {{nth}})',
    actions: 'Acciones de {{name}}',
  },
  names: {
    empty: 'Un recorrido necesita un nombre.',
  },
  trash: {
    title: 'Papelera',
    back: 'Volver a tus recorridos',
    empty: 'La papelera está vacía.',
    hint: 'Los recorridos de la papelera se quedan en este navegador hasta que la vacíes.',
    deleted: 'Movido a la papelera {{when}}',
    restore: 'Restaurar',
    restoreLabel: 'Restaurar {{name}}',
    emptyTrash: 'Vaciar papelera',
    confirmTitle: '¿Vaciar la papelera?',
    confirmBody_one: 'Se borrará {{count}} recorrido para siempre. No se puede deshacer.',
    confirmBody_other: 'Se borrarán {{count}} recorridos para siempre. No se puede deshacer.',
    confirm: 'Borrar para siempre',
    confirmShared_one:
      '{{count}} de ellos se comparte desde este navegador: se deja de compartir para todos y el servidor borra su copia.',
    confirmShared_other:
      '{{count}} de ellos se comparten desde este navegador: se deja de compartir para todos y el servidor borra sus copias.',
    deleteAnyway_one: 'Borrarlo de todos modos (el servidor conserva su copia y sus enlaces siguen funcionando)',
    deleteAnyway_other: 'Borrarlos de todos modos (el servidor conserva sus copias y sus enlaces siguen funcionando)',
    keptShared_one:
      '{{names}} sigue en la papelera: no se pudo llegar a su servidor de sincronización para dejar de compartirlo. Vuelve a intentarlo cuando se pueda.',
    keptShared_other:
      '{{names}} siguen en la papelera: no se pudo llegar a su servidor de sincronización para dejar de compartirlos. Vuelve a intentarlo cuando se pueda.',
    moved: '«{{name}}» se movió a la papelera.',
    undo: 'Deshacer',
  },
  editor: {
    arrivedRepairs_one:
      'Un cambio llegado de otra pestaña o persona habría dañado el recorrido; se reparó {{count}} valor.',
    arrivedRepairs_other:
      'Un cambio llegado de otra pestaña o persona habría dañado el recorrido; se repararon {{count}} valores.',
    backToLibrary: 'Recorridos',
    name: 'Nombre del recorrido',
    loading: 'Abriendo el recorrido…',
    missing: 'Este recorrido no está en este navegador. Puede que se haya borrado para siempre.',
    broken: 'No se pudo abrir este recorrido: {{message}}',
    inTrash: 'Este recorrido está en la papelera: al vaciarla se borrará para siempre. Restáuralo para conservarlo.',
    repaired_one: 'Se reparó un problema del recorrido guardado al abrirlo.',
    repaired_other: 'Se repararon {{count}} problemas del recorrido guardado al abrirlo.',
    canvas: 'Lienzo del recorrido',
    minimap: 'Mapa general',
    skipToCards: 'Saltar a los puntos de contacto',
    stages_one: '{{count}} etapa',
    stages_other: '{{count}} etapas',
    emptyJourney: 'Este recorrido aún no tiene puntos de contacto.',
    defaultStages: 'Etapa 1|Etapa 2|Etapa 3',
  },
  restore: {
    'too-large': 'El archivo pesa más de 20 MB, el máximo para un recorrido.',
    'too-deep': 'El archivo no es un recorrido: sus datos están anidados demasiado.',
    empty: 'El archivo está vacío.',
    'not-json': 'El archivo no es JSON válido.',
    notJsonAt: 'El archivo no es JSON válido: se rompe en la línea {{line}}, columna {{column}}.',
    'not-object': 'El archivo no contiene un recorrido.',
    'unknown-format': 'Este archivo no es un recorrido guardado con Recorrido.',
    'is-backup':
      'Es una copia de seguridad de tus recorridos, no un archivo de recorrido: recupérala con «Restaurar una copia», en Copias de seguridad.',
    'newer-backup':
      'Esta copia de seguridad se hizo con una versión más nueva de Recorrido (formato {{version}}). Actualiza la app para restaurarla.',
    'invalid-version': 'La versión de formato del archivo no es válida.',
    'newer-version':
      'Este recorrido se guardó con una versión más nueva de Recorrido (formato {{version}}). Actualiza la app para abrirlo.',
    'damaged-backup': 'La copia de seguridad está dañada: su lista de recorridos falta o no es una lista.',
    'invalid-structure': 'El recorrido está dañado en «{{path}}».',
    'too-many-touchpoints':
      'El recorrido tiene {{touchpoints, number}} puntos de contacto y un recorrido admite como máximo {{limit, number}}: divídelo en recorridos más pequeños e importa cada uno por separado.',
  },
  import: importEs,
  update: {
    available: 'Hay una versión nueva de Recorrido. Tu trabajo se guarda antes de cargarla.',
    apply: 'Actualizar ahora',
    later: 'Más tarde',
  },
  storage: {
    persisted: 'Tus recorridos se guardan de forma persistente en este navegador.',
    notPersisted:
      'Este navegador puede borrar tus recorridos si se queda sin espacio. Exporta una copia de vez en cuando.',
    usage: '{{used}} usados de {{quota}} disponibles.',
  },
  backup: {
    title: 'Copias de seguridad',
    create: 'Descargar una copia de seguridad',
    restore: 'Restaurar una copia',
    failed: 'No se pudo hacer la copia de seguridad: {{message}}',
    never: 'Aún no has hecho una copia de seguridad de tus recorridos.',
    reminder: 'Tu última copia fue {{when}}. Haz una de vez en cuando: el navegador puede borrar su almacenamiento.',
    cleared:
      'Tus recorridos ya no están en el almacenamiento de este navegador: puede que lo haya borrado. Restáuralos desde una copia de seguridad.',
    restored: 'Copia restaurada: {{restored}}, {{copies}}, {{skipped}}, {{refused}}.',
    // A journey of the backup that differs from the one stored here: its copy's name, dated by its last edit.
    copyName: '{{name}} (copia del {{date}})',
    unreadable: 'No se pudo leer el recorrido {{position}} de la copia: {{reason}}',
    unreadableNamed: 'No se pudo leer el recorrido {{position}} de la copia, «{{name}}»: {{reason}}',
    repairedIn: '«{{name}}» — {{repair}}',
    counted: {
      restored_one: '{{count, number}} recorrido recuperado',
      restored_other: '{{count, number}} recorridos recuperados',
      restoredInTrash: '{{restored}} ({{inTrash}})',
      inTrash_one: '{{count, number}} de ellos en la papelera, como al hacer la copia',
      inTrash_other: '{{count, number}} de ellos en la papelera, como al hacer la copia',
      copies_one: '{{count, number}} añadido como copia',
      copies_other: '{{count, number}} añadidos como copia',
      skipped_one: '{{count, number}} ya estaba',
      skipped_other: '{{count, number}} ya estaban',
      refused_one: '{{count, number}} ilegible',
      refused_other: '{{count, number}} ilegibles',
    },
  },
  notFound: {
    title: 'Página no encontrada',
    back: 'Ir a tus recorridos',
  },
  theme: {
    label: 'Tema',
    light: 'Claro',
    dark: 'Oscuro',
    projector: 'Proyector',
  },
  dialog: {
    close: 'Cerrar',
  },
  curve: {
    summary_one: 'Curva emocional: {{count}} punto de contacto, media {{average}} ({{label}})',
    summary_other: 'Curva emocional: {{count}} puntos de contacto, media {{average}} ({{label}})',
    empty: 'Curva emocional: ningún punto de contacto tiene emoción todavía',
  },
  insights: { open: 'Hallazgos' },
  versions: {
    state: { 'as-is': 'As-is', 'to-be': 'To-be' },
    stateLabel: 'Este recorrido es la versión {{state}}',
  },
};
