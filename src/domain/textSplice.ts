/** One change of a text: `from[start, end)` replaced by `text` (offsets in UTF-16 code units). */
export interface TextSplice {
  start: number;
  end: number;
  text: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The one splice turning `from` into `to`: the stretch between the texts' common start and common end (the
 * end never overlapping the start), so an insertion, a deletion or a replacement in one place is exact and
 * several changes read as one covering them all. It never cuts an emoji or other character outside the
 * Basic Multilingual Plane in two (its surrogate pair), so a splice merged with someone else's (a shared
 * text field, doc/write.ts) cannot leave half a character.
 */
export function textSplice(from: string, to: string): TextSplice {
  const shorter = Math.min(from.length, to.length);
  let start = 0;
  while (start < shorter && from[start] === to[start]) start++;
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  let common = 0;
  while (common < shorter - start && from[from.length - 1 - common] === to[to.length - 1 - common]) common++;
  if (common > 0 && isLowSurrogate(from.charCodeAt(from.length - common))) common--;
  return { start, end: from.length - common, text: to.slice(start, to.length - common) };
}
