import type { Emotion } from '../journey';
import { blankPersona } from '../blank';
import { cutText, LIMITS } from '../limits';
import { personaNameTaken } from '../personas';
import { defineCommand } from './command';

/** Adds a persona (a customer segment with its own emotion curve), up to LIMITS.personas. */
export const addPersona = defineCommand<{ name: string; id?: string }>({
  id: 'persona.add',
  apply: (draft, { name, id }) => {
    if (draft.personas.length >= LIMITS.personas) return;
    draft.personas.push(blankPersona({ name: cutText(name.trim(), LIMITS.personaName), ...(id ? { id } : {}) }));
  },
});

/**
 * Renames or describes a persona; typing merges into one undo step per field. A name another persona of the
 * journey already has (personaNameTaken) changes nothing: the curves, the select and the insights' filter
 * could not tell the two apart.
 */
export const updatePersona = defineCommand<{ id: string; name?: string; description?: string }>({
  id: 'persona.update',
  mergeKey: ({ id, name }) => `persona:${id}:${name === undefined ? 'description' : 'name'}`,
  apply: (draft, { id, name, description }) => {
    const persona = draft.personas.find((p) => p.id === id);
    if (!persona) return;
    const cut = name === undefined ? undefined : cutText(name, LIMITS.personaName);
    if (cut !== undefined && !personaNameTaken(draft, id, cut)) persona.name = cut;
    if (description !== undefined) persona.description = cutText(description, LIMITS.persona);
  },
});

/**
 * Removes a persona and its emotions. The main persona (the first) stays: its emotions are the journey's
 * own, and every journey is mapped for someone.
 */
export const removePersona = defineCommand<{ id: string }>({
  id: 'persona.remove',
  apply: (draft, { id }) => {
    const index = draft.personas.findIndex((p) => p.id === id);
    if (index <= 0) return;
    draft.personas.splice(index, 1);
    for (const t of draft.touchpoints) if (id in t.personaEmotions) delete t.personaEmotions[id];
  },
});

/**
 * Sets one persona's emotion on touchpoints (null clears it): the main persona's is each touchpoint's
 * `emotion`, another's its entry in `personaEmotions`. Ratings in a burst (arrowing along the scale) are
 * one undo step per persona and selection; a clear is a step of its own, as updateTouchpoints' are.
 */
export const setPersonaEmotion = defineCommand<{ ids: string[]; personaId: string; emotion: Emotion | null }>({
  id: 'persona.emotion',
  mergeKey: ({ ids, personaId, emotion }) =>
    emotion === null ? undefined : `persona-emotion:${personaId}:${[...ids].sort().join(',')}`,
  apply: (draft, { ids, personaId, emotion }) => {
    const index = draft.personas.findIndex((p) => p.id === personaId);
    if (index < 0) return;
    const targets = new Set(ids);
    for (const t of draft.touchpoints) {
      if (!targets.has(t.id)) continue;
      if (index === 0) t.emotion = emotion;
      else if (emotion === null) delete t.personaEmotions[personaId];
      else t.personaEmotions[personaId] = emotion;
    }
  },
});

/**
 * Keeps a workshop room's emotions as a persona's curve ("the room", issue 14): adds the persona `id` when
 * the journey has none with that id (nothing happens at LIMITS.personas), then makes its emotions exactly
 * `emotions` (touchpoint id -> -2..+2; touchpoints absent there lose this persona's emotion). Keeping the
 * room again later replaces the curve, in one undo step.
 */
export const keepRoomPersona = defineCommand<{ id: string; name: string; emotions: Record<string, Emotion> }>({
  id: 'persona.keepRoom',
  apply: (draft, { id, name, emotions }) => {
    let persona = draft.personas.find((p) => p.id === id);
    if (!persona) {
      if (draft.personas.length >= LIMITS.personas) return;
      persona = blankPersona({ id, name: cutText(name.trim(), LIMITS.personaName) });
      draft.personas.push(persona);
    }
    if (draft.personas[0].id === id) return;
    for (const t of draft.touchpoints) {
      const emotion = emotions[t.id];
      if (emotion === undefined) delete t.personaEmotions[id];
      else t.personaEmotions[id] = emotion;
    }
  },
});
