import { describe, expect, it } from 'vitest';
import { rememberBlueprintLayout, rememberedBlueprintLayout } from './viewPreferences';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) };
}

describe('the remembered blueprint layout', () => {
  it('is the lanes by owning function until the user picks the layers, then the layers', () => {
    const storage = memory();
    expect(rememberedBlueprintLayout(storage)).toBe('functions');
    rememberBlueprintLayout('layers', storage);
    expect(rememberedBlueprintLayout(storage)).toBe('layers');
  });

  it('ignores a value it does not know, and a storage that refuses to write', () => {
    const storage = memory();
    storage.setItem('recorrido.blueprintLayout', 'swimlanes');
    expect(rememberedBlueprintLayout(storage)).toBe('functions');
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberBlueprintLayout('layers', full)).not.toThrow();
  });
});
