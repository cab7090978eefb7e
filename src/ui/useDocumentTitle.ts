import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { closeBidi } from '../domain/look/bidi';
import { useEditor } from '../store/services';

/**
 * Titles the browser tab "<name> · Recorrido", or just "Recorrido" when `name` is null, in the UI language.
 * On unmount the app's name comes back, so a page that names nothing (library, trash) needs no call.
 */
export function useDocumentTitle(name: string | null): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  // A name's open right-to-left override must not reverse " · Recorrido" after it.
  const title = name === null ? appName : t('app.documentTitle', { name: closeBidi(name) });
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = appName;
    };
  }, [title, appName]);
}

/**
 * Titles the tab with the name of journey `id` once the editor store holds it, following renames as they
 * are typed; until then (loading, or a journey that could not be opened) the tab says "Recorrido".
 */
export function useJourneyTitle(id: string): void {
  const { t } = useTranslation();
  const name = useEditor((s) => (s.journey?.id === id ? s.journey.name : null));
  useDocumentTitle(name === null ? null : name.trim() || t('library.untitled'));
}
