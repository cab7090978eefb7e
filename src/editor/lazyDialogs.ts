import { lazyDialog } from '../ui/lazyDialog';

// The editor's dialogs, each fetched when first opened (see lazyDialog). The comparison brings the
// exporters' words in both languages, the share dialog the QR encoder, the settings the vocabulary and
// persona editors: none of it is needed to open a journey.

/** See ShareDialog.tsx. */
export const ShareDialog = lazyDialog(async () => (await import('./ShareDialog')).ShareDialog);
/** See PdfExportDialog.tsx. */
export const PdfExportDialog = lazyDialog(async () => (await import('./PdfExportDialog')).PdfExportDialog);
/** See versions/CompareDialog.tsx. */
export const CompareDialog = lazyDialog(async () => (await import('./versions/CompareDialog')).CompareDialog);
/** See panels/JourneySettingsDialog.tsx. */
export const JourneySettingsDialog = lazyDialog(
  async () => (await import('../panels/JourneySettingsDialog')).JourneySettingsDialog,
);
/** See panels/KpiSummaryDialog.tsx. */
export const KpiSummaryDialog = lazyDialog(async () => (await import('../panels/KpiSummaryDialog')).KpiSummaryDialog);
/** See panels/ShortcutsHelp.tsx. */
export const ShortcutsHelp = lazyDialog(async () => (await import('../panels/ShortcutsHelp')).ShortcutsHelp);
/** See panels/HistoryDialog.tsx. */
export const HistoryDialog = lazyDialog(async () => (await import('../panels/HistoryDialog')).HistoryDialog);
