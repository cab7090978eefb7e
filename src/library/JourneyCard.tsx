import { Copy, Pencil, Trash2 } from 'lucide-react';
import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { normalizeJourneyName } from '../domain/commands/journeyCommands';
import { formatDateTime, formatRelativeTime } from '../i18n/format';
import { currentLocale } from '../i18n/i18n';
import type { JourneyMetaRow } from '../storage/database';
import { LIMITS } from '../domain/limits';

interface Props {
  row: JourneyMetaRow;
  /** Resolves true once stored; on failure the form stays open with what was typed. */
  onRename(id: string, name: string): Promise<boolean>;
  onDuplicate(id: string): void;
  onTrash(id: string): void;
}

/** One journey in the library: its name, figures and actions. */
export const JourneyCard = memo(function JourneyCard({ row, onRename, onDuplicate, onTrash }: Props) {
  const { t } = useTranslation();
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

  return (
    <li className="journey-card" data-testid="journey-card" data-journey-id={row.id}>
      {draft === null ? (
        <h3 className="journey-card__name">
          <Link to={`/journey/${row.id}`} data-testid="open-journey">
            {row.name}
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
      <p className="journey-card__edited" title={formatDateTime(row.updatedAt, locale)}>
        {t('card.edited', { when: formatRelativeTime(row.updatedAt, locale) })}
      </p>
      <ul className="journey-card__figures">
        <li data-testid="touchpoint-count">{t('card.touchpoints', { count: row.summary.touchpointCount })}</li>
        <li data-testid="pain-point-count" className="figure--pain">
          {t('card.painPoints', { count: row.summary.painPointCount })}
        </li>
        <li data-testid="moment-of-truth-count" className="figure--truth">
          {t('card.momentsOfTruth', { count: row.summary.momentOfTruthCount })}
        </li>
      </ul>
      <div className="journey-card__actions" role="group" aria-label={t('card.actions', { name: row.name })}>
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
