import type { KpiField } from '../../domain/fields';
import type { Journey } from '../../domain/journey';
import { formatKpi } from '../../domain/kpiFormat';
import { kpiOverlayBar, kpiOverlayPoints, kpiScale } from '../../domain/kpiOverlay';
import { KPI_OVERLAY_COLOR, KPI_OVERLAY_OPACITY } from '../../domain/look/colors';
import { CURVE, curveY } from '../../domain/look/curve';
import type { Locale } from '../../domain/locale';
import { COLORS, font } from './theme';

type Ctx = CanvasRenderingContext2D;

export interface KpiOverlayOptions {
  field: KpiField;
  /** The curve band's top and right end, canvas units. */
  top: number;
  right: number;
  locale: Locale;
  /** The measure's name as the screen's overlay choice says it, e.g. "NPS" or "CSAT (%)". */
  measure: string;
}

/**
 * The KPI the user drew over the emotion curve, as the canvas's KpiOverlay draws it: a translucent bar under
 * each measured touchpoint from the scale's base to its value (domain/kpiOverlay.ts: bottom guide = the
 * scale's min, top guide = its max), its value written beside it, and the scale's ends at the right with
 * the measure's name. Drawn before the curve's line and points, which stay on top.
 */
export function drawKpiOverlay(
  ctx: Ctx,
  journey: Pick<Journey, 'stages' | 'touchpoints' | 'currency'>,
  { field, top, right, locale, measure }: KpiOverlayOptions,
): void {
  const points = kpiOverlayPoints(journey, field);
  const scale = kpiScale(
    field,
    points.map((p) => p.value),
  );
  const format = (value: number) => formatKpi(field, value, locale, journey.currency);
  ctx.save();
  ctx.font = font(CURVE.labelSize, 'bold');
  ctx.fillStyle = COLORS.text;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'right';
  const labelX = right - CURVE.labelX;
  ctx.fillText(`${measure} ${format(scale.max)}`, labelX, top + curveY(2) - CURVE.labelLift);
  ctx.fillText(format(scale.min), labelX, top + curveY(-2) - CURVE.labelLift);

  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  for (const p of points) {
    const bar = kpiOverlayBar(p, scale);
    const y = top + bar.y;
    ctx.globalAlpha = KPI_OVERLAY_OPACITY;
    ctx.fillStyle = KPI_OVERLAY_COLOR;
    ctx.fillRect(bar.x, y, bar.width, bar.height);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = KPI_OVERLAY_COLOR;
    ctx.lineWidth = 1;
    ctx.strokeRect(bar.x, y, bar.width, bar.height);
    // The value sits on a halo of the surface colour, as the screen's paint-order: stroke does.
    const text = format(p.value);
    ctx.strokeStyle = COLORS.surface;
    ctx.lineWidth = 3;
    ctx.strokeText(text, bar.labelX, top + bar.labelY);
    ctx.fillStyle = COLORS.text;
    ctx.fillText(text, bar.labelX, top + bar.labelY);
  }
  ctx.restore();
}
