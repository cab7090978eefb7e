import { GitCompare, GitBranchPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAction } from '../../actions/useAction';
import { JourneyStateBadge } from '../../ui/JourneyStateBadge';
import { formatDateTime } from '../../i18n/format';
import { editorPath } from '../../ui/paths';
import { useLocale } from '../../ui/useLocale';
import { RebaseOffer } from './RebaseOffer';
import type { Versions } from './useVersions';
import './VersionBar.css';

/**
 * The ids of the to-be versions whose name another one also has (trimmed, ignoring case): a to-be restored
 * from the trash beside one created since can share its name, and each link then says when it was edited.
 */
function namedAlike(rows: readonly { id: string; name: string }[]): ReadonlySet<string> {
  const key = (name: string) => name.trim().toLocaleLowerCase();
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row.name), (counts.get(key(row.name)) ?? 0) + 1);
  return new Set(rows.filter((row) => counts.get(key(row.name))! > 1).map((row) => row.id));
}

/**
 * The open journey's version: its state (as-is or to-be), links to its other versions, "Create to-be" (or
 * "Open to-be") and "Compare", and on a to-be the offer of touchpoints new in its as-is.
 */
export function VersionBar({ versions }: { versions: Versions }) {
  const { t } = useTranslation();
  const createToBe = useAction('versions.createToBe');
  const compare = useAction('versions.compare');
  const { state, links, error } = versions;
  const locale = useLocale();
  const alike = namedAlike(links.toBes);

  return (
    <>
      <div className="version-bar" role="group" aria-label={t('versions.links')}>
        <JourneyStateBadge state={state} />
        {state === 'to-be' &&
          (links.asIs ? (
            <span>
              {t('versions.redesignOf')}{' '}
              <Link to={editorPath(links.asIs.id)} data-testid="open-as-is">
                {links.asIs.name}
              </Link>
            </span>
          ) : (
            <span className="hint">{t('versions.asIsMissing')}</span>
          ))}
        {state === 'as-is' && links.toBes.length > 0 && (
          <span>
            {t('versions.toBeVersions')}{' '}
            {links.toBes.map((row, i) => (
              <span key={row.id}>
                {i > 0 && ', '}
                <Link to={editorPath(row.id)} data-testid="open-to-be">
                  {alike.has(row.id)
                    ? t('versions.toBeEdited', {
                        name: row.name,
                        when: formatDateTime(row.updatedAt, locale, { seconds: true }),
                      })
                    : row.name}
                </Link>
              </span>
            ))}
          </span>
        )}
        {state === 'as-is' && (
          <button
            type="button"
            className="button"
            data-testid="create-to-be"
            title={createToBe.hint}
            disabled={createToBe.disabled}
            onClick={createToBe.run}
          >
            <GitBranchPlus size={16} aria-hidden="true" />
            {links.toBes.length > 0 ? t('versions.openToBe') : t('versions.createToBe')}
          </button>
        )}
        {!compare.disabled && (
          <button
            type="button"
            className="button"
            data-testid="compare-versions"
            title={compare.hint}
            onClick={compare.run}
          >
            <GitCompare size={16} aria-hidden="true" />
            {t('versions.compare')}
          </button>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}{' '}
            <button type="button" className="button button--ghost" onClick={versions.dismissError}>
              {t('dialog.close')}
            </button>
          </p>
        )}
      </div>
      {state === 'to-be' && links.asIs && <RebaseOffer asIs={links.asIs} />}
    </>
  );
}
