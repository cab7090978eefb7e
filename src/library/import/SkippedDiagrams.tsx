import { useTranslation } from 'react-i18next';
import type { SkippedDiagram } from '../../domain/mermaid';
import { importRefusalMessage } from '../../i18n/importMessages';

/**
 * The diagrams of a Mermaid input that were left out, each with why and its line: another kind of diagram,
 * an empty one, or one with more touchpoints than a journey holds. Nothing when none was.
 */
export function SkippedDiagrams({ skipped }: { skipped: readonly SkippedDiagram[] }) {
  const { t } = useTranslation();
  if (skipped.length === 0) return null;
  return (
    <div className="hint" data-testid="import-skipped">
      <p>{t('import.skipped', { count: skipped.length })}</p>
      <ul>
        {skipped.map((diagram) => (
          <li key={diagram.line}>{importRefusalMessage(t, { ...diagram.refusal, line: diagram.line })}</li>
        ))}
      </ul>
    </div>
  );
}
