import { repairIntegrity } from './integrity';
import type { Journey } from './journey';
import { issueRepairs, type Repair } from './restore';
import type { z } from 'zod';
import { JOURNEY_FIELDS, JOURNEY_LIST_ELEMENTS, JOURNEY_LISTS, lenientSchemas, strictSchemas } from './schema';

const META = JOURNEY_FIELDS;

/**
 * What is wrong with a value, leaving out fields this version does not know: a newer app sharing the
 * journey may have written them, and they must stay in the document for it.
 */
function problems(result: { error?: { issues: z.core.$ZodIssue[] } }): z.core.$ZodIssue[] {
  return (result.error?.issues ?? []).filter((issue) => issue.code !== 'unrecognized_keys');
}

/**
 * Checks a journey that changed by someone else's hand (another person through the sync server, another
 * tab) the way restoreJourney checks a file, but only where it changed: elements whose object differs from
 * `before` are validated strictly and repaired leniently, then references are made consistent (a
 * touchpoint whose stage was deleted meanwhile moves to the column it sits in, a connection to a deleted
 * touchpoint goes). Returns the journey to use and what was repaired (empty when it was fine; then the
 * very same object is returned).
 */
export function repairArrived(before: Journey | null, after: Journey): { journey: Journey; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let journey = after;
  const meta = Object.fromEntries(META.map((field) => [field, after[field]]));
  const topProblems = problems(strictSchemas.journey.safeParse(meta));
  if (topProblems.length > 0) {
    const fixed = lenientSchemas.journey.parse(meta);
    journey = { ...journey, ...Object.fromEntries(META.map((field) => [field, fixed[field]])) };
    repairs.push(...issueRepairs('journey', meta, topProblems));
  }
  for (const list of JOURNEY_LISTS) {
    if (before && before[list] === after[list]) continue;
    const previous = new Set<unknown>(before?.[list] ?? []);
    const strict = strictSchemas[JOURNEY_LIST_ELEMENTS[list]] as z.ZodType<unknown>;
    const lenient = lenientSchemas[JOURNEY_LIST_ELEMENTS[list]] as z.ZodType<unknown>;
    let changed = false;
    const checked: unknown[] = [];
    after[list].forEach((element, index) => {
      if (previous.has(element) || problems(strict.safeParse(element)).length === 0) {
        checked.push(element);
        return;
      }
      changed = true;
      const at = ['journey', list, index].join('.');
      const rescued = lenient.safeParse(element);
      if (!rescued.success) {
        repairs.push({ code: 'dropped-element', path: at });
        return;
      }
      // A text past its limit is cut (two people's pastes into one title may together pass it), the rest
      // replaced by defaults: each reported as a file's would be.
      repairs.push(...issueRepairs(at, element, problems(strict.safeParse(element))));
      checked.push(rescued.data);
    });
    if (changed) journey = { ...journey, [list]: checked };
  }
  const integrity = repairIntegrity(journey);
  return { journey: integrity.journey, repairs: [...repairs, ...integrity.repairs] };
}
