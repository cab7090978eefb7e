import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedJourney, ImportRefusal } from '../../domain/import/importResult';
import { LIMITS } from '../../domain/limits';
import type { ColumnMapping, TableField } from '../../domain/table';
import { importRefusalMessage, tableFieldLabel } from '../../i18n/importMessages';
import { useModalDialog } from '../../ui/useModalDialog';
import { ColumnMapPreview } from './ColumnMapPreview';
import { readWorkbook, type TableDraft } from './readImport';
import { rowsAsRead } from './rowsAsRead';

interface Props {
  table: TableDraft;
  /** Name of the stage used when no column holds stages. */
  untitledStage: string;
  onImport(imported: ImportedJourney): void;
  onCancel(): void;
}

/** A spreadsheet column's letter: 0 -> A, 25 -> Z, 26 -> AA. */
function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** Rows looked at to count a table's columns (a header may be shorter than the data under it). */
const ROWS_FOR_WIDTH = 200;
/** Touchpoints the preview lists (and builds): the rest are counted. */
const PREVIEW_TOUCHPOINTS = 5;

/**
 * Matches a table's columns to journey fields: one native select per field, set from the guess; the sheet
 * of a workbook; whether the first row names the columns (unticked, the table is read whole from the
 * sheet's row 1, as one without a header row: rowsAsRead); the journey's name. A live preview shows the
 * journey it will create, or why it cannot (no title column), and importing is refused with that reason.
 */
