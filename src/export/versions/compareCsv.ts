import type { Journey } from '../../domain/journey';
import type { Locale } from '../../domain/locale';
import type { VersionDiff } from '../../domain/versions/diff';
import { fixedT } from '../../i18n/fixedT';
import { csvText } from '../csv';
import { comparisonTexts, markerTexts, stageChangeTexts } from './compareText';

/**
 * The comparison of an as-is and its to-be as CSV: first one row per stage added, removed or renamed (the
 * kind, the stage, and its name before and after), then one row per added, removed or changed touchpoint
 * (the kind, its stage, its title, the changed fields, and each changed field's as-is and to-be value, one
 * field a line inside the cell), then one row per pain point resolved, removed with its touchpoint or new and
 * per moment of truth new or lost (the kind, its stage, its title), in the language's spreadsheet dialect
 * (csv.ts).
 */
export function comparisonCsv(asIs: Journey, toBe: Journey, diff: VersionDiff, locale: Locale): string {
  const t = fixedT(locale);
  const header = [
    t('versions.csv.change'),
    t('versions.csv.stage'),
    t('versions.csv.touchpoint'),
    t('versions.csv.fields'),
    t('versions.csv.before'),
    t('versions.csv.after'),
  ];
  const name = t('versions.csv.stageName');
  const stageRows = stageChangeTexts(diff, locale).map((stage) => [
    t(`versions.csv.stageKinds.${stage.kind}`),
    stage.name,
    '',
    stage.kind === 'renamed' ? name : '',
    stage.before && `${name}: ${stage.before}`,
    stage.after && `${name}: ${stage.after}`,
  ]);
  const rows = comparisonTexts(asIs, toBe, diff, locale).map((change) => [
    t(`versions.csv.kinds.${change.kind}`),
    change.stageName,
    change.title,
    change.fields.map((f) => f.label).join(', '),
    change.fields.map((f) => `${f.label}: ${f.before}`).join('\n'),
    change.fields.map((f) => `${f.label}: ${f.after}`).join('\n'),
  ]);
  const markerRows = markerTexts(asIs, toBe, diff, locale).flatMap((marker) =>
    marker.items.map((item) => [t(`versions.csv.markerKinds.${marker.kind}`), item.stageName, item.title, '', '', '']),
  );
  return csvText([header, ...stageRows, ...rows, ...markerRows], locale);
}

/** The comparison CSV as a downloadable file. */
export function comparisonCsvBlob(asIs: Journey, toBe: Journey, diff: VersionDiff, locale: Locale): Blob {
  return new Blob([comparisonCsv(asIs, toBe, diff, locale)], { type: 'text/csv;charset=utf-8' });
}
