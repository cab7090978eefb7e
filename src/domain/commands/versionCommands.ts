import { applyRebase, type RebaseChoice } from '../versions/rebase';
import { defineCommand } from './command';

/**
 * Re-bases a to-be on its as-is: copies the chosen new as-is touchpoints and records every offered one as
 * seen (a dismissal is a re-base taking none), in one undo step. Changes nothing on an as-is journey or when
 * `asIs` is not the journey this to-be redesigns.
 */
export const rebaseToBe = defineCommand<RebaseChoice>({
  id: 'versions.rebase',
  apply: (draft, choice) => {
    if (draft.state !== 'to-be' || draft.asIsId !== choice.asIs.id) return;
    applyRebase(draft, choice);
  },
});
