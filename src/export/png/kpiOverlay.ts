import type { KpiField } from '../../domain/fields';
import type { Journey } from '../../domain/journey';
import { formatKpi } from '../../domain/kpiFormat';
import { kpiOverlayPoints, kpiOverlayY, kpiScale } from '../../domain/kpiOverlay';
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
  const { width, gap, drop } = CURVE.kpiBar;
  ctx.save();
  ctx.font = font(CURVE.labelSize, 'bold');
  ctx.fillStyle = COLORS.text;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'right';
  const labelX = right - CURVE.labelX;
  ctx.fillText(`${measure} ${format(scale.max)}`, labelX, top + curveY(2) - CURVE.labelLift);
  ctx.fillText(format(scale.min), labelX, top + curveY(-2) - CURVE.labelLift);

  const base = top + kpiOverlayY(scale.base, scale);
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  for (const p of points) {
    const y = top + kpiOverlayY(p.value, scale);
    const box = { x: p.x - width / 2, y: Math.min(y, base), height: Math.max(1, Math.abs(base - y)) };
    ctx.globalAlpha = KPI_OVERLAY_OPACITY;
    ctx.fillStyle = KPI_OVERLAY_COLOR;
    ctx.fillRect(box.x, box.y, width, box.height);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = KPI_OVERLAY_COLOR;
    ctx.lineWidth = 1;
    ctx.strokeRect(box.x, box.y, width, box.height);
    // The value sits on a halo of the surface colour, as the screen's paint-order: stroke does.
    const text = format(p.value);
    const x = p.x + width / 2 + gap;
    ctx.strokeStyle = COLORS.surface;
    ctx.lineWidth = 3;
    ctx.strokeText(text, x, y + drop);
    ctx.fillStyle = COLORS.text;
    ctx.fillText(text, x, y + drop);
  }
  ctx.restore();
}
