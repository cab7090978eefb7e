import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMOTION_COLORS } from '../domain/look/colors';
import { initI18n } from '../i18n/i18n';
import { CardCurve } from './CardCurve';

beforeAll(() => initI18n('en'));

describe('CardCurve', () => {
  it('colours its line from green at ¡Wow! down to red at Lo odio, not red all along', () => {
    const { container } = render(<CardCurve emotions={[-2, 0, 2]} />);
    const stops = [...container.querySelectorAll('stop')].map((stop) => ({
      offset: Number(stop.getAttribute('offset')),
      color: stop.getAttribute('stop-color'),
    }));
    // SVG raises an offset lower than the one before it: they must rise, or every stop lands at the bottom.
    const offsets = stops.map((s) => s.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(stops[0]).toEqual({ offset: 0, color: EMOTION_COLORS[2] });
    expect(stops.at(-1)).toEqual({ offset: 1, color: EMOTION_COLORS[-2] });
  });
});
