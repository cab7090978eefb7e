import { blankOpportunity } from '../blank';
import type { Opportunity } from '../journey';
import { cutText, LIMITS } from '../limits';
import { defineCommand } from './command';

/** Adds an improvement idea to a pain point (a touchpoint), owned by its function until someone changes it. */
export const addOpportunity = defineCommand<{ touchpointId: string; id?: string; title?: string }>({
  id: 'opportunity.add',
  apply: (draft, { touchpointId, id, title = '' }) => {
    const touchpoint = draft.touchpoints.find((t) => t.id === touchpointId);
    if (!touchpoint) return;
    draft.opportunities.push(
      blankOpportunity({
        touchpointId,
        title: cutText(title, LIMITS.opportunityTitle),
        functionId: touchpoint.functionId,
        ...(id ? { id } : {}),
      }),
    );
  },
});

/** Edits an opportunity's title, owner, priority or status; typing the title merges into one undo step. */
export const updateOpportunity = defineCommand<{
  id: string;
  fields: Partial<Pick<Opportunity, 'title' | 'functionId' | 'priority' | 'status'>>;
}>({
  id: 'opportunity.update',
  mergeKey: ({ id, fields }) => `opportunity:${id}:${Object.keys(fields).sort().join(',')}`,
  apply: (draft, { id, fields }) => {
    const opportunity = draft.opportunities.find((o) => o.id === id);
    if (!opportunity) return;
    Object.assign(opportunity, fields);
    if (fields.title !== undefined) opportunity.title = cutText(fields.title, LIMITS.opportunityTitle);
  },
});

/** Removes an opportunity. */
export const removeOpportunity = defineCommand<{ id: string }>({
  id: 'opportunity.remove',
  apply: (draft, { id }) => {
    draft.opportunities = draft.opportunities.filter((o) => o.id !== id);
  },
});
