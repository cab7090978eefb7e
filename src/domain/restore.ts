import type { z } from 'zod';
import { BACKUP_FORMAT, JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION } from './format';
import { createId } from './ids';
import type { Journey } from './journey';
import { migrate } from './migrations';
import { JOURNEY_LIST_ELEMENTS, JOURNEY_LISTS, lenientSchemas, strictSchemas, type JourneyList } from './schema';
import { repairIntegrity } from './integrity';
import { preflightFile } from './importFile';
import { jsonErrorOffset } from './jsonErrorOffset';
import { LIMITS } from './limits';

export type RestoreErrorCode =
  | 'too-large'
  | 'too-deep'
  | 'empty'
  | 'not-json'
  | 'not-object'
  | 'unknown-format'
  | 'invalid-version'
  | 'newer-version'
  /** A backup of the library, given where one journey file was expected (its import). */
  | 'is-backup'
  /** A backup written by a newer Recorrido. */
  | 'newer-backup'
  /** A backup whose list of journeys is missing or not a list. */
  | 'damaged-backup'
  | 'invalid-structure'
  /** More touchpoints than a journey may hold: only when restoring with a `maxTouchpoints` (imports). */
  | 'too-many-touchpoints';

/** Why a document could not be restored, and where. */
export interface RestoreError {
  code: RestoreErrorCode;
  /** Dotted path to the offending value, e.g. "journey.touchpoints". Empty for the whole input. */
  path: string;
  /** Developer-facing detail in English; the UI shows a translated message built from the code. */
  detail: string;
  version?: number;
  /** For `not-json`: where the text stops being JSON, 1-based (jsonErrorOffset), when it can be told. */
  line?: number;
  column?: number;
  /** For `too-many-touchpoints`: how many the document holds, and the most it may. */
  count?: number;
  limit?: number;
}

export type RepairCode =
  | 'invalid-value'
  /** A text longer than its limit (Repair.limit, in UTF-16 code units), cut to it. */
  | 'cut-text'
  /** A field this version of the format does not have; dropped, so the next save would lose it. */
  | 'unknown-field'
  | 'dropped-element'
  | 'duplicate-id'
  | 'unknown-stage'
  | 'missing-stage'
  | 'dangling-connection'
  | 'unknown-vocabulary'
  /** A journey without a persona gets one; every journey has at least its main persona. */
  | 'missing-persona'
  /** A persona past the most a journey holds (Repair.limit, LIMITS.personas); left out with its emotions. */
  | 'extra-persona'
  /** A persona emotion for a persona the journey does not have (or the main one, whose emotion is `emotion`). */
  | 'unknown-persona'
  /** An opportunity for a touchpoint that is not there. */
  | 'dangling-opportunity'
  /** A journey file without a name, named after the file by the import (the editor never leaves it blank). */
  | 'named-after-file'
  /** A card placed outside the stage columns (placeOnMap), moved into the column of its stage. */
  | 'off-map';

/** Something restore changed to make the document valid. */
export interface Repair {
  code: RepairCode;
  path: string;
  /** For `cut-text`: the length the text was cut to; for `extra-persona`, the most personas a journey holds. */
  limit?: number;
  /** For `invalid-value`: the refused value as the file wrote it (JSON, at most 40 characters), when known. */
  value?: string;
}

export type RestoreResult =
  { ok: true; journey: Journey; repairs: Repair[]; migratedFrom: number } | { ok: false; error: RestoreError };

const fail = (code: RestoreErrorCode, path: string, detail: string, version?: number): RestoreResult => ({
  ok: false,
  error: { code, path, detail, version },
});

/**
 * The `not-json` error for `text` that JSON.parse refused with `error`: the engine's English message as the
 * developer's detail, and the line and column (1-based) where the text stops being JSON (jsonErrorOffset,
 * the same in every browser), for a message in any language.
 */
export function notJsonError(text: string, error: unknown): RestoreError {
  const detail = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return { code: 'not-json', path: '', detail };
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { code: 'not-json', path: '', detail, line: lines.length, column: lines[lines.length - 1].length + 1 };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeBareJourney(value: Record<string, unknown>): boolean {
  return Array.isArray(value.touchpoints) || Array.isArray(value.stages);
}

const pathOf = (prefix: string, path: readonly PropertyKey[]) =>
  [prefix, ...path.map(String)].filter((p) => p !== '').join('.');

type ListName = JourneyList;

/**
 * How a refused value reads in a repair's message: its JSON, cut to 40 characters with "…"; undefined
 * for a value that is missing or cannot be written as JSON.
 */
export function valuePreview(value: unknown): string | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The value at `path` inside `item` (own properties only), or undefined. */
function valueAt(item: unknown, path: readonly PropertyKey[]): unknown {
  let value = item;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The repairs a strict parse of `item` (found at `at`, "journey.touchpoints.3") stands for: one per unknown
 * field, one per text cut (`cut-text` with its limit), one per invalid value (with the value as written).
 */
export function issueRepairs(at: string, item: unknown, issues: readonly z.core.$ZodIssue[]): Repair[] {
  return issues.flatMap((issue): Repair[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ code: 'unknown-field', path: pathOf(at, [...issue.path, key]) }));
    if (issue.code === 'too_big' && issue.origin === 'string')
      return [{ code: 'cut-text', path: pathOf(at, issue.path), limit: Number(issue.maximum) }];
    const value = valuePreview(valueAt(item, issue.path));
    return [{ code: 'invalid-value', path: pathOf(at, issue.path), ...(value === undefined ? {} : { value }) }];
  });
}

