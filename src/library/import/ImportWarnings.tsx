import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../domain/import/importResult';
import { importWarningMessage } from '../../i18n/importMessages';

/** How many warnings are listed; the rest are counted. */
const SHOWN = 8;

/** What an importer repaired or guessed, in a short list with the line or row of each, translated. */
export function ImportWarnings({ warnings }: { warnings: readonly ImportWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const more = warnings.length - SHOWN;
  return (
    <div className="import-warnings" data-testid="import-warnings">
      <p>{t('import.warningsTitle', { count: warnings.length })}</p>
      <ul>
        {warnings.slice(0, SHOWN).map((warning, index) => (
          <li key={index}>{importWarningMessage(t, warning)}</li>
        ))}
      </ul>
      {more > 0 && <p>{t('import.moreWarnings', { count: more })}</p>}
    </div>
  );
}
