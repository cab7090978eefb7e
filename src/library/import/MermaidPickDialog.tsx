import { useTranslation } from 'react-i18next';
import type { MermaidJourneyCandidate, SkippedDiagram } from '../../domain/mermaid';
import { useModalDialog } from '../../ui/useModalDialog';
import { ImportPersonas } from './ImportPersonas';
import { SkippedDiagrams } from './SkippedDiagrams';

interface Props {
  /** Names the input in the intro: a file's name, or the words for pasted text. */
  sourceName: string;
  candidates: MermaidJourneyCandidate[];
  /** Diagrams of the input left out, with why. */
  skipped: readonly SkippedDiagram[];
  onPick(candidate: MermaidJourneyCandidate): void;
  onCancel(): void;
}

/**
 * Lets the user pick which of several Mermaid journey and flowchart diagrams to import, each shown with its
 * title, kind and size.
 */
export function MermaidPickDialog({ sourceName, candidates, skipped, onPick, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  return (
    <dialog
      ref={ref}
      className="dialog import-dialog"
      aria-labelledby="mermaid-pick-title"
      aria-describedby="mermaid-pick-intro"
      data-testid="mermaid-pick"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="mermaid-pick-title">{t('import.pick.title')}</h2>
      <p id="mermaid-pick-intro">{t('import.pick.intro', { file: sourceName, count: candidates.length })}</p>
      <ul className="import-dialog__choices">
        {candidates.map((candidate, index) => (
          <li key={`${candidate.line}-${index}`}>
            <button
              type="button"
              className="import-dialog__choice"
              data-testid="mermaid-pick-option"
              autoFocus={index === 0}
              onClick={() => onPick(candidate)}
            >
              <strong>{candidate.title || t('import.pick.untitled')}</strong>
              <span className="hint">
                {[
                  t(`import.pick.${candidate.diagramType}`),
                  t('editor.stages', { count: candidate.journey.stages.length }),
                  t('card.touchpoints', { count: candidate.journey.touchpoints.length }),
                  t('import.pick.line', { line: candidate.line }),
                ].join(' · ')}
              </span>
              <ImportPersonas personas={candidate.journey.personas} as="span" />
            </button>
          </li>
        ))}
      </ul>
      <SkippedDiagrams skipped={skipped} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </dialog>
  );
}
