import { LAYERS, type Layer } from '../../domain/blueprintLayers';
import { KPI_FIELDS, type KpiField } from '../../domain/fields';
import type { Locale } from '../../domain/locale';
import type { Journey } from '../../domain/journey';
import { nameCurveLines, type NamedCurveLine } from '../../i18n/curveLineName';
import { fixedT } from '../../i18n/fixedT';
import { pngCurveKeyLines } from './curveKey';

/** The UI's own words for what a card or header shows when a field is empty, in one language. */
export interface MapLabels {
  untitled: string;
  noChannel: string;
  noFunction: string;
  noEmotion: string;
  unnamedStage: string;
  curveTitle: string;
  /** Each measure's name as the curve's overlay choice says it. */
  measures: Record<KpiField, string>;
  /** Names of the layered blueprint's rows, and of its line of visibility. */
  layers: Record<Layer, string>;
  visibility: string;
}

/** Labels read through i18next from the screen's own keys, so the image says exactly what the screen says. */
export function mapLabels(locale: Locale): MapLabels {
  const t = fixedT(locale);
  return {
    untitled: t('touchpoint.untitled'),
    noChannel: t('touchpoint.noChannel'),
    noFunction: t('touchpoint.noFunction'),
    noEmotion: t('touchpoint.noEmotion'),
    unnamedStage: t('stage.unnamed'),
    curveTitle: t('curve.title'),
    measures: Object.fromEntries(KPI_FIELDS.map((f) => [f, t(`curve.overlayChoice.${f}`)])) as Record<KpiField, string>,
    layers: Object.fromEntries(LAYERS.map((layer) => [layer, t(`blueprint.${layer}`)])) as Record<Layer, string>,
    visibility: t('blueprint.visibility'),
  };
}

/**
 * The curve's lines the image's key names for the persona `chosen` (pngCurveKeyLines), each with its name in
 * `locale` as the legend panel says it; none when the band draws one line.
 */
export function curveKeyLabels(
  journey: Pick<Journey, 'personas' | 'touchpoints'>,
  locale: Locale,
  chosen: string | null,
): NamedCurveLine[] {
  return nameCurveLines(fixedT(locale), journey.personas, pngCurveKeyLines(journey, chosen));
}
