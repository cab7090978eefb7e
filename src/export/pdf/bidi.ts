import bidiFactory from 'bidi-js';
import type { Direction } from '../../domain/look/direction';

/** A stretch of a line at one embedding level: `text.slice(start, end)`, read right to left when `rtl`. */
export interface LevelRun {
  start: number;
  end: number;
  rtl: boolean;
}

let bidi: ReturnType<typeof bidiFactory> | undefined;

/**
 * The line's stretches of one embedding level in the order they are seen, left to right: the Unicode
 * Bidirectional Algorithm (UAX #9, by bidi-js) resolves each character's level in a paragraph of base
 * `direction`, then rule L2 reverses every sequence of runs at or above each odd level, highest first.
 * Reversing whole runs and reading each odd (right-to-left) run backwards is the same as reversing the
 * characters. Indices are UTF-16 code units.
 */
export function visualRuns(line: string, direction: Direction): LevelRun[] {
  if (line === '') return [];
  bidi ??= bidiFactory();
  const { levels } = bidi.getEmbeddingLevels(line, direction);
  const runs: { start: number; end: number; level: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i] });
  }
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : r.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length; i++) {
      if (runs[i].level < level) continue;
      let j = i;
      while (j + 1 < runs.length && runs[j + 1].level >= level) j++;
      const reversed = runs.slice(i, j + 1).reverse();
      runs.splice(i, reversed.length, ...reversed);
      i = j;
    }
  }
  return runs.map(({ start, end, level }) => ({ start, end, rtl: level % 2 === 1 }));
}
