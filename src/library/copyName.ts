import type { TFunction } from 'i18next';
import type { CopyName } from '../store/libraryStore';

/** The library's words for a copy's name: "Me uno (copia)", then "Me uno (copia 2)", "Me uno (copia 3)"... */
export const copyNameWords =
  (t: TFunction): CopyName =>
  (name, nth) =>
    nth === 1 ? t('card.copyName', { name }) : t('card.copyNameNth', { name, nth });
