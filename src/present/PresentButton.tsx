import { Presentation } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useEditor } from '../store/services';
import { presentPath } from './paths';

/** The editor's way into presentation mode; presents the open journey unless given another id. */
export function PresentButton({ journeyId }: { journeyId?: string }) {
  const { t } = useTranslation();
  const openId = useEditor((s) => s.journey?.id);
  const id = journeyId ?? openId;
  if (!id) return null;
  return (
    <Link to={presentPath(id)} className="button" data-testid="present" title={t('present.enterHint')}>
      <Presentation size={16} aria-hidden="true" />
      {t('present.enter')}
    </Link>
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * True when a key press means "present" in the editor: P alone, outside text fields. For binding P inside
 * an existing shortcut handler.
 */
export function isPresentShortcut(event: KeyboardEvent): boolean {
  return (
    event.key.toLowerCase() === 'p' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.defaultPrevented &&
    !isTyping(event.target) &&
    !document.querySelector('dialog[open]')
  );
}

/** Binds P to enter presentation mode, for editors that do not route keys through one handler. */
export function usePresentShortcut(journeyId: string | undefined) {
  const navigate = useNavigate();
  useEffect(() => {
    if (!journeyId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPresentShortcut(event)) return;
      event.preventDefault();
      void navigate(presentPath(journeyId));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [journeyId, navigate]);
}
