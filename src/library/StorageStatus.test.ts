import { describe, expect, it } from 'vitest';
import { formatBytes } from './StorageStatus';

describe('formatBytes', () => {
  it('words bytes so that the count agrees, and larger sizes short, in both languages', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(0, 'es')).toBe('0 bytes');
    expect(formatBytes(3.4 * 1024, 'en')).toBe('3.4 kB');
    expect(formatBytes(10 * 1024 ** 3, 'es')).toBe('10 GB');
  });
});
