import { useTranslation } from 'react-i18next';
import { journeyOrder } from '../../domain/emotionCurve';
import type { ImportWarning } from '../../domain/import/importResult';
import type { TablePreview } from '../../domain/table';
import { channelsOf, EMOTION_LABELS, findEntry, functionsOf } from '../../domain/vocabulary';
import { importRefusalMessage, tableFieldLabel } from '../../i18n/importMessages';
import { useLocale } from '../../ui/useLocale';
import { ImportPersonas } from './ImportPersonas';
import { ImportWarnings } from './ImportWarnings';
import { stageLabel } from '../../domain/stageLabel';

const PREVIEW_FIELDS = ['stage', 'title', 'channel', 'function', 'emotion'] as const;

interface Props {
  /** The journey the current mapping builds (its first touchpoints only, and their count), or why it cannot be built. */
  result: TablePreview;
  /** What reading the table reported, listed with what building the journey reported. */
  readWarnings: readonly ImportWarning[];
}

/** The journey a column mapping will create: its stages, how many touchpoints, the first ones built, the warnings. */
export function ColumnMapPreview({ result, readWarnings }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!result.ok) {
    return (
      // Focusable, so an Import pressed anyway can lead to the reason (ColumnMapDialog's submit).
      <p className="alert alert--error" role="alert" data-testid="import-error" tabIndex={-1}>
        {importRefusalMessage(t, result.refusal)}
      </p>
    );
  }
  const { journey } = result;
  const ordered = journeyOrder(journey);
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]));
  const channels = channelsOf(journey, locale);
  const functions = functionsOf(journey, locale);
  return (
    <div className="column-map__preview" data-testid="column-map-preview">
      <p data-testid="column-map-summary">
        <strong>
          {t('editor.stages', { count: journey.stages.length })} ·{' '}
          {t('card.touchpoints', { count: result.touchpoints })}
        </strong>
      </p>
      <ImportPersonas personas={journey.personas} />
      <ol className="column-map__stages" aria-label={t('panels.inspector.stage')}>
        {journey.stages.map((stage) => (
          <li key={stage.id}>{stageLabel(stage.name, t('stage.unnamed'))}</li>
        ))}
      </ol>
      <table className="column-map__rows">
        <caption>{t('import.map.firstRows')}</caption>
        <thead>
          <tr>
            {PREVIEW_FIELDS.map((field) => (
              <th key={field} scope="col">
                {tableFieldLabel(t, field)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map((touchpoint) => (
            <tr key={touchpoint.id}>
              <td>{stageLabel(stageName.get(touchpoint.stageId) ?? '', t('stage.unnamed'))}</td>
              <td>{touchpoint.title || t('touchpoint.untitled')}</td>
              <td>{findEntry(channels, touchpoint.channelId)?.label ?? ''}</td>
              <td>{findEntry(functions, touchpoint.functionId)?.label ?? ''}</td>
              <td>
                {touchpoint.emotion === null ? t('import.map.noEmotion') : EMOTION_LABELS[touchpoint.emotion][locale]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.touchpoints > ordered.length && (
        <p className="hint">{t('import.map.more', { count: result.touchpoints - ordered.length })}</p>
      )}
      <ImportWarnings warnings={[...readWarnings, ...result.warnings]} />
    </div>
  );
}
