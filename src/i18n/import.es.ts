import type { importEn } from './import.en';

/** Spanish words of importing and every importer refusal and warning code; merged into es.ts as `import`. */
export const importEs: typeof importEn = {
  button: 'Importar un archivo de recorrido',
  accepts: 'Archivos de recorrido (.json), Mermaid (.mmd, .md), CSV, TSV y Excel (.xlsx).',
  done_one: 'Se importó «{{name}}»; se reparó un problema del archivo.',
  done_other: 'Se importó «{{name}}»; se repararon {{count}} problemas del archivo.',
  done_zero: 'Se importó «{{name}}».',
  doneBuilt: 'Se importó «{{name}}»: {{stages}}, {{touchpoints}}.',
  alreadyHere: 'Este recorrido ya estaba en tu biblioteca: se ha añadido al lado como copia, sin reemplazar nada.',
  failed: 'No se importó «{{file}}»: {{reason}} No se cambió nada.',
  pasteFailed: 'No se importó el texto pegado: {{reason}} No se cambió nada.',
  working: 'Leyendo…',
  cancel: 'Cancelar',
  actors: 'Actores',
  seeLine: 'Mira la línea {{line}}.',
  atLine: 'Línea {{line}}',
  atRow: 'Fila {{row}}',
  megabytes: '{{size}} MB',
  warningsTitle_one: '{{count}} cosa que revisar:',
  warningsTitle_other: '{{count}} cosas que revisar:',
  personas_one: 'Una persona con su propia curva de emoción: {{names}}.',
  personas_other: '{{count}} personas, cada una con su curva de emoción: {{names}}.',
  moreWarnings_one: 'Ver la otra',
  moreWarnings_other: 'Ver las otras {{count}}',
  skipped_one: '{{count}} diagrama más se dejó fuera:',
  skipped_other: '{{count}} diagramas más se dejaron fuera:',
  paste: {
    open: 'Pegar una tabla o Mermaid',
    title: 'Pegar un recorrido',
    hint: 'Pega un recorrido o un diagrama de flujo de Mermaid, o celdas copiadas de Excel, Google Sheets o LibreOffice (o CSV): una fila por punto de contacto, y la primera fila con el nombre de cada columna.',
    label: 'Texto que importar',
    submit: 'Importar',
    name: 'Recorrido pegado',
  },
  pick: {
    title: '¿Qué recorrido?',
    intro_one: '«{{file}}» tiene {{count}} diagrama de recorrido o de flujo. Elige el que quieres importar.',
    intro_other: '«{{file}}» tiene {{count}} diagramas de recorrido o de flujo. Elige el que quieres importar.',
    untitled: 'Diagrama sin título',
    journey: 'Recorrido',
    flowchart: 'Diagrama de flujo',
    line: 'línea {{line}}',
  },
  map: {
    title: 'Relaciona las columnas',
    intro:
      'Indica qué columna tiene cada dato del punto de contacto; la vista previa muestra el recorrido que se creará.',
    name: 'Nombre del recorrido',
    sheet: 'Hoja',
    hasHeader: 'La primera fila nombra las columnas',
    fields: 'Columnas',
    none: '— no se importa —',
    column: 'Columna {{letter}}',
    submit: 'Importar',
    preview: 'Vista previa',
    firstRows: 'Primeros puntos de contacto',
    noEmotion: '—',
    kpiCost: 'Coste por contacto',
    unnamedPersona: 'la persona sin nombre',
    personas: 'Emoción de otras personas',
    personasHint:
      'Marca las columnas que tienen la emoción de otra persona (segmento); cada una crea esa persona, con el nombre de su encabezado.',
    more_one: '…y {{count}} punto de contacto más.',
    more_other: '…y {{count, number}} puntos de contacto más.',
  },
  refusal: {
    empty: 'Está vacío.',
    'too-large': 'Ocupa más de {{size}}, lo máximo que se puede importar.',
    binary: 'No es texto: parece una imagen, un archivo comprimido u otro archivo binario.',
    'control-characters':
      'Contiene caracteres de control que un texto normal no lleva, como una imagen u otro archivo binario, así que no se ha leído.',
    'not-journey':
      'No tiene ningún diagrama de recorrido ni de flujo de Mermaid (un bloque que empiece por «journey», «flowchart» o «graph»).',
    'empty-journey': 'Su diagrama de recorrido no tiene secciones ni tareas.',
    'empty-flowchart': 'Su diagrama de flujo no tiene nodos.',
    'unclosed-front-matter':
      'Su encabezado (el bloque entre líneas «---») no se cierra, así que no se puede leer el diagrama.',
    'no-rows': 'La tabla tiene encabezado pero ninguna fila.',
    'no-title-column':
      'Ninguna columna tiene los títulos de los puntos de contacto: elige una para «Título» (un encabezado como «Punto de contacto» o «Touchpoint» se reconoce solo).',
    'not-xlsx': 'No es un libro de Excel (.xlsx) válido.',
    'unsupported-excel':
      'Es un libro .xls antiguo o protegido con contraseña: guárdalo como .xlsx sin contraseña, o como CSV.',
    'unsupported-ods':
      'Es una hoja de cálculo OpenDocument (.ods), que Recorrido no sabe leer: guárdala desde LibreOffice o Google Sheets como .xlsx o CSV e importa ese archivo.',
    'sheet-not-found': 'Esa hoja no está en el libro.',
    'too-many-touchpoints':
      'Tiene {{touchpoints, number}} puntos de contacto y un recorrido admite como máximo {{limit, number}}: divídelo en partes más pequeñas e importa cada una como un recorrido propio.',
    'invalid-journey': 'El recorrido creado a partir de él no es válido (un fallo de Recorrido: avísanos, por favor).',
  },
  refusalOf: {
    notJourney:
      'Es un diagrama «{{diagramType}}» de Mermaid: solo se pueden importar diagramas de recorrido (journey) y de flujo (flowchart).',
  },
  warning: {
    'header-case': '«Journey» está escrito con mayúsculas; se leyó como «journey» (Mermaid lo exige en minúsculas).',
    'colon-in-section': 'Un nombre de sección tiene «:»; se conservó entero (Mermaid lo cortaría ahí).',
    'repeated-section': 'Un nombre de sección se repite; queda como otra etapa, como lo dibuja Mermaid.',
    'repeated-task': 'Un nombre de tarea se repite; se conservan los dos puntos de contacto.',
    'task-outside-section': 'Las tareas anteriores a la primera sección fueron a una etapa sin nombre.',
    'missing-score': 'Una tarea no tiene puntuación; su punto de contacto queda sin emoción.',
    'invalid-score': 'La puntuación «{{value}}» no es un número; el punto de contacto queda sin emoción.',
    'score-clamped': 'La puntuación {{value}} está fuera de 1–5; se llevó al extremo más cercano.',
    'score-rounded': 'La puntuación {{value}} se redondeó al valor más cercano.',
    'empty-actor': 'Se quitó un nombre de actor vacío (como una coma al final).',
    'extra-task-field': 'Se ignoró el texto tras unos terceros «:», como hace Mermaid: «{{value}}».',
    'quotes-removed': 'Se quitaron las comillas dobles que rodeaban un nombre.',
    'hash-comment': 'Se quitó el texto tras «#», que Mermaid lee como comentario: «{{value}}».',
    'inline-comment': 'Se quitó un comentario «%%» escrito tras una instrucción: «{{value}}».',
    semicolon: 'Un «;» que Mermaid no admite se conservó como texto (o se quitó al final de la línea).',
    'empty-task-name': 'Una tarea no tiene nombre antes de sus «:».',
    'unclosed-acc-descr': 'Un bloque «accDescr {» no tiene su «}»; termina antes de la siguiente sección.',
    'unknown-entity': 'El código «{{value}}» no corresponde a ningún carácter; se dejó tal cual.',
    'unclosed-fence': 'Un bloque ```mermaid no tiene su cierre; llega hasta el final del archivo.',
    'no-tasks': 'El diagrama tiene secciones pero ninguna tarea.',
    'rows-above-header_one':
      'Los encabezados de las columnas están en esta fila: la fila de arriba (un título o una fila en blanco) se dejó fuera y no se leyó como punto de contacto.',
    'rows-above-header_other':
      'Los encabezados de las columnas están en esta fila: las {{count}} filas de arriba (un título, una fecha, filas en blanco) se dejaron fuera y no se leyeron como puntos de contacto.',
    'flowchart-skipped':
      'Se omitieron {{count}} líneas «{{value}}», la primera aquí: un recorrido no guarda estilos ni clics.',
    'flowchart-skipped_one': 'Se omitió una línea «{{value}}»: un recorrido no guarda estilos ni clics.',
    'unread-statement': 'No se pudo leer como instrucción de un diagrama de flujo y se omitió: «{{value}}».',
    'unclosed-shape':
      'El texto de un nodo no cierra su corchete o sus comillas («{{value}}»): se omitió el resto de la instrucción.',
    'link-without-end': 'Un enlace que sale de «{{value}}» no llega a ningún nodo; se dejó fuera.',
    'ampersand-without-node':
      'Tras «{{value}}» viene un «&» sin ningún nodo detrás: se omitió el resto de la instrucción.',
    'too-many-links': 'El diagrama tiene más de {{value}} enlaces; los que pasan de ahí se dejaron fuera.',
    'stray-end': 'Se ignoró un «end» sin ningún subgrafo abierto.',
    'unclosed-subgraph': 'El subgrafo «{{value}}» no tiene «end»; llega hasta el final del diagrama.',
    'unclosed-flowchart-acc-descr':
      'Un bloque «accDescr {» no tiene su «}»: la descripción se tomó hasta la primera línea que parece parte del diagrama, y el diagrama se lee desde ahí.',
    'nested-subgraph':
      'El subgrafo «{{value}}» contiene otros subgrafos: cada uno pasó a ser una etapa propia, y cada nodo quedó en el subgrafo más interior que lo contiene.',
    'node-outside-subgraph': 'Los nodos que no están en ningún subgrafo pasaron a una etapa propia, «{{value}}».',
    'self-loop': 'Se dejó fuera un enlace de «{{value}}» a sí mismo: una conexión une dos puntos de contacto.',
    'repeated-link': 'El enlace {{value}} está repetido; los puntos de contacto se conectan una sola vez.',
    'link-to-subgraph':
      'Se dejó fuera un enlace hacia o desde el subgrafo «{{value}}»: las conexiones unen puntos de contacto, no etapas.',
    'legacy-encoding':
      'El archivo no está en UTF-8; se leyó como Windows-1252 (lo que Excel escribe como CSV en Windows).',
    'malformed-quotes': 'Una celda entre comillas no se cierra o tiene comillas sueltas; se leyó lo mejor posible.',
    'stage-filled-down': 'Una celda de etapa vacía tomó la etapa de la fila anterior.',
    'row-without-title':
      'Una fila no tiene título de punto de contacto: su punto de contacto se conservó sin título y se muestra como «{{untitled}}».',
    'stage-only-row':
      'La fila solo tiene un nombre de etapa, «{{value}}»: no se creó ningún punto de contacto a partir de ella.',
    'extra-cells_one':
      'La fila tiene una celda sin encabezado, «{{value}}»: nada nombra su columna, así que se dejó fuera.',
    'extra-cells_other':
      'La fila tiene {{count}} celdas sin encabezado, «{{value}}»: nada nombra sus columnas, así que se dejaron fuera.',
    'invalid-emotion': '«{{value}}» no es una emoción (de -2 a 2, de 1 a 5 o una palabra de la escala); se dejó vacía.',
    'emotion-off-signed-scale':
      '«{{value}}» está fuera de la escala de -2 a +2 que usa esta columna (tiene un 0 o un número negativo); se dejó vacía.',
    'emotion-off-five-scale': '«{{value}}» está fuera de la escala de 1 a 5 que usa esta columna; se dejó vacía.',
    'emotion-rounded': 'La emoción {{value}} se redondeó al valor más cercano.',
    'emotion-scale-ambiguous': 'La columna de emoción solo tiene 1 y 2: se leyó como de -2 a +2, no de 1 a 5.',
    'flag-from-text': '«{{field}}» tiene texto en vez de sí o no: se marcó y se conservó el texto («{{value}}»).',
    'custom-channel': '«{{value}}» no es un canal predefinido; se añadió a los canales propios del recorrido.',
    'custom-function':
      '«{{value}}» no es una función responsable predefinida; se añadió a las funciones propias del recorrido.',
    'measure-out-of-range': '«{{field}}»: {{value}} está fuera de su rango; se dejó vacío (no se ajustó).',
    'invalid-measure': '«{{field}}»: «{{value}}» no es un número válido para esta medida; se dejó vacío.',
    'percent-as-fraction':
      '«{{field}}» solo tiene números de 0 a 1, como {{value}}: cada uno se leyó como ese tanto por ciento. Si la hoja escribe fracciones (0,85 en vez de 85 %), escríbelas como porcentajes (85, no 0,85) y vuelve a importar.',
    'fraction-beside-percent_one':
      '«{{field}}» escribe sus valores con el signo de porcentaje salvo uno, un número entre 0 y 1, {{value}}: se leyó como ese tanto por ciento. Si es una fracción (0,85 en vez de 85 %), escríbela como porcentaje y vuelve a importar.',
    'fraction-beside-percent_other':
      '«{{field}}» escribe sus valores con el signo de porcentaje salvo {{count}}, números entre 0 y 1 como {{value}}: cada uno se leyó como ese tanto por ciento. Si son fracciones (0,85 en vez de 85 %), escríbelas como porcentajes y vuelve a importar.',
    'invalid-evidence':
      '«{{value}}» no es un nivel de evidencia (supuesta, observada, medida); queda supuesta y el texto pasó a las notas.',
    'invalid-persona-emotion': 'La emoción de {{persona}}, «{{value}}», no es de la escala; se dejó vacía.',
    'too-many-personas': 'Un recorrido admite hasta {{count}} personas: «{{value}}» se dejó fuera.',
    'text-cut':
      '«{{field}}» tenía {{length, number}} caracteres, más de los {{limit, number}} que caben: solo se conservaron los primeros {{limit, number}}.',
  },
  repair: {
    sentence: '{{place}}: {{what}}',
    journey: 'El recorrido',
    stage: 'Etapa {{n}}',
    touchpoint: 'Punto de contacto {{n}}',
    connection: 'Conexión {{n}}',
    persona: 'Persona {{n}}',
    opportunity: 'Oportunidad {{n}}',
    channel: 'Canal propio {{n}}',
    function: 'Función responsable propia {{n}}',
    fieldOf: '{{element}}, «{{field}}»',
    nameOf: '{{element}}, su nombre',
    unknownFieldNamed: 'se dejó fuera el campo «{{field}}», que esta versión de Recorrido no conoce.',
    invalidValueShown: 'el valor {{value}} no era válido y se sustituyó por el predeterminado.',
    what: {
      'cut-text':
        'el texto tenía más de {{limit, number}} caracteres; solo se conservaron los primeros {{limit, number}}.',
      'invalid-value': 'un valor no válido se sustituyó por el predeterminado.',
      'unknown-field': 'se dejó fuera un campo que esta versión de Recorrido no conoce.',
      'dropped-element': 'no se pudo leer y se dejó fuera.',
      'duplicate-id': 'tenía el identificador de otro y recibió uno nuevo.',
      'unknown-stage': 'su etapa no está en el recorrido; se puso en la etapa donde está colocado.',
      'missing-stage': 'no tenía etapa; se puso en la etapa donde está colocado.',
      'dangling-connection': 'unía un punto de contacto que no está en el recorrido y se dejó fuera.',
      'unknown-vocabulary': 'su canal o función responsable no está en el recorrido y se quitó.',
      'missing-persona': 'no tenía persona; se añadió una persona principal.',
      'extra-persona': 'un recorrido admite hasta {{limit}} personas; se dejó fuera, con sus emociones.',
      'unknown-persona': 'se dejó fuera una emoción de una persona que el recorrido no tiene.',
      'dangling-opportunity': 'su punto de dolor no está en el recorrido; se dejó fuera.',
      'named-after-file': 'no tenía nombre; se le puso el del archivo.',
      'off-map': 'estaba colocado fuera de las columnas de etapa y se llevó a la columna de su etapa.',
    },
  },
  field: {
    journeyName: 'Nombre del recorrido',
    journeyDescription: 'Descripción del recorrido',
    personaName: 'Nombre de la persona',
    connectionLabel: 'Etiqueta de la conexión',
  },
};
