/**
 * A cache for one reader of a list that is rebuilt on every change (the document's touchpoints after each
 * keystroke): `of(list)` returns the array it returned last time while every element is `alike` (to that
 * reader) to the one at its place, so what the reader derives from it (the canvas's nodes, the curve's
 * points, a library card's curve) is not derived again. The array it returns may hold older versions of
 * elements: the reader must use only what `alike` compares.
 */
export function alikeListCache<T>(alike: (a: T, b: T) => boolean): { of(list: T[]): T[] } {
  let last: T[] | null = null;
  // The live array last compared: a store calls this on every change (its save state's too), and the answer
  // for the same array is the same, without going over thousands of elements again.
  let seen: T[] | null = null;
  return {
    of(list) {
      if (last && (list === seen || list === last)) return last;
      seen = list;
      if (last && last.length === list.length && list.every((item, i) => item === last![i] || alike(last![i], item))) {
        return last;
      }
      last = list;
      return list;
    },
  };
}
