import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorOffset';

describe('jsonErrorOffset', () => {
  it.each([
    ['a trailing comma in an array', '{"stages": ["a", "b",\n]}', '{"stages": ["a", "b",\n'.length],
    ['a trailing comma in an object', '{"a": 1,}', 8],
    ['a single-quoted string', "{'a': 1}", 1],
    // Inside a string, the place is where the string starts: the whole string is what to look at.
    ['a raw line break in a string', '{"a": "one\ntwo"}', 6],
    ['a missing comma', '{"a": 1 "b": 2}', 8],
    ['a truncated file', '{"format": "recorrido.journey", "vers', 32],
    ['text after the value', '{} x', 3],
    ['a bad escape', '{"a": "\\x"}', 6],
    ['a leading zero', '[01]', 2],
    ['an empty text', '', 0],
  ])('finds %s', (_name, text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it.each(['{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}}', ' [ ] ', '"solo"', '{"é": "🚀"}'])(
    'finds nothing wrong in JSON: %s',
    (text) => {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorOffset(text)).toBeUndefined();
    },
  );

  it('gives no place for text nested deeper than it can scan', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBeUndefined();
  });
});
