import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { VersionActions } from '../../actions/action';
import { createToBe } from '../../domain/versions/toBe';
import { useEditor, useServices } from '../../store/services';
import { editorPath } from '../../ui/paths';
import { useVersionLinks, type VersionLinks } from './useVersionLinks';

/** The open journey's versions as the editor offers them: links, actions, the comparison's state, errors. */
export interface Versions {
  state: 'as-is' | 'to-be';
  links: VersionLinks;
  actions: VersionActions;
  /** The journey the comparison reads besides the open one (the as-is of a to-be, the newest to-be of an as-is). */
  other: VersionLinks['asIs'];
  comparing: boolean;
  closeCompare(): void;
  /** Why creating the to-be failed, shown until dismissed. */
  error: string | null;
  dismissError(): void;
}

/**
 * Creating and opening the to-be, and opening the comparison, for the editor's action context. An as-is that
 * has a to-be already opens it (the newest edited) rather than making a second one.
 */
export function useVersions(): Versions {
  const { t } = useTranslation();
  const { editor, library } = useServices();
  const navigate = useNavigate();
  const links = useVersionLinks();
  const state = useEditor((s) => s.journey?.state ?? 'as-is');
  const [comparing, setComparing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const creating = useRef(false);
  const existing = links.toBes[0] ?? null;
  const other = state === 'to-be' ? links.asIs : existing;

  const create = useCallback(async () => {
    const journey = editor.getState().journey;
    if (!journey || creating.current) return;
    creating.current = true;
    setError(null);
    try {
      const name = t('versions.toBeName', { name: journey.name || t('library.untitled') });
      const id = await library.getState().add(createToBe(journey, name));
      void navigate(editorPath(id));
    } catch (e) {
      setError(t('versions.createFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      creating.current = false;
    }
  }, [editor, library, navigate, t]);

  const actions = useMemo<VersionActions>(() => {
    const result: VersionActions = {};
    if (state === 'as-is') {
      result.createToBe = existing ? () => void navigate(editorPath(existing.id)) : () => void create();
    }
    if (other) result.compare = () => setComparing(true);
    return result;
  }, [state, existing, other, navigate, create]);

  return {
    state,
    links,
    actions,
    other,
    comparing: comparing && other !== null,
    closeCompare: () => setComparing(false),
    error,
    dismissError: () => setError(null),
  };
}
