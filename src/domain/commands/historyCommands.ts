import type { Journey } from '../journey';
import { CONTENT_FIELDS, sameField } from '../snapshotContent';
import { defineCommand } from './command';

/**
 * Replaces the journey's content (name, details, stages, touchpoints, connections, custom vocabularies)
 * with another version's, keeping its id and creation time: restoring a snapshot is one undo step.
 */
export const replaceJourneyContent = defineCommand<{ content: Journey }>({
  id: 'journey.replaceContent',
  apply: (draft, { content }) => {
    const current = draft as Journey;
    for (const field of CONTENT_FIELDS) {
      // Unchanged fields are left alone, so restoring an identical version records nothing.
      if (sameField(current, content, field)) continue;
      (draft as unknown as Record<string, unknown>)[field] = structuredClone(content[field]);
    }
  },
});
