import { JOURNEY_FORMAT } from './format';
import { createId } from './ids';

type Document = Record<string, unknown>;

/**
 * Numbered migrations: MIGRATIONS[n] turns a version-n document into version n+1. Only ever add to this
 * list; each old version has a fixture under src/domain/fixtures that the tests restore.
 */
export const MIGRATIONS: Record<number, (doc: Document) => Document> = {
  // Version 0 is a bare journey object without the envelope, as hand-written or pre-release files have.
  0: (doc) => ({ format: JOURNEY_FORMAT, version: 1, journey: doc.journey ?? doc }),
  // Version 2 measures the experience (KPIs, delivered experience, evidence, backstage and support, personas
  // with their own emotions, opportunities). The one segment line a version-1 journey had becomes its main
  // persona's description, so its meaning stays; every new field starts at its default.
  1: (doc) => {
    const journey = (isRecord(doc.journey) ? doc.journey : {}) as Document;
    const { persona, ...rest } = journey;
    const personas = Array.isArray(rest.personas)
      ? rest.personas
      : [{ id: createId(), name: '', description: typeof persona === 'string' ? persona : '' }];
    return { ...doc, version: 2, journey: { ...rest, personas } };
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
