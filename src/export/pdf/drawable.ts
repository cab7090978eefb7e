import type { Journey } from '../../domain/journey';
import { cleanText, graphemes } from '../../domain/look/wrap';
import type { FallbackText } from './fallback';
import { fontHas } from './metrics';

/** A touchpoint with characters nothing can draw, and those characters. */
export interface Undrawable {
  touchpointId: string;
  title: string;
  characters: string[];
}

/**
 * Characters no font can be expected to draw: unassigned code points (Unicode category Cn, noncharacters
 * included), private-use characters (Co: their glyphs exist only in a font made for them) and lone
 * surrogates (Cs: broken text).
 */
const NO_GLYPH = /[\p{Cn}\p{Co}\p{Cs}]/u;
/** Latin-1 text, which every font draws: nothing to look at closely. */
const PLAIN = /^[\u0020-\u007e\u00a0-\u00ff\n]*$/;

/** The graphemes of `text` that cannot be drawn: a NO_GLYPH character, or one the browser draws as a box. */
export function undrawableCharacters(text: string, fallback: FallbackText): string[] {
  if (PLAIN.test(text)) return [];
  const found = new Set<string>();
  for (const grapheme of graphemes(cleanText(text.normalize('NFC')))) {
    const codePoints = Array.from(grapheme);
    if (codePoints.length === 1 && fontHas('noto', codePoints[0].codePointAt(0)!)) continue;
    if (/^\s+$/.test(grapheme)) continue;
    if (NO_GLYPH.test(grapheme) || fallback.canDraw?.(grapheme) === false) found.add(grapheme);
  }
  return [...found];
}

/**
 * The touchpoints whose title, description, notes or "what hurts" hold characters nothing can draw, for the
 * export dialog to name before exporting. The PDF still keeps them in its text layer.
 */
export function undrawableTouchpoints(journey: Journey, fallback: FallbackText): Undrawable[] {
  const found: Undrawable[] = [];
  for (const t of journey.touchpoints) {
    const characters = new Set<string>();
    for (const text of [t.title, t.description, t.notes, t.painNote]) {
      for (const c of undrawableCharacters(text, fallback)) characters.add(c);
    }
    if (characters.size > 0) found.push({ touchpointId: t.id, title: t.title, characters: [...characters] });
  }
  return found;
}
