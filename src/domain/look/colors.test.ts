import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { DELIVERED_COLOR, KPI_OVERLAY_COLOR, PERSONA_COLORS } from './colors';

describe('persona line colours', () => {
  it('give each persona a journey may hold its own hue, none the delivered line’s or the KPI bars’', () => {
    expect(PERSONA_COLORS.length).toBeGreaterThanOrEqual(LIMITS.personas);
    expect(new Set(PERSONA_COLORS).size).toBe(PERSONA_COLORS.length);
    expect(PERSONA_COLORS).not.toContain(DELIVERED_COLOR);
    expect(PERSONA_COLORS).not.toContain(KPI_OVERLAY_COLOR);
  });
});
