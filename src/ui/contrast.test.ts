import { inkOn, luminance } from './contrast';

function ratio(a: string, b: string) {
  const [x, y] = [luminance(a)!, luminance(b)!].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('inkOn', () => {
  it('writes white on dark colours and black on light ones', () => {
    expect(inkOn('#6d28d9')).toBe('#ffffff');
    expect(inkOn('#0f766e')).toBe('#ffffff');
    expect(inkOn('#facc15')).toBe('#000000');
    expect(inkOn('#fff')).toBe('#000000');
  });

  it('always reaches WCAG AA for small text, whatever colour a team picks', () => {
    for (const color of ['#65a30d', '#ea580c', '#0891b2', '#db2777', '#cbd5e1', '#777777', '#808080', '#ff0000']) {
      expect(ratio(inkOn(color), color)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('falls back to dark ink for colours it cannot read', () => {
    expect(luminance('teal')).toBeNull();
    expect(inkOn('teal')).toBe('#000000');
  });
});
