import type { TFunction } from 'i18next';
import { closeBidi } from '../domain/look/wrap';
import type { CopyName } from '../store/libraryStore';

/**
 * The library's words for a copy's name: "Me uno (copia)", then "Me uno (copia 2)", "Me uno (copia 3)"... The
 * name's open bidirectional controls are closed first (closeBidi), so they never reverse the words after it.
 */
export const copyNameWords =
  (t: TFunction): CopyName =>
  (name, nth) =>
    nth === 1 ? t('card.copyName', { name: closeBidi(name) }) : t('card.copyNameNth', { name: closeBidi(name), nth });
