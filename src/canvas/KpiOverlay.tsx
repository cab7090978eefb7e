import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { formatKpi } from '../domain/kpiFormat';
import { kpiOverlayBar, kpiOverlayPoints, kpiScale } from '../domain/kpiOverlay';
import type { Stage, Touchpoint } from '../domain/journey';
import type { Locale } from '../domain/locale';
import { KPI_OVERLAY_COLOR, KPI_OVERLAY_OPACITY } from '../domain/look/colors';
import { CURVE, curveY } from '../domain/look/curve';
import type { KpiField } from '../domain/fields';
import { pointsInSpan } from './curveCulling';
import type { Span } from './visibleSpan';

interface Props {
  field: KpiField;
  stages: Stage[];
  touchpoints: Touchpoint[];
  /** The journey's currency, for cost per contact. */
  currency: string;
  /** Left and right ends of the guides on screen: the scale's labels sit at the right one. */
  right: number;
  span?: Span;
  /** Zoomed out: bars only, no value labels nobody could read. */
  bare: boolean;
  t: TFunction;
  locale: Locale;
}

/**
 * One measure drawn over the emotion curve on its own scale: a bar under each measured touchpoint, from the
 * scale's base (zero, or CES's 1) to its value, and the scale's ends written at the right. The emotion
 * guides stay the curve's; the bars are translucent so the curve reads on top. An image with a name that
 * says which measure, its scale and how many touchpoints have it.
 */
export const KpiOverlay = memo(function KpiOverlay({
  field,
  stages,
  touchpoints,
  currency,
  right,
  span,
  bare,
  t,
  locale,
}: Props) {
  const points = useMemo(() => kpiOverlayPoints({ stages, touchpoints }, field), [stages, touchpoints, field]);
  const scale = useMemo(
    () =>
      kpiScale(
        field,
        points.map((p) => p.value),
      ),
    [field, points],
  );
  const shown = useMemo(() => pointsInSpan(points, span), [points, span]);
  const titles = useMemo(() => new Map(touchpoints.map((tp) => [tp.id, tp.title])), [touchpoints]);
  const format = (value: number) => formatKpi(field, value, locale, currency);
  const measure = t(`curve.overlayChoice.${field}`);
  const label =
    points.length === 0
      ? t('curve.overlayEmpty', { measure })
      : t('curve.overlayLabel', { measure, min: format(scale.min), max: format(scale.max), count: points.length });
  const labelX = right - CURVE.labelX;

  return (
    <g className="kpi-overlay" data-testid="kpi-overlay" data-measure={field} role="img" aria-label={label}>
      <text className="kpi-overlay__scale" x={labelX} y={curveY(2) - CURVE.labelLift} textAnchor="end">
        {`${measure} ${format(scale.max)}`}
      </text>
      <text className="kpi-overlay__scale" x={labelX} y={curveY(-2) - CURVE.labelLift} textAnchor="end">
        {format(scale.min)}
      </text>
      {shown.map((p) => {
        const bar = kpiOverlayBar(p, scale);
        return (
          <g
            key={p.touchpointId}
            data-testid="kpi-overlay-bar"
            data-touchpoint-id={p.touchpointId}
            data-value={p.value}
          >
            {!bare && (
              <title>
                {t('curve.overlayBar', { title: titles.get(p.touchpointId) ?? '', value: format(p.value) })}
              </title>
            )}
            <rect
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              fill={KPI_OVERLAY_COLOR}
              fillOpacity={KPI_OVERLAY_OPACITY}
              stroke={KPI_OVERLAY_COLOR}
            />
            {!bare && (
              <text className="kpi-overlay__value" x={bar.labelX} y={bar.labelY}>
                {format(p.value)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
