import { parse, type ParseError } from 'jsonc-parser';

/**
 * The offset (UTF-16 code units from 0) of the first place at which `text` stops being JSON (a trailing
 * comma, a single quote, a missing brace, text after the value, the end of a text cut short; for a string
 * holding a line break or a bad escape, or cut short, where that string starts), or undefined when it is
 * JSON or nests too deep to scan. JavaScript engines say where JSON.parse failed for some mistakes and not
 * others (V8 gives no position for an unexpected "]"), so the place shown to a user is found by VS Code's
 * JSON scanner (jsonc-parser) with JSON's own rules: no comments, no trailing commas.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    return undefined; // nested deeper than the call stack (the parser recurses): no place to show
  }
  return errors[0]?.offset;
}
