import { Presentation } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEditor } from '../store/services';
import { presentPath } from '../ui/paths';

/** The editor's way into presentation mode; presents the open journey unless given another id. */
export function PresentButton({ journeyId }: { journeyId?: string }) {
  const { t } = useTranslation();
  const openId = useEditor((s) => s.journey?.id);
  const id = journeyId ?? openId;
  if (!id) return null;
  return (
    <Link to={presentPath(id)} className="button" data-testid="present" title={t('present.enterHint')}>
      <Presentation size={16} aria-hidden="true" />
      {/* The toolbar's label class: a phone-sized window shows the icon alone (editor/Toolbar.css). */}
      <span className="toolbar__label">{t('present.enter')}</span>
    </Link>
  );
}
