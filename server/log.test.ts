import { describe, expect, it } from 'vitest';
import { createLogger, describeError, formatLine, redact } from './log.ts';
import { refusal } from './refusals.ts';

describe('logging without secrets', () => {
  it('blanks anything shaped like a key or a key hash', () => {
    const key = 'Ab3_-'.repeat(9).slice(0, 43);
    const hash = 'f'.repeat(64);
    expect(redact(`token v1.edit.${key} and ${hash}`)).toBe('token v1.edit.[redacted] and [redacted]');
    expect(redact('room=x3ivC9BCFeoqSzXJffJLEw')).toBe('room=x3ivC9BCFeoqSzXJffJLEw');
  });

  it('writes one line per event and quotes values that need it', () => {
    const lines: string[] = [];
    createLogger((line) => lines.push(line)).warn('refused', { room: 'abc', reason: 'a b', n: 2, skip: undefined });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\S+Z warn refused room=abc reason="a b" n=2$/);
    expect(formatLine('info', 'x', { v: 'line\nbreak' })).toContain('v="line\\nbreak"');
  });

  it('describes errors briefly', () => {
    expect(describeError(new RangeError('bad'))).toBe('RangeError: bad');
    expect(describeError(refusal('invalid-key'))).toBe('invalid-key');
    expect(describeError(42)).toBe('number');
  });
});
