import { NO_FUNCTION_COLOR } from './colors';
import { contrastRatio, inkOn, luminance } from './ink';
import { BUILT_IN_FUNCTIONS } from '../vocabulary';

describe('inkOn', () => {
  it('writes white on dark colours and black on light ones', () => {
    expect(inkOn('#6d28d9')).toBe('#ffffff');
    expect(inkOn('#0f766e')).toBe('#ffffff');
    expect(inkOn('#facc15')).toBe('#000000');
    expect(inkOn('#fff')).toBe('#000000');
  });

  it('writes the "no function" label dark on its light band', () => {
    expect(inkOn(NO_FUNCTION_COLOR)).toBe('#000000');
    expect(contrastRatio(inkOn(NO_FUNCTION_COLOR), NO_FUNCTION_COLOR)).toBeGreaterThanOrEqual(7);
  });

  it('always reaches WCAG AA for small text, whatever colour a team picks', () => {
    const picked = ['#65a30d', '#ea580c', '#0891b2', '#db2777', '#cbd5e1', '#777777', '#808080', '#ff0000'];
    for (const color of [...picked, ...BUILT_IN_FUNCTIONS.map((f) => f.color)]) {
      expect(contrastRatio(inkOn(color), color), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('falls back to dark ink for colours it cannot read', () => {
    expect(luminance('teal')).toBeNull();
    expect(contrastRatio('teal', '#fff')).toBeNull();
    expect(inkOn('teal')).toBe('#000000');
  });
});

describe('contrastRatio', () => {
  it('spans 1 (same colour) to 21 (black on white), in either order', () => {
    expect(contrastRatio('#777', '#777')).toBe(1);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21);
  });
});
