import { meQuejo } from './meQuejo';
import { meUno } from './meUno';
import { meVoy } from './meVoy';
import type { JourneyTemplate, TemplateId } from './template';

/** The journeys a team can start from, in the order the library offers them. */
export const TEMPLATES: readonly JourneyTemplate[] = [meUno, meQuejo, meVoy];

/** The template with the given id, if any. */
export function findTemplate(id: TemplateId): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export { instantiateTemplate, type JourneyTemplate, type TemplateId } from './template';
