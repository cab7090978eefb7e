import { JOURNEY_LISTS, type JourneyList } from './fields';
import type { Journey } from './journey';

/**
 * What the element a repair's path points at ("journey.touchpoints.3.title") is called in `journey`: a
 * touchpoint's or opportunity's title, a stage's or persona's name, a connection's or own channel's label;
 * '' for the journey's own fields, a path past the list's end or an element without a name. Read right
 * after the repair, so the place is named as the user sees it, not by an index that later edits shift.
 */
export function elementNameAt(journey: Journey, path: string): string {
  const [, list, index] = /^journey\.(\w+)\.(\d+)/.exec(path) ?? [];
  if (list === undefined || !(JOURNEY_LISTS as readonly string[]).includes(list)) return '';
  const element = (journey[list as JourneyList] as readonly Record<string, unknown>[])[Number(index)];
  const name = element?.title ?? element?.name ?? element?.label;
  return typeof name === 'string' ? name : '';
}
