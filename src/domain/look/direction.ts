/**
 * The direction a paragraph is read in, found as the screen's `dir="auto"` finds it: the Unicode
 * Bidirectional Algorithm (UAX #9) rules P2 and P3, where the first strong character decides, Hebrew or
 * Arabic letters right-to-left, any other letter left-to-right, and text without one left-to-right.
 * JavaScript's regular expressions do not expose the Bidi_Class property, so the strong classes are read
 * from the letters' scripts: every letter of a right-to-left script is strong R or AL in the Unicode data,
 * every other letter strong L (digits, punctuation and marks are weak or neutral and are skipped).
 */

/** Left-to-right or right-to-left. */
export type Direction = 'ltr' | 'rtl';

/** Characters of the scripts written right to left: their letters are Bidi_Class R or AL. */
const RTL_SCRIPT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Yezidi}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Kharoshthi}\p{Script=Old_South_Arabian}\p{Script=Avestan}\p{Script=Inscriptional_Parthian}\p{Script=Inscriptional_Pahlavi}\p{Script=Old_Turkic}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Hatran}\p{Script=Old_Hungarian}\p{Script=Sogdian}\p{Script=Old_Sogdian}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Lydian}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Cypriot}\p{Script=Old_North_Arabian}\u200f\u061c]/u;
const LETTER = /[\p{L}\p{Mc}]/u;
/** LRM, RLM and ALM: invisible marks that are strong L, R and AL. */
const LRM = 0x200e;
const RLM = 0x200f;
const ALM = 0x061c;
/** Isolate initiators (LRI, RLI, FSI) and their terminator (PDI): P2 skips what they enclose. */
const ISOLATE_OPEN = new Set([0x2066, 0x2067, 0x2068]);
const ISOLATE_CLOSE = 0x2069;

/** The strong direction of one character, or null when it is weak or neutral. */
function strong(char: string): Direction | null {
  const cp = char.codePointAt(0)!;
  if (cp === LRM) return 'ltr';
  if (cp === RLM || cp === ALM) return 'rtl';
  if (!LETTER.test(char)) return null;
  return RTL_SCRIPT.test(char) ? 'rtl' : 'ltr';
}

/** The first strong direction in `text` outside isolates (UAX #9 P2), or null when there is none. */
export function firstStrongDirection(text: string): Direction | null {
  let isolates = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (ISOLATE_OPEN.has(cp)) isolates++;
    else if (cp === ISOLATE_CLOSE) isolates = Math.max(0, isolates - 1);
    else if (isolates === 0) {
      const found = strong(char);
      if (found) return found;
    }
  }
  return null;
}

/** The paragraph's base direction (UAX #9 P3): that of its first strong character, else left-to-right. */
export function baseDirection(paragraph: string): Direction {
  return firstStrongDirection(paragraph) ?? 'ltr';
}

/**
 * True when `text` holds a character of a right-to-left script (a letter, or a digit such as the
 * Arabic-Indic ones, which the bidirectional algorithm orders too) or the RLM or ALM mark: only then does a
 * left-to-right line need the algorithm at all.
 */
export function hasRightToLeft(text: string): boolean {
  return RTL_SCRIPT.test(text);
}
