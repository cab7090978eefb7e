import { foldLabel } from '../import/fold';

/** What a column of a "long list" table (one row per touchpoint) can hold. */
export const TABLE_FIELDS = [
  'stage',
  'title',
  'description',
  'channel',
  'function',
  'emotion',
  'momentOfTruth',
  'painPoint',
  'painNote',
  'notes',
  'delivered',
  'evidence',
  'kpiNps',
  'kpiCsat',
  'kpiCes',
  'kpiFcr',
  'kpiVolume',
  'kpiCost',
  'backstage',
  'support',
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

/**
 * Which column (0-based index) holds each field, or null when none does; the UI shows it and lets the user
 * change it. `hasHeader`: whether row 0 is a header row rather than a touchpoint. `personaColumns`: the
 * columns holding the emotion of a persona beside the main one, one persona each (named by the header,
 * see personaNameOf), in column order.
 */
export interface ColumnMapping {
  hasHeader: boolean;
  columns: Record<TableField, number | null>;
  personaColumns: number[];
}

/**
 * Header words for each field, folded (see foldLabel), in Spanish and English; earlier ones win a tie.
 * They cover the app's own CSV headers (src/export/csv.ts) in both languages and the usual words of
 * journey-mapping spreadsheets.
 */
const SYNONYMS: Record<TableField, string[]> = {
  stage: ['etapa', 'fase', 'stage', 'phase', 'seccion', 'section', 'etapas', 'stages', 'fases', 'phases'],
  title: [
    'punto de contacto',
    'touchpoint',
    'touch point',
    'puntos de contacto',
    'touchpoints',
    'interaccion',
    'interaction',
    'step',
    'paso',
    'accion',
    'action',
    'actividad',
    'activity',
    'tarea',
    'task',
    'titulo',
    'title',
  ],
  description: ['descripcion', 'description', 'detalle', 'detalles', 'detail', 'details'],
  channel: ['canal', 'channel', 'canales', 'channels', 'medio'],
  function: [
    'funcion responsable',
    'owning function',
    'responsable',
    'owner',
    'funcion',
    'function',
    'departamento',
    'department',
    'area',
    'equipo',
    'team',
  ],
  emotion: [
    'valor emocion',
    'emotion value',
    'emocion',
    'emotion',
    'sentimiento',
    'sentiment',
    'score',
    'puntuacion',
    'valoracion',
    'rating',
    'satisfaccion',
    'satisfaction',
    'estado de animo',
    'mood',
  ],
  momentOfTruth: [
    'momento de la verdad',
    'moment of truth',
    'momento de verdad',
    'moments of truth',
    'mpt',
    'mot',
    'momento clave',
    'key moment',
  ],
  painPoint: [
    'punto de dolor',
    'pain point',
    'momento de dolor',
    'painpoint',
    'pain points',
    'puntos de dolor',
    'dolor',
    'pain',
    'mop',
    'friccion',
    'friction',
  ],
  painNote: [
    'que duele',
    'what hurts',
    'detalle del dolor',
    'descripcion del dolor',
    'pain detail',
    'pain description',
    'motivo del dolor',
  ],
  notes: ['notas', 'notes', 'nota', 'note', 'comentarios', 'comments', 'observaciones'],
  delivered: [
    'experiencia entregada',
    'delivered experience',
    'experiencia ofrecida',
    'entregada',
    'delivered',
    'auditoria',
    'audit',
    'mystery shopping',
  ],
  evidence: ['evidencia', 'evidence', 'nivel de evidencia', 'evidence level', 'fuente', 'source'],
  kpiNps: ['nps', 'net promoter score', 'nps score', 'indice de recomendacion'],
  kpiCsat: ['csat', 'customer satisfaction score', 'csat score', 'satisfaccion del cliente', 'customer satisfaction'],
  kpiCes: ['ces', 'customer effort score', 'customer effort', 'esfuerzo del cliente', 'esfuerzo', 'effort'],
  kpiFcr: [
    'fcr',
    'resolucion en el primer contacto',
    'first contact resolution',
    'resolucion al primer contacto',
    'primer contacto',
    'first contact',
  ],
  kpiVolume: [
    'contactos al mes',
    'contacts a month',
    'contacts per month',
    'volumen',
    'volume',
    'contactos',
    'contacts',
  ],
  kpiCost: ['coste por contacto', 'cost per contact', 'costo por contacto', 'coste', 'costo', 'cost'],
  backstage: ['acciones de backstage', 'backstage actions', 'backstage', 'trastienda', 'acciones internas'],
  support: ['procesos de soporte', 'support processes', 'procesos de apoyo', 'soporte', 'support', 'apoyo'],
};

/**
 * A header naming one persona's emotion: "Emoción de Ana" and "Emotion of Ana" (what src/export/csv.ts
 * writes, the inspector's words), also "Emoción: Ana", "Emotion - Ana", "Ana's emotion" and "Emoción (Ana)"
 * when the brackets hold words, not a scale such as "(1-5)".
 */
const PERSONA_HEADERS = [
  /^(?:emoci[oó]n|emotion)\s+(?:de|of|for|para)\s+(.+)$/iu,
  /^(?:emoci[oó]n|emotion)\s*[:\-–—·]\s*(.+)$/iu,
  /^(?:emoci[oó]n|emotion)\s*\(([^()\d]*\p{L}[^()\d]*)\)$/iu,
  /^(.+?)['’]s\s+emotion$/iu,
];

/** The persona a header names as its emotion column ("Emoción de Ana" -> "Ana"), or null when it names none. */
export function personaNameOf(header: string): string | null {
  const text = header.trim();
  for (const pattern of PERSONA_HEADERS) {
    const name = pattern.exec(text)?.[1]?.trim();
    // "Emotion - 1 to 5" names a scale, not a persona.
    if (name && /\p{L}/u.test(name) && !/\d\s*(a|to|-|–|\.\.)\s*[-+]?\d/u.test(name)) return name;
  }
  return null;
}

/** How well a folded header names a field: an exact word beats a header that merely contains it. */
function score(header: string, field: TableField): number {
  let best = 0;
  SYNONYMS[field].forEach((word, rank) => {
    const tie = 1 - rank / 100;
    if (header === word) best = Math.max(best, 1000 + tie);
    else if (` ${header} `.includes(` ${word} `)) best = Math.max(best, 100 + word.length + tie);
  });
  return best;
}

export interface ColumnGuess {
  mapping: ColumnMapping;
  /** True when every header is one src/export/csv.ts writes (in either language): nothing to ask. */
  isOwnExport: boolean;
}

/**
 * The start of the header row of src/export/csv.ts, folded, in both languages (the measures follow); also
 * as written before it had a description column, so files exported then still come straight in.
 */
const OWN_HEADERS = [
  'etapa punto de contacto descripcion canal funcion responsable emocion valor emocion momento de la verdad punto de dolor que duele notas',
  'stage touchpoint description channel owning function emotion emotion value moment of truth pain point what hurts notes',
  'etapa punto de contacto canal funcion responsable emocion valor emocion momento de la verdad punto de dolor que duele notas',
  'stage touchpoint channel owning function emotion emotion value moment of truth pain point what hurts notes',
];

/**
 * Guesses the column of each field from a header row in Spanish or English, ignoring case, accents and
 * punctuation ("Punto de contacto", "TOUCHPOINT", "Emoción (1-5)"): each column goes to at most one field
 * and each field to its best column; headers naming a persona's emotion ("Emoción de Ana") are persona
 * columns, never another field's. When no header is recognised, the first row is taken as data
 * (hasHeader false) and nothing is mapped: the UI asks.
 */
export function guessColumnMapping(header: readonly string[]): ColumnGuess {
  const personaColumns = header.flatMap((h, column) => (personaNameOf(h ?? '') === null ? [] : [column]));
  const folded = header.map((h, column) => (personaColumns.includes(column) ? '' : foldLabel(h ?? '')));
  const pairs: { field: TableField; column: number; score: number }[] = [];
  for (const field of TABLE_FIELDS) {
    folded.forEach((h, column) => {
      const s = h === '' ? 0 : score(h, field);
      if (s > 0) pairs.push({ field, column, score: s });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns = Object.fromEntries(TABLE_FIELDS.map((f) => [f, null])) as Record<TableField, number | null>;
  const taken = new Set<number>();
  for (const { field, column } of pairs) {
    if (columns[field] !== null || taken.has(column)) continue;
    columns[field] = column;
    taken.add(column);
  }
  return {
    mapping: { hasHeader: taken.size > 0 || personaColumns.length > 0, columns, personaColumns },
    // The app's CSV starts with these columns; its measures and persona columns follow.
    isOwnExport: OWN_HEADERS.some((own) => `${folded.filter((h) => h !== '').join(' ')} `.startsWith(`${own} `)),
  };
}
