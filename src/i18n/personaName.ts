import { personaLabel } from '../domain/personas';

/** The one key a persona's number is worded with, as the UI's `t` and the exporters' fixedT both take it. */
type PersonaWords = (key: 'panels.personas.unnamed', values: { n: number }) => string;

/**
 * A persona as the app names it in `words`' language: its name, or "Persona 3" for an unnamed one, `n` its
 * 1-based place among the journey's personas (personaLabel with panels.personas.unnamed).
 */
export function personaName(words: PersonaWords, name: string, n: number): string {
  return personaLabel(name, n, (k) => words('panels.personas.unnamed', { n: k }));
}
