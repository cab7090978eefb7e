import type { TFunction } from 'i18next';
import { closeBidi } from '../domain/look/bidi';
import { escapeRegExp } from '../domain/regExp';
import type { CopyName } from '../store/libraryStore';

/**
 * The library's words for a copy's name: "Me uno (copia)", then "Me uno (copia 2)", "Me uno (copia 3)"... A copy
 * of a copy is numbered after the same name ("Me uno (copia)" gives "Me uno (copia 2)", not "Me uno (copia)
 * (copia)"), as a file manager does. The name's open bidirectional controls are closed first (closeBidi), so
 * they never reverse the words after it.
 */
export function copyNameWords(t: TFunction): CopyName {
  const first = t('card.copyName', { name: '' });
  const [before = '', after = ''] = t('card.copyNameNth', { name: '', nth: 0 }).split('0');
  const numbered = new RegExp(`${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`);
  const original = (name: string) =>
    name.endsWith(first) && name.length > first.length ? name.slice(0, -first.length) : name.replace(numbered, '');
  return (name, nth) => {
    const base = closeBidi(original(name) || name);
    return nth === 1 ? t('card.copyName', { name: base }) : t('card.copyNameNth', { name: base, nth });
  };
}
