import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../domain/import/importResult';
import type { Repair } from '../../domain/restore';
import { importWarningMessage } from '../../i18n/importMessages';
import { repairMessage } from '../../i18n/repairMessage';

/** How many warnings are listed at first; a button shows the rest. */
const SHOWN = 8;

/**
 * Things to check after an import or a restore: the first SHOWN, then a button that lists the others
 * (each names its line or row, so every one can be checked; the list scrolls within the dialog).
 */
export function ThingsToCheck({ messages }: { messages: readonly string[] }) {
  const { t } = useTranslation();
  // Shown whole for these messages only (by their words: a parent may map them anew on each render): the
  // next import's or restore's list starts short again.
  const words = messages.join('\n');
  const [allFor, setAllFor] = useState<string | null>(null);
  const all = allFor === words;
  const list = useRef<HTMLUListElement>(null);
  // The button goes once pressed: the keyboard goes to the list, where it was.
  useEffect(() => {
    if (all) list.current?.focus();
  }, [all]);
  if (messages.length === 0) return null;
  const more = all ? 0 : messages.length - SHOWN;
  return (
    <div className="import-warnings" data-testid="import-warnings">
      <p>{t('import.warningsTitle', { count: messages.length })}</p>
      <ul ref={list} tabIndex={-1}>
        {(all ? messages : messages.slice(0, SHOWN)).map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
      {more > 0 && (
        <button type="button" className="button button--ghost" onClick={() => setAllFor(words)}>
          {t('import.moreWarnings', { count: more })}
        </button>
      )}
    </div>
  );
}

/** Where a warning is in the input, for listing in reading order: the journey's own first (none), then by line or row. */
const placeOf = (warning: ImportWarning) => warning.line ?? warning.row ?? 0;

/**
 * What an importer repaired or guessed, in a short list with the line or row of each, translated, in the
 * order of the input (the importers find some things only at the end, an unclosed subgraph, say).
 */
export function ImportWarnings({ warnings }: { warnings: readonly ImportWarning[] }) {
  const { t } = useTranslation();
  const inOrder = [...warnings].sort((a, b) => placeOf(a) - placeOf(b));
  return <ThingsToCheck messages={inOrder.map((warning) => importWarningMessage(t, warning))} />;
}

/** What restore repaired in a journey file, each with its place in the journey, translated. */
export function ImportRepairs({ repairs }: { repairs: readonly Repair[] }) {
  const { t } = useTranslation();
  return <ThingsToCheck messages={repairs.map((repair) => repairMessage(t, repair))} />;
}
