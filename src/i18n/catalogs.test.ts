import { en } from './en';
import { es } from './es';
import { participantEn } from './participant.en';
import { participantEs } from './participant.es';

function keysOf(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function valuesOf(catalog: object): string[] {
  return Object.values(catalog).flatMap((value) => (typeof value === 'object' ? valuesOf(value) : [value]));
}

// The participant page's catalogs stand apart (the phones' page loads only them, and the app never needs
// them), so they are checked as a pair of their own.
describe.each([
  ['the app', en, es],
  ['the participant page', participantEn, participantEs],
])('translation catalogs of %s', (_, en, es) => {
  it('have exactly the same keys in Spanish and English', () => {
    expect(keysOf(es).sort()).toEqual(keysOf(en).sort());
  });

  it('have no empty strings', () => {
    expect(valuesOf(es).filter((v) => v.trim() === '')).toEqual([]);
    expect(valuesOf(en).filter((v) => v.trim() === '')).toEqual([]);
  });

  it('use the same interpolation placeholders in both languages', () => {
    const placeholders = (catalog: object) =>
      Object.fromEntries(
        keysOf(catalog).map((key) => {
          const value = key
            .split('.')
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
          return [key, [...String(value).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()];
        }),
      );
    expect(placeholders(es)).toEqual(placeholders(en));
  });
});