export function ColumnMapDialog({ table: first, untitledStage, onImport, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useModalDialog();
  const titleSelect = useRef<HTMLSelectElement>(null);
  const previewBox = useRef<HTMLElement>(null);
  const [table, setTable] = useState(first);
  const [mapping, setMapping] = useState<ColumnMapping>(first.guess.mapping);
  const [sheetRefusal, setSheetRefusal] = useState<ImportRefusal | null>(null);
  const [name, setName] = useState(first.name);
  const { module, workbook, numberLocale } = table;
  // Unticking "The first row names the columns" reads the table whole from the sheet's row 1, not from a
  // header row found below a title: the header the user says is none is not the only row to come back.
  const { rows, firstRow, warnings } = useMemo(() => rowsAsRead(table, mapping.hasHeader), [table, mapping.hasHeader]);

  const width = useMemo(() => Math.max(0, ...rows.slice(0, ROWS_FOR_WIDTH).map((r) => r.length)), [rows]);
  // The name is left out of the preview, so typing it does not rebuild the journey; submit builds it named.
  // The preview builds only the touchpoints it lists, however long the table.
  const preview = useMemo(
    () =>
      sheetRefusal
        ? null
        : module.previewTable(rows, mapping, {
            name: '',
            untitledStage,
            numberLocale,
            firstRow,
            shown: PREVIEW_TOUCHPOINTS,
          }),
    [firstRow, mapping, module, numberLocale, rows, sheetRefusal, untitledStage],
  );

  const columnLabel = (index: number) =>
    (mapping.hasHeader && rows[0]?.[index]?.trim()) || t('import.map.column', { letter: columnLetter(index) });

  // A column holds one thing: mapping it to a field takes it off the persona columns, and the reverse.
  const setColumn = (field: TableField, value: string) => {
    const column = value === '' ? null : Number(value);
    setMapping((m) => ({
      ...m,
      columns: { ...m.columns, [field]: column },
      personaColumns: m.personaColumns.filter((c) => c !== column),
    }));
  };
  const setPersonaColumn = (column: number, on: boolean) =>
    setMapping((m) => ({
      ...m,
      personaColumns: on
        ? [...m.personaColumns, column].sort((a, b) => a - b)
        : m.personaColumns.filter((c) => c !== column),
    }));
  const mappedColumns = new Set(Object.values(mapping.columns));
  const personaCandidates = Array.from({ length: width }, (_, index) => index).filter((c) => !mappedColumns.has(c));

  const pickSheet = (sheet: number) => {
    if (!workbook) return;
    const read = readWorkbook(module, workbook.bytes, sheet);
    if (!read.ok) {
      setSheetRefusal(read.refusal);
      setTable({ ...table, workbook: { ...workbook, sheet } });
      return;
    }
    setSheetRefusal(null);
    // The sheet's own header row and what finding it reported: the last sheet's warnings are not this one's.
    const { rows, allRows, guess, firstRow, warnings } = read;
    setTable({ ...table, rows, allRows, guess, firstRow, warnings, workbook: { ...workbook, sheet } });
    setMapping(read.guess.mapping);
  };

  const submit = () => {
    if (!preview?.ok) {
      // The preview says why: without a title column the fix is in the title's list, so go there; else to
      // the reason itself, so the press is answered (a screen reader reads it; the eye finds it outlined).
      if (preview?.refusal.code === 'no-title-column') titleSelect.current?.focus();
      else previewBox.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
      return;
    }
    const built = module.journeyFromTable(rows, mapping, {
      name: name.trim() || first.name,
      untitledStage,
      numberLocale,
      firstRow,
    });
    if (built.ok) onImport({ ...built, warnings: [...warnings, ...built.warnings] });
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide import-dialog column-map"
      aria-labelledby="column-map-title"
      aria-describedby="column-map-intro"
      data-testid="column-map"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="column-map-title">{t('import.map.title')}</h2>
      <p id="column-map-intro" className="hint">
        {t('import.map.intro')}
      </p>
      <div className="column-map__top">
        <label className="import-dialog__field">
          {t('import.map.name')}
          <input
            data-testid="column-map-name"
            value={name}
            maxLength={LIMITS.journeyName}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {workbook && workbook.sheets.length > 1 && (
          <label className="import-dialog__field">
            {t('import.map.sheet')}
            <select
              data-testid="column-map-sheet"
              value={workbook.sheet}
              onChange={(e) => pickSheet(Number(e.target.value))}
            >
              {workbook.sheets.map((sheet, index) => (
                <option key={index} value={index}>
                  {sheet}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label className="checkbox-row">
        <input
          type="checkbox"
          data-testid="column-map-has-header"
          checked={mapping.hasHeader}
          onChange={(e) => setMapping((m) => ({ ...m, hasHeader: e.target.checked }))}
        />
        {t('import.map.hasHeader')}
      </label>
      <fieldset className="column-map__fields" disabled={sheetRefusal !== null}>
        <legend>{t('import.map.fields')}</legend>
        {module.TABLE_FIELDS.map((field) => (
          <label key={field} className="import-dialog__field">
            {tableFieldLabel(t, field)}
            <select
              ref={field === 'title' ? titleSelect : undefined}
              data-testid={`column-map-${field}`}
              value={mapping.columns[field] ?? ''}
              aria-invalid={field === 'title' && mapping.columns.title === null ? true : undefined}
              onChange={(e) => setColumn(field, e.target.value)}
            >
              <option value="">{t('import.map.none')}</option>
              {Array.from({ length: width }, (_, index) => (
                <option key={index} value={index}>
                  {columnLabel(index)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {personaCandidates.length > 0 && (
        <fieldset className="column-map__personas" disabled={sheetRefusal !== null}>
          <legend>{t('import.map.personas')}</legend>
          <p className="hint">{t('import.map.personasHint')}</p>
          {personaCandidates.map((column) => (
            <label key={column} className="checkbox-row">
              <input
                type="checkbox"
                data-testid={`column-map-persona-${column}`}
                checked={mapping.personaColumns.includes(column)}
                onChange={(e) => setPersonaColumn(column, e.target.checked)}
              />
              {columnLabel(column)}
            </label>
          ))}
        </fieldset>
      )}
      <section ref={previewBox} className="column-map__preview-box" aria-labelledby="column-map-preview-title">
        <h3 id="column-map-preview-title">{t('import.map.preview')}</h3>
        {sheetRefusal ? (
          <p className="alert alert--error" role="alert" data-testid="import-error" tabIndex={-1}>
            {importRefusalMessage(t, sheetRefusal)}
          </p>
        ) : (
          preview && <ColumnMapPreview result={preview} readWarnings={warnings} />
        )}
      </section>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
        <button type="button" className="button button--primary" data-testid="column-map-submit" onClick={submit}>
          {t('import.map.submit')}
        </button>
      </div>
    </dialog>
  );
}
