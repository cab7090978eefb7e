import { applyTheme, changeTheme, currentTheme, detectTheme } from './theme';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('detectTheme', () => {
  it('takes ?theme= from the URL and remembers it', () => {
    const storage = memoryStorage({ 'recorrido.theme': 'dark' });
    expect(detectTheme('?lang=es&theme=projector', storage, false)).toBe('projector');
    expect(storage.values.get('recorrido.theme')).toBe('projector');
    expect(detectTheme('', storage, false)).toBe('projector');
  });

  it('ignores an unknown ?theme= and keeps the remembered choice', () => {
    const storage = memoryStorage({ 'recorrido.theme': 'dark' });
    expect(detectTheme('?theme=neon', storage, false)).toBe('dark');
    expect(storage.values.get('recorrido.theme')).toBe('dark');
  });

  it('uses the remembered choice over the system preference', () => {
    expect(detectTheme('', memoryStorage({ 'recorrido.theme': 'light' }), true)).toBe('light');
    expect(detectTheme('', memoryStorage({ 'recorrido.theme': 'projector' }), false)).toBe('projector');
  });

  it('defaults to light, or dark when the system prefers it, without remembering either', () => {
    const storage = memoryStorage();
    expect(detectTheme('', storage, false)).toBe('light');
    expect(detectTheme('', storage, true)).toBe('dark');
    expect(storage.values.size).toBe(0);
    expect(detectTheme('', memoryStorage({ 'recorrido.theme': 'sepia' }), false)).toBe('light');
  });

  it('works without storage', () => {
    expect(detectTheme('?theme=dark', null, false)).toBe('dark');
    expect(detectTheme('', null, false)).toBe('light');
  });
});

describe('applyTheme and changeTheme', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it('put the theme on <html data-theme>; only a change is remembered', () => {
    applyTheme('dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(currentTheme()).toBe('dark');
    expect(localStorage.getItem('recorrido.theme')).toBeNull();

    changeTheme('projector');
    expect(document.documentElement).toHaveAttribute('data-theme', 'projector');
    expect(localStorage.getItem('recorrido.theme')).toBe('projector');
  });
});
