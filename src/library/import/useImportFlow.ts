import { useCallback, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportedJourney, ImportWarning } from '../../domain/import/importResult';
import type { Persona } from '../../domain/journey';
import type { MermaidJourneyCandidate, SkippedDiagram } from '../../domain/mermaid';
import { loadAllWords } from '../../i18n/i18n';
import { importRefusalMessage } from '../../i18n/importMessages';
import type { Repair } from '../../domain/restore';
import { restoreErrorMessage } from '../../i18n/restoreErrorMessage';
import { useLibraryStore } from '../../store/services';
import { useLocale } from '../../ui/useLocale';
import { copyNameWords } from '../copyName';
import type { ImportStep, ImportWords, TableDraft } from './readImport';

/**
 * The readers of files and pasted text load with the first import, not with the library, and so do the
 * words of the dialogs and messages an import may show (field names, stages, personas).
 */
const readers = () => Promise.all([import('./readImport'), loadAllWords()]).then(([module]) => module);

/** A message put into words when shown, in the UI's language at that time. */
export type Words = (t: TFunction) => string;

/** Where an import came from: a chosen file (by name) or pasted text. */
export type ImportSource = { kind: 'file'; name: string } | { kind: 'paste' };

/** The dialog an import is waiting in, if any. */
export type ImportDialog =
  | { step: 'none' }
  | { step: 'paste'; error: Words | null }
  | { step: 'pick'; source: ImportSource; candidates: MermaidJourneyCandidate[]; skipped: SkippedDiagram[] }
  | { step: 'map'; source: ImportSource; table: TableDraft };

/** What the last import did, for the library to say. */
export type ImportOutcome =
  | { kind: 'error'; text: Words }
  /** `copy`: the file's journey was already here, so it came in beside it under new ids. */
  | { kind: 'file'; name: string; copy: boolean; repairs: Repair[] }
  | {
      kind: 'built';
      name: string;
      stages: number;
      touchpoints: number;
      personas: Pick<Persona, 'name'>[];
      warnings: ImportWarning[];
      skipped: SkippedDiagram[];
    };

/**
 * The import flow of the library: reads a file or pasted text, walks through the dialogs it needs (pick a
 * Mermaid diagram, match a table's columns) and stores the journey through the library store. A new
 * input replaces whatever was under way; a refusal is explained and changes nothing.
 */
export function useImportFlow() {
  const { t } = useTranslation();
  const library = useLibraryStore();
  const locale = useLocale();
  const [dialog, setDialog] = useState<ImportDialog>({ step: 'none' });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  // Each input gets a number; what an older one finds out after a newer one started is dropped.
  const current = useRef(0);

  const words = useCallback(
    (): ImportWords => ({
      fallbackName: t('import.paste.name'),
      actorsLabel: t('import.actors'),
      untitledStage: t('editor.defaultStages').split('|')[0],
      locale,
    }),
    [locale, t],
  );

  /**
   * Says why an input was refused: in the paste dialog for pasted text (to fix it there), else in the library;
   * in words made when shown, so the message follows the language if the user switches it.
   */
  const refuse = useCallback((source: ImportSource, reason: Words) => {
    if (source.kind === 'paste')
      setDialog({ step: 'paste', error: (t) => t('import.pasteFailed', { reason: reason(t) }) });
    else setOutcome({ kind: 'error', text: (t) => t('import.failed', { file: source.name, reason: reason(t) }) });
  }, []);

  const store = useCallback(
    async (imported: ImportedJourney, skipped: SkippedDiagram[]) => {
      const { name } = await library.getState().importJourney(imported.journey, copyNameWords(t));
      const { stages, touchpoints, personas } = imported.journey;
      setOutcome({
        kind: 'built',
        name,
        stages: stages.length,
        touchpoints: touchpoints.length,
        personas,
        warnings: imported.warnings,
        skipped,
      });
    },
    [library, t],
  );

  /** Takes a step read from an input to its end: an outcome, or the dialog it needs. */
  const follow = useCallback(
    async (step: ImportStep, source: ImportSource, run: number) => {
      if (run !== current.current) return;
      switch (step.kind) {
        case 'refused':
          return refuse(source, (t) => importRefusalMessage(t, step.refusal));
        case 'json': {
          const result = await library
            .getState()
            .importFile(step.text, step.byteSize, step.fallbackName, copyNameWords(t));
          if (!result.ok) return refuse(source, (t) => restoreErrorMessage(t, result.error));
          setDialog({ step: 'none' });
          setOutcome({ kind: 'file', name: result.name, copy: result.copy, repairs: result.repairs });
          return;
        }
        case 'built':
          setDialog({ step: 'none' });
          return store(step.imported, step.skipped);
        case 'pick':
          setDialog({ step: 'pick', source, candidates: step.candidates, skipped: step.skipped });
          return;
        case 'map':
          setDialog({ step: 'map', source, table: step.table });
      }
    },
    [library, refuse, store, t],
  );

  /** Runs one input's import, reporting any unexpected failure (storage, a chunk that did not load). */
  const start = useCallback(
    async (source: ImportSource, read: () => Promise<ImportStep>) => {
      const run = ++current.current;
      setOutcome(null);
      setBusy(true);
      try {
        await follow(await read(), source, run);
      } catch (error) {
        if (run === current.current) {
          const reason = error instanceof Error ? error.message : String(error);
          // Pasted text stays in its dialog with the reason (the readers' code could not be fetched, say).
          if (source.kind !== 'paste') setDialog({ step: 'none' });
          refuse(source, () => reason);
        }
      } finally {
        if (run === current.current) setBusy(false);
      }
    },
    [follow, refuse],
  );

  const importFile = useCallback(
    (file: File) => {
      setDialog({ step: 'none' });
      void start({ kind: 'file', name: file.name }, async () => (await readers()).readImportFile(file, words()));
    },
    [start, words],
  );

  const openPaste = useCallback(() => {
    current.current++;
    setBusy(false);
    setOutcome(null);
    setDialog({ step: 'paste', error: null });
  }, []);

  const importText = useCallback(
    (text: string) => start({ kind: 'paste' }, async () => (await readers()).readImportText(text, words())),
    [start, words],
  );

  /** Stores what a dialog settled on: the picked diagram, or the journey built from the matched columns. */
  const finish = useCallback(
    (source: ImportSource, imported: ImportedJourney, skipped: SkippedDiagram[] = []) =>
      start(source, async () => ({ kind: 'built', imported, skipped })),
    [start],
  );

  const cancel = useCallback(() => {
    current.current++;
    setBusy(false);
    setDialog({ step: 'none' });
  }, []);

  return { dialog, outcome, busy, importFile, openPaste, importText, finish, cancel };
}
