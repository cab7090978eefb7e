import { personasLine } from '../../domain/personas';
import type { PageFrame } from './geometry';
import type { PdfModel } from './model';
import type { TextLine, TextStyle, Typesetter } from './text';

/** Sizes of the cover's text at A4, multiplied by the frame's scale. */
export const COVER = {
  nameSize: 28,
  nameLeading: 33,
  personaSize: 11,
  personaLeading: 15,
  personaLines: 2,
  descriptionSize: 10.5,
  descriptionLeading: 15,
  descriptionLines: 8,
  /** The persona and description lines' width, at most: a comfortable measure on wide sheets. */
  measure: 640,
} as const;

/** The cover's name, persona and description, wrapped; what did not fit goes on in the appendix. */
export interface CoverText {
  name: TextLine[];
  persona: TextLine[];
  description: TextLine[];
  /** The persona or the description was cut on the cover: the appendix has them whole. */
  cut: { persona: boolean; description: boolean };
}

/** Style of a cover text of size `size` (A4 points) on this frame. */
export function coverStyle(frame: PageFrame, size: number, weight: TextStyle['weight'] = 'normal'): TextStyle {
  return { weight, size: size * frame.scale };
}

/** Wraps the cover's texts (pure, so the plan knows what the appendix must complete). */
export function coverText(model: PdfModel, type: Typesetter, frame: PageFrame, title: string): CoverText {
  const { journey, strings: s } = model;
  const k = frame.scale;
  const width = frame.content.width;
  const measure = Math.min(width, COVER.measure * k);
  const personas = personasLine(journey, s.personaNumbered);
  const persona = personas ? `${s.persona}: ${personas}` : '';
  const personaStyle = coverStyle(frame, COVER.personaSize);
  const descriptionStyle = coverStyle(frame, COVER.descriptionSize);
  const personaAll = type.wrap(persona, personaStyle, measure);
  const descriptionAll = type.wrap(journey.description, descriptionStyle, measure);
  return {
    // A journey's name is short (LIMITS.journeyName): it always fits whole.
    name: type.wrap(title, coverStyle(frame, COVER.nameSize, 'bold'), width),
    persona: type.wrap(persona, personaStyle, measure, COVER.personaLines),
    description: type.wrap(journey.description, descriptionStyle, measure, COVER.descriptionLines),
    cut: {
      persona: personaAll.length > COVER.personaLines,
      description: descriptionAll.length > COVER.descriptionLines,
    },
  };
}
