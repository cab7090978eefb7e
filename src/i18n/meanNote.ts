import { meanNotes, type KpiSummary } from '../domain/kpiSummary';

/** The one key family the note is worded with, as the UI's `t` and the exporters' fixedT both take it. */
type NoteWords = (key: 'panels.summary.weighted' | `panels.summary.plain.${string}`) => string;

/**
 * The footnote under a table (or list) of KPI summaries: what "*" means when some mean is weighted, and why
 * the plain ones are plain (some contacts a month unknown, or all 0: meanNotes), so it never claims a
 * volume is missing when none is. '' when no mean needs a word.
 */
export function meanNote(words: NoteWords, summaries: readonly KpiSummary[]): string {
  const { weighted, plainBecause } = meanNotes(summaries);
  const plain = plainBecause.length > 1 ? 'both' : plainBecause[0];
  return [weighted ? words('panels.summary.weighted') : '', plain ? words(`panels.summary.plain.${plain}`) : '']
    .filter((part) => part !== '')
    .join(' ');
}
