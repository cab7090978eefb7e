import { JOURNEY_FORMAT } from './format';

type Document = Record<string, unknown>;

/** The id of the main persona a version-1 journey's segment line becomes. */
export const MIGRATED_PERSONA_ID = 'persona-main';

/**
 * Numbered migrations: MIGRATIONS[n] turns a version-n document into version n+1. Only ever add to this
 * list; each old version has a fixture under src/domain/fixtures that the tests restore.
 */
export const MIGRATIONS: Record<number, (doc: Document) => Document> = {
  // Version 0 is a bare journey object without the envelope, as hand-written or pre-release files have.
  0: (doc) => ({ format: JOURNEY_FORMAT, version: 1, journey: doc.journey ?? doc }),
  // Version 2 measures the experience (KPIs, delivered experience, evidence, backstage and support, personas
  // with their own emotions, opportunities). The one segment line a version-1 journey had becomes its main
  // persona's description, so its meaning stays; every new field starts at its default. The persona's id is
  // fixed, so migrating the same file twice gives the same journey.
  1: (doc) => {
    // Not a journey at all: left for restore to refuse, not dressed up as an empty one.
    if (!isRecord(doc.journey)) return { ...doc, version: 2 };
    const journey = doc.journey;
    const { persona, ...rest } = journey;
    // A version-1 Yjs document read in today's shape has an empty list of personas: as good as none.
    const personas =
      Array.isArray(rest.personas) && rest.personas.length > 0
        ? rest.personas
        : [{ id: MIGRATED_PERSONA_ID, name: '', description: typeof persona === 'string' ? persona : '' }];
    return { ...doc, version: 2, journey: { ...rest, personas } };
  },
  // Version 3 tells the journey as it is from its redesign (as-is / to-be) and links a to-be to its as-is.
  // Every journey written before is the journey as it is, linked to none.
  2: (doc) => {
    if (!isRecord(doc.journey)) return { ...doc, version: 3 };
    return { ...doc, version: 3, journey: { state: 'as-is', asIsId: null, asIsTouchpointIds: [], ...doc.journey } };
  },
};

function isRecord(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Applies every migration from `version` up to `target`, in order. */
export function migrate(doc: Document, version: number, target: number): Document {
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from version ${v}`);
    current = step(current);
  }
  return current;
}
