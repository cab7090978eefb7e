import type { CurveLine } from '../domain/curveLines';
import type { Persona } from '../domain/journey';
import { personaName } from './personaName';

/** The keys a curve line is named with, as the UI's `t` and the exporters' fixedT both take them. */
export type CurveLineWords = (
  key: 'panels.personas.unnamed' | 'panels.measures.delivered' | 'panels.inspector.emotion',
  values?: { n: number },
) => string;

/** A line of the emotion band with what a key calls it. */
export type NamedCurveLine = CurveLine & { name: string };

/**
 * What a key calls a line of the emotion band (domain curveLines) in `words`' language: its persona's name
 * (personaName: "Persona 2" for an unnamed one), the delivered experience, or "Emotion" for the one line
 * of a journey without personas.
 */
export function curveLineName(
  words: CurveLineWords,
  personas: readonly Pick<Persona, 'name'>[],
  line: CurveLine,
): string {
  if (line.kind === 'delivered') return words('panels.measures.delivered');
  const index = line.personaIndex;
  if (index === null || !personas[index]) return words('panels.inspector.emotion');
  return personaName(words, personas[index].name, index + 1);
}

/** Each of `lines` with its name (curveLineName), in the same order. */
export function nameCurveLines(
  words: CurveLineWords,
  personas: readonly Pick<Persona, 'name'>[],
  lines: readonly CurveLine[],
): NamedCurveLine[] {
  return lines.map((line) => ({ ...line, name: curveLineName(words, personas, line) }));
}
