/** One change of a text: `from[start, end)` replaced by `text` (offsets in UTF-16 code units). */
export interface TextSplice {
  start: number;
  end: number;
  text: string;
}

/**
 * The one splice turning `from` into `to`: the stretch between the texts' common start and common end (the
 * end never overlapping the start), so an insertion, a deletion or a replacement in one place is exact and
 * several changes read as one covering them all.
 */
export function textSplice(from: string, to: string): TextSplice {
  const shorter = Math.min(from.length, to.length);
  let start = 0;
  while (start < shorter && from[start] === to[start]) start++;
  let common = 0;
  while (common < shorter - start && from[from.length - 1 - common] === to[to.length - 1 - common]) common++;
  return { start, end: from.length - common, text: to.slice(start, to.length - common) };
}
