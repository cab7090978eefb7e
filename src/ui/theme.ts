import { useSyncExternalStore } from 'react';
import { THEME_NAMES, type ThemeName } from '../domain/look/themes';

/** The looks the app ships in (their tokens: src/domain/look/themes.ts). */
export type Theme = ThemeName;

export const THEMES: readonly Theme[] = THEME_NAMES;

const STORAGE_KEY = 'recorrido.theme';

/** True when the value names a shipped theme. */
export function isTheme(value: unknown): value is Theme {
  return (THEME_NAMES as readonly unknown[]).includes(value);
}

/**
 * The theme to start in: ?theme= in the URL (remembered), then the remembered choice, then dark when the
 * system prefers it, then light. The system's preference is only a default, never remembered.
 */
export function detectTheme(
  search: string = location.search,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null,
  prefersDark: boolean = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
): Theme {
  const fromUrl = new URLSearchParams(search).get('theme');
  if (isTheme(fromUrl)) {
    storage?.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  const remembered = storage?.getItem(STORAGE_KEY);
  if (isTheme(remembered)) return remembered;
  return prefersDark ? 'dark' : 'light';
}

const listeners = new Set<() => void>();

/** Puts the theme on <html data-theme>, where the stylesheet's token overrides pick it up. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  for (const listener of listeners) listener();
}

/** Switches the theme and remembers the choice. */
export function changeTheme(theme: Theme): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, theme);
  applyTheme(theme);
}

/** The theme the page shows now. */
export function currentTheme(): Theme {
  const theme = document.documentElement.dataset.theme;
  return isTheme(theme) ? theme : 'light';
}

/** Calls `listener` after every theme change; returns the unsubscribe function. */
export function onThemeChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The current theme, re-rendering when it changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(onThemeChange, currentTheme, () => 'light');
}
