import type { TFunction } from 'i18next';

/**
 * Why the sync server ended this browser's sharing of a journey, in the UI language: the catalog's words
 * for a known refusal code (share.refusal.*), else a sentence that names the code, never the bare code.
 */
export function refusalText(t: TFunction, reason: string): string {
  return t(`share.refusal.${reason}`, { defaultValue: t('share.refusal.other', { reason }) });
}
