import { Copy, Pencil, Trash2 } from 'lucide-react';
import { memo, useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { normalizeJourneyName } from '../domain/commands/journeyCommands';
import { formatDateTime, formatRelativeTime } from '../i18n/format';
import { currentLocale } from '../i18n/i18n';
import type { JourneyMetaRow } from '../storage/database';
import { LIMITS } from '../domain/limits';
import { JourneyStateBadge } from '../ui/JourneyStateBadge';
import { CardCurve } from './CardCurve';
import './JourneyCard.css';

/**
 * What a click on the card leaves alone: the controls, the rename form and the bar of actions (a near miss
 * of Delete should not open the journey). The name link opens it by itself.
 */
const NOT_OPENING = 'a, button, input, select, textarea, label, form, [role="group"]';

/** Whether a click on the card's body should open the journey, as a click on its name link would. */
function opensJourney(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  // Ctrl/⌘/Shift-clicks mean "new tab or window": only the real link can do that, so leave them to it.
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return false;
  if (!(event.target instanceof Element) || event.target.closest(NOT_OPENING)) return false;
  // A drag that selected text (to copy a name or a figure) ends in a click too; it is not one.
  return !window.getSelection()?.toString();
}

interface Props {
  row: JourneyMetaRow;
  /** Resolves true once stored; on failure the form stays open with what was typed. */
  onRename(id: string, name: string): Promise<boolean>;
  onDuplicate(id: string): void;
  onTrash(id: string): void;
}

/** One journey in the library: its name, emotion curve, figures and actions; a click on its body opens it. */
export const JourneyCard = memo(function JourneyCard({ row, onRename, onDuplicate, onTrash }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = `rename-error-${row.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = normalizeJourneyName(draft ?? '');
    if (name === null) {
      setError(t('names.empty'));
      return;
    }
    if (!(await onRename(row.id, name))) return;
    setDraft(null);
    setError(null);
  };
  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  const href = `/journey/${row.id}`;
  // A journey stored without a name (another app's file, an older build) still reads as one.
  const shownName = row.name.trim() || t('library.untitled');
  // The link stays the one way in from the keyboard; the card is a larger target for the pointer only.
  const open = (event: MouseEvent) => {
    if (draft === null && opensJourney(event)) void navigate(href);
  };

  return (
    <li
      className={`journey-card${draft === null ? ' journey-card--opens' : ''}`}
      data-testid="journey-card"
      data-journey-id={row.id}
      // Fetches the editor's code when the pointer reaches the card, as it does for the link.
      data-opens-journey
      onClick={open}
    >
      {draft === null ? (
        <h3 className="journey-card__name">
          <Link to={href} data-testid="open-journey">
            {shownName}
          </Link>
        </h3>
      ) : (
        <form className="journey-card__rename" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <input
            data-testid="rename-input"
            aria-label={t('card.renameLabel', { name: row.name })}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            value={draft}
            autoFocus
            maxLength={LIMITS.journeyName}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button button--primary">
            {t('card.save')}
          </button>
          <button type="button" className="button" onClick={cancel}>
            {t('card.cancel')}
          </button>
          {error && (
            <p id={errorId} className="field-error" role="alert" data-testid="rename-error">
              {error}
            </p>
          )}
        </form>
      )}
      <JourneyStateBadge state={row.summary.state} />
      <p className="journey-card__edited" title={formatDateTime(row.updatedAt, locale)}>
        {t('card.edited', { when: formatRelativeTime(row.updatedAt, locale) })}
      </p>
      <CardCurve emotions={row.summary.curve} />
      <ul className="journey-card__figures">
        <li data-testid="touchpoint-count">{t('card.touchpoints', { count: row.summary.touchpointCount })}</li>
        <li data-testid="pain-point-count" className="figure--pain">
          {t('card.painPoints', { count: row.summary.painPointCount })}
        </li>
        <li data-testid="moment-of-truth-count" className="figure--truth">
          {t('card.momentsOfTruth', { count: row.summary.momentOfTruthCount })}
        </li>
        {row.summary.openOpportunityCount > 0 && (
          <li data-testid="open-opportunity-count">
            {t('card.openOpportunities', { count: row.summary.openOpportunityCount })}
          </li>
        )}
      </ul>
      <div className="journey-card__actions" role="group" aria-label={t('card.actions', { name: shownName })}>
        <button
          type="button"
          className="button button--ghost"
          data-testid="rename-journey"
          onClick={() => setDraft(row.name)}
        >
          <Pencil size={16} aria-hidden="true" />
          {t('card.rename')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          data-testid="duplicate-journey"
          onClick={() => onDuplicate(row.id)}
        >
          <Copy size={16} aria-hidden="true" />
          {t('card.duplicate')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          data-testid="delete-journey"
          onClick={() => onTrash(row.id)}
        >
          <Trash2 size={16} aria-hidden="true" />
          {t('card.delete')}
        </button>
      </div>
    </li>
  );
});
