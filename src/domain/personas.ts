import type { Emotion, Journey, Persona, Touchpoint } from './journey';

/** A persona in one line: "Name: who they are", or whichever of the two it has ('' when neither). */
export function personaLine(persona: Pick<Persona, 'name' | 'description'>): string {
  return [persona.name.trim(), persona.description.trim()].filter((part) => part !== '').join(': ');
}

/**
 * Every persona of the journey in one line, separated by " · ", each called as everywhere else (personaLabel:
 * an unnamed one is `numbered(n)`, "Persona 1"), so a cover saying "Ana" never meets a legend saying
 * "Persona 1, Ana". '' when no persona has a name or a description yet (a lone "Persona 1" says nothing).
 */
export function personasLine(journey: Pick<Journey, 'personas'>, numbered: (n: number) => string): string {
  if (journey.personas.every((p) => personaLine(p) === '')) return '';
  return journey.personas
    .map((p, i) => personaLine({ name: personaLabel(p.name, i + 1, numbered), description: p.description }))
    .join(' · ');
}

/**
 * What a persona is called wherever it is named (the toolbar's select, the inspector, the curve, the PDF,
 * the CSV's headers): its name, or for an unnamed one `numbered(n)` ("Persona 3"), `n` its 1-based place
 * among the journey's personas.
 */
export function personaLabel(name: string, n: number, numbered: (n: number) => string): string {
  return name.trim() || numbered(n);
}

/** Whether a persona is the journey's main one (the first), whose emotion is each touchpoint's `emotion`. */
export function isMainPersona(journey: { personas: readonly Pick<Persona, 'id'>[] }, personaId: string): boolean {
  return journey.personas[0]?.id === personaId;
}

/** A touchpoint's emotion for one persona: `emotion` for the main persona, its own entry for the others. */
export function emotionFor(
  journey: { personas: readonly Pick<Persona, 'id'>[] },
  touchpoint: Pick<Touchpoint, 'emotion' | 'personaEmotions'>,
  personaId: string,
): Emotion | null {
  return isMainPersona(journey, personaId) ? touchpoint.emotion : (touchpoint.personaEmotions[personaId] ?? null);
}

/**
 * A persona name reduced to what tells two names apart: trimmed, lower case, without accents, so "Ana",
 * "ana " and "Ána" are one name (the insights' persona filter finds them as one, across journeys).
 */
export function personaKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase();
}

/**
 * Whether `name` is already the name of a persona of the journey other than `id` (personaKey). A blank name
 * is nobody's: unnamed personas are told apart by their number.
 */
export function personaNameTaken(
  journey: { personas: readonly Pick<Persona, 'id' | 'name'>[] },
  id: string,
  name: string,
): boolean {
  const key = personaKey(name);
  return key !== '' && journey.personas.some((p) => p.id !== id && personaKey(p.name) === key);
}

/**
 * The persona other than the main one whose emotions the cards show, for the persona chosen in the editor
 * (`chosen`, see activePersonaId); null when that is the main one, whose emotion is each touchpoint's own.
 */
export function shownPersonaId(journey: Pick<Journey, 'personas'>, chosen: string | null): string | null {
  const active = activePersonaId(journey, chosen);
  return active === null || isMainPersona(journey, active) ? null : active;
}

/**
 * The emotion a card shows for `shown` (shownPersonaId): the touchpoint's own for null (the main persona),
 * else that persona's rating there, null where it has none.
 */
export function shownEmotion(
  touchpoint: Pick<Touchpoint, 'emotion' | 'personaEmotions'>,
  shown: string | null,
): Emotion | null {
  return shown === null ? touchpoint.emotion : (touchpoint.personaEmotions[shown] ?? null);
}

/** The persona chosen in the editor if the journey still has it, else the main one (null: no persona). */
export function activePersonaId(journey: Pick<Journey, 'personas'>, chosen: string | null): string | null {
  if (chosen !== null && journey.personas.some((p) => p.id === chosen)) return chosen;
  return journey.personas[0]?.id ?? null;
}
