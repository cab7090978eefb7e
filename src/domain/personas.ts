import type { Emotion, Journey, Persona, Touchpoint } from './journey';

/** A persona in one line: "Name: who they are", or whichever of the two it has ('' when neither). */
export function personaLine(persona: Pick<Persona, 'name' | 'description'>): string {
  return [persona.name.trim(), persona.description.trim()].filter((part) => part !== '').join(': ');
}

/** Every persona of the journey in one line, separated by " · "; '' when none has words yet. */
export function personasLine(journey: Pick<Journey, 'personas'>): string {
  return journey.personas
    .map(personaLine)
    .filter((line) => line !== '')
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

/** The persona chosen in the editor if the journey still has it, else the main one (null: no persona). */
export function activePersonaId(journey: Pick<Journey, 'personas'>, chosen: string | null): string | null {
  if (chosen !== null && journey.personas.some((p) => p.id === chosen)) return chosen;
  return journey.personas[0]?.id ?? null;
}