/** Parses one array element leniently; reports what strict parsing rejected, drops what is not an object. */
function restoreElements<T>(
  items: unknown[],
  strict: z.ZodType<T>,
  lenient: z.ZodType<T>,
  path: string,
  repairs: Repair[],
  /** Filled with each kept element's index in the input, so later repairs can name the input position. */
  inputIndex: number[],
): T[] {
  const out: T[] = [];
  items.forEach((item, index) => {
    const at = `${path}.${index}`;
    const checked = strict.safeParse(item);
    if (checked.success) {
      inputIndex.push(index);
      out.push(checked.data);
      return;
    }
    const rescued = lenient.safeParse(item);
    if (!rescued.success) {
      repairs.push({ code: 'dropped-element', path: at });
      return;
    }
    repairs.push(...issueRepairs(at, item, checked.error.issues));
    inputIndex.push(index);
    out.push(rescued.data);
  });
  return out;
}

export interface RestoreOptions {
  /**
   * Refuse (`too-many-touchpoints`) a document of more touchpoints, before any is validated. Imports set it
   * (LIMITS.touchpoints), the editor's paste the room its journey has left; what is already stored is
   * always opened, whatever its size.
   */
  maxTouchpoints?: number;
}

/**
 * The one way into the app for a journey from anywhere (storage, file, clipboard): parses, migrates by
 * version, fills defaults, validates and repairs, or explains what is wrong and where.
 */
export function restoreJourney(input: unknown, options: RestoreOptions = {}): RestoreResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { ok: false, error: notJsonError(input, e) };
    }
  }
  if (!isPlainObject(data)) return fail('not-object', '', 'Expected a JSON object');

  let version: number;
  if (data.format === undefined && looksLikeBareJourney(data)) {
    version = 0;
  } else if (data.format === BACKUP_FORMAT) {
    return fail('is-backup', 'format', 'A backup of the library, not a journey file');
  } else if (data.format !== JOURNEY_FORMAT) {
    return fail('unknown-format', 'format', `Expected format "${JOURNEY_FORMAT}", got ${JSON.stringify(data.format)}`);
  } else if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return fail('invalid-version', 'version', `Expected a whole version number, got ${JSON.stringify(data.version)}`);
  } else {
    version = data.version;
  }
  if (version > JOURNEY_FORMAT_VERSION) {
    return fail(
      'newer-version',
      'version',
      `Written by a newer Recorrido (format ${version}); this one reads up to ${JOURNEY_FORMAT_VERSION}`,
      version,
    );
  }

  const current = migrate(data, version, JOURNEY_FORMAT_VERSION);
  if (!isPlainObject(current.journey)) return fail('invalid-structure', 'journey', 'Expected a journey object');
  const { touchpoints } = current.journey;
  const max = options.maxTouchpoints;
  if (max !== undefined && Array.isArray(touchpoints) && touchpoints.length > max) {
    return {
      ok: false,
      error: {
        code: 'too-many-touchpoints',
        path: 'journey.touchpoints',
        detail: `${touchpoints.length} touchpoints; the limit is ${max}`,
        count: touchpoints.length,
        limit: max,
      },
    };
  }

  const repairs: Repair[] = [];
  const strictTop = strictSchemas.journey.safeParse(current.journey);
  const top = strictTop.success ? strictTop : lenientSchemas.journey.safeParse(current.journey);
  if (!top.success) {
    const issue = top.error.issues[0];
    return fail('invalid-structure', pathOf('journey', issue.path), issue.message);
  }
  if (!strictTop.success) repairs.push(...issueRepairs('journey', current.journey, strictTop.error.issues));
  const raw = top.data;
  const inputIndex = Object.fromEntries(JOURNEY_LISTS.map((list) => [list, [] as number[]])) as Record<
    ListName,
    number[]
  >;
  const lists = Object.fromEntries(
    JOURNEY_LISTS.map((list) => {
      const element = JOURNEY_LIST_ELEMENTS[list];
      const strict = strictSchemas[element] as z.ZodType<unknown>;
      const lenient = lenientSchemas[element] as z.ZodType<unknown>;
      return [list, restoreElements(raw[list], strict, lenient, `journey.${list}`, repairs, inputIndex[list])];
    }),
  );
  // Each list was parsed by its own element schema just above: this is the journey the document schema types.
  const journey = { ...raw, id: raw.id || createId(), ...lists } as Journey;
  const repaired = repairIntegrity(journey);
  // Integrity repairs count positions after dropped elements; report them at their input position.
  const atInput = (path: string) =>
    path.replace(
      /^journey\.(\w+)\.(\d+)/,
      (_whole, list: string, index: string) =>
        `journey.${list}.${inputIndex[list as ListName]?.[Number(index)] ?? index}`,
    );
  for (const repair of repaired.repairs) repair.path = atInput(repair.path);
  return { ok: true, journey: repaired.journey, repairs: [...repairs, ...repaired.repairs], migratedFrom: version };
}

/**
 * Reads an imported file's text through restore, refusing oversized or absurdly nested input first, and a
 * journey of more touchpoints than LIMITS.touchpoints before validating any of them.
 */
export function readJourneyFile(text: string, byteSize: number): RestoreResult {
  const refused = preflightFile(text, byteSize);
  return refused ? { ok: false, error: refused } : restoreJourney(text, { maxTouchpoints: LIMITS.touchpoints });
}
