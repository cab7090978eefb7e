import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { DELIVERED_COLOR, KPI_OVERLAY_COLOR, PERSONA_COLORS } from './colors';
import { THEME_NAMES, THEMES } from './themes';

describe('persona line colours', () => {
  it('give each persona a journey may hold its own hue, none the delivered line’s or the KPI bars’', () => {
    expect(PERSONA_COLORS.length).toBeGreaterThanOrEqual(LIMITS.personas);
    expect(new Set(PERSONA_COLORS).size).toBe(PERSONA_COLORS.length);
    expect(PERSONA_COLORS).not.toContain(DELIVERED_COLOR);
    expect(PERSONA_COLORS).not.toContain(KPI_OVERLAY_COLOR);
  });

  it('keep every line off the pain points’ orange, which a hand-off’s dashed line is drawn in', () => {
    /** A #rrggbb colour's hue, in degrees. */
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    const apart = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
    for (const theme of THEME_NAMES) {
      const pain = THEMES[theme].colors.pain;
      for (const color of PERSONA_COLORS) {
        expect(apart(hue(color), hue(pain)), `${color} against ${theme}'s ${pain}`).toBeGreaterThanOrEqual(12);
      }
    }
  });
});
