import { createEmptyJourney } from '../../domain/factory';
import { estimatedFallback, type FallbackText } from './fallback';
import { undrawableCharacters, undrawableTouchpoints } from './drawable';
import { touchpointIn } from './pdfTestKit';

describe('undrawableCharacters', () => {
  it('finds private-use, unassigned and lone surrogate characters, nothing else without a canvas', () => {
    expect(undrawableCharacters('Zażółć 顧客 🚀 شكوى', estimatedFallback)).toEqual([]);
    expect(undrawableCharacters('logo \uE000 and \u0378 and \uD800', estimatedFallback)).toEqual([
      '\uE000',
      '\u0378',
      '\uD800',
    ]);
  });

  it('asks the browser about the rest: a character it draws as the missing-glyph box', () => {
    const browser: FallbackText = { ...estimatedFallback, canDraw: (g) => g !== '𓀀' };
    expect(undrawableCharacters('顧客 𓀀 Жалоба', browser)).toEqual(['𓀀']);
  });
});

describe('undrawableTouchpoints', () => {
  it('names the touchpoints whose title, description, notes or pain note cannot all be drawn', () => {
    const journey = createEmptyJourney('x', ['a'], new Date());
    journey.touchpoints = [
      touchpointIn(journey, 0, 0, { title: 'Bien 顧客 🚀' }),
      touchpointIn(journey, 0, 1, { title: 'Logo', notes: 'marca \uE000' }),
      touchpointIn(journey, 0, 2, { title: 'Otro \u0378' }),
    ];
    const found = undrawableTouchpoints(journey, estimatedFallback);
    expect(found.map((f) => [f.title, f.characters])).toEqual([
      ['Logo', ['\uE000']],
      ['Otro \u0378', ['\u0378']],
    ]);
  });
});
