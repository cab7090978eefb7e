// No zod here: the import controls on the library's first screen check sizes before restore loads.
import type { RestoreError } from './restore';

/** Largest journey file accepted; a map of thousands of touchpoints is a few MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Deepest JSON nesting accepted; a journey file needs 4 levels, hostile files go much deeper. */
export const MAX_IMPORT_DEPTH = 64;

function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

/** Refuses oversized, empty or absurdly nested input before it is parsed; null when it may be read. */
export function preflightFile(text: string, byteSize: number): RestoreError | null {
  if (byteSize > MAX_IMPORT_BYTES) {
    return { code: 'too-large', path: '', detail: `${byteSize} bytes; the limit is ${MAX_IMPORT_BYTES}` };
  }
  if (text.trim() === '') return { code: 'empty', path: '', detail: 'The file is empty' };
  if (nestingDepth(text) > MAX_IMPORT_DEPTH) {
    return { code: 'too-deep', path: '', detail: `Nested deeper than ${MAX_IMPORT_DEPTH}` };
  }
  return null;
}
