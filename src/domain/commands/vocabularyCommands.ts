import { createId } from '../ids';
import type { CustomVocabularyEntry, Journey } from '../journey';
import { cutText, LIMITS } from '../limits';
import { defineCommand } from './command';

export type VocabularyKind = 'channel' | 'function';

const listOf = (draft: Journey, kind: VocabularyKind) =>
  kind === 'channel' ? draft.customChannels : draft.customFunctions;

/** Adds a team's own channel or function to this journey. */
export const addVocabularyEntry = defineCommand<{
  kind: VocabularyKind;
  entry: Omit<CustomVocabularyEntry, 'id' | 'backstage'> & { id?: string; backstage?: boolean };
}>({
  id: 'vocabulary.add',
  apply: (draft, { kind, entry }) => {
    const label = cutText(entry.label.trim(), LIMITS.vocabularyLabel);
    if (!label) return;
    listOf(draft, kind).push({ backstage: false, ...entry, label, id: entry.id ?? `custom-${createId()}` });
  },
});

/** Edits a custom entry's label, icon or colour; typing merges into one undo step. */
export const updateVocabularyEntry = defineCommand<{
  kind: VocabularyKind;
  id: string;
  fields: Partial<Omit<CustomVocabularyEntry, 'id'>>;
}>({
  id: 'vocabulary.update',
  mergeKey: ({ kind, id, fields }) => `vocabulary:${kind}:${id}:${Object.keys(fields).join(',')}`,
  apply: (draft, { kind, id, fields }) => {
    const entry = listOf(draft, kind).find((e) => e.id === id);
    if (!entry) return;
    Object.assign(entry, fields);
    if (fields.label !== undefined) entry.label = cutText(fields.label, LIMITS.vocabularyLabel);
  },
});

/** Removes a custom entry; touchpoints and opportunities that used it are left without a channel or function. */
export const removeVocabularyEntry = defineCommand<{ kind: VocabularyKind; id: string }>({
  id: 'vocabulary.remove',
  apply: (draft, { kind, id }) => {
    if (kind === 'channel') draft.customChannels = draft.customChannels.filter((e) => e.id !== id);
    else draft.customFunctions = draft.customFunctions.filter((e) => e.id !== id);
    for (const t of draft.touchpoints) {
      if (kind === 'channel' && t.channelId === id) t.channelId = null;
      if (kind === 'function' && t.functionId === id) t.functionId = null;
    }
    if (kind === 'function') for (const o of draft.opportunities) if (o.functionId === id) o.functionId = null;
  },
});

/**
 * Marks one of the team's own functions as working behind the line of visibility (backstage: true) or in
 * front of it, which moves its touchpoints' notes between the layered blueprint's rows. Built-in
 * functions have fixed defaults (vocabulary.ts) and an unknown id changes nothing. Each toggle is its own
 * undo step.
 */
export const setFunctionBackstage = defineCommand<{ id: string; backstage: boolean }>({
  id: 'vocabulary.setBackstage',
  apply: (draft, { id, backstage }) => {
    const entry = draft.customFunctions.find((e) => e.id === id);
    if (entry) entry.backstage = backstage;
  },
});
