import type { BlueprintLaneLayout } from '../../domain/blueprint';
import { LANE_LABEL_HEIGHT } from '../../domain/blueprint';
import { STAGE_HEADER_HEIGHT, type StageColumn } from '../../domain/layout';
import { baseDirection } from '../../domain/look/direction';
import { ellipsize, layoutLines } from '../../domain/look/wrap';
import type { MapLabels } from './labels';
import { circle, roundedRect } from './shapes';
import { COLORS, font } from './theme';
import { stageLabel } from '../../domain/stageLabel';

type Ctx = CanvasRenderingContext2D;

const HEADER_PAD_X = 14;
const NUMBER_SIZE = 24;
const NAME_SIZE = 15;
const NAME_LINE = 18;
const NAME_MAX_LINES = 3;
const LANE_PAD_X = 10;
const LANE_EDGE = 4;
const SWATCH = 12;

/** Tinted column bodies, alternating as on screen, each with its dashed right border. */
export function drawColumnBodies(ctx: Ctx, columns: readonly StageColumn[], height: number): void {
  ctx.save();
  for (const c of columns) {
    ctx.fillStyle = c.index % 2 ? COLORS.stageBgOdd : COLORS.stageBg;
    ctx.fillRect(c.x, 0, c.width, height);
  }
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 1;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  for (const c of columns) {
    ctx.moveTo(c.x + c.width - 0.5, 0);
    ctx.lineTo(c.x + c.width - 0.5, height);
  }
  ctx.stroke();
  ctx.restore();
}

/** Stage headers: the number in a disc, the name wrapped on up to three lines, the accent rule below. */
export function drawStageHeaders(ctx: Ctx, columns: readonly StageColumn[], labels: MapLabels): void {
  ctx.save();
  ctx.textBaseline = 'middle';
  const middle = (STAGE_HEADER_HEIGHT - 2) / 2;
  for (const c of columns) {
    ctx.fillStyle = COLORS.surface;
    ctx.fillRect(c.x, 0, c.width, STAGE_HEADER_HEIGHT);
    ctx.fillStyle = COLORS.accent;
    ctx.fillRect(c.x, STAGE_HEADER_HEIGHT - 2, c.width, 2);

    const discX = c.x + HEADER_PAD_X + NUMBER_SIZE / 2;
    circle(ctx, discX, middle, NUMBER_SIZE / 2);
    ctx.fill();
    ctx.font = font(12, 'bold');
    ctx.textAlign = 'center';
    ctx.fillStyle = COLORS.accentContrast;
    ctx.fillText(String(c.index + 1), discX, middle + 0.5);

    ctx.font = font(NAME_SIZE, 'bold');
    ctx.textAlign = 'left';
    ctx.fillStyle = COLORS.text;
    const left = c.x + HEADER_PAD_X + NUMBER_SIZE + 8;
    const room = c.x + c.width - HEADER_PAD_X - left;
    const measure = (t: string) => ctx.measureText(t).width;
    // As on screen (white-space: normal), a line break in the name is a space.
    const lines = layoutLines(stageLabel(c.stage.name, labels.unnamedStage), room, measure, {
      maxLines: NAME_MAX_LINES,
      lineBreaks: 'collapse',
    });
    const top = middle - (lines.length * NAME_LINE) / 2;
    lines.forEach((line, i) => {
      const rtl = line.direction === 'rtl';
      ctx.direction = line.direction;
      ctx.textAlign = rtl ? 'right' : 'left';
      ctx.fillText(line.text, rtl ? left + room : left, top + NAME_LINE * i + NAME_LINE / 2);
    });
    ctx.direction = 'ltr';
  }
  ctx.restore();
}

/** Blueprint lanes across every column: a light tint of the function's colour, its label strip on top. */
export function drawLanes(ctx: Ctx, lanes: readonly BlueprintLaneLayout[], width: number, labels: MapLabels): void {
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const lane of lanes) {
    ctx.fillStyle = lane.color;
    ctx.globalAlpha = 0.06;
    ctx.fillRect(0, lane.y, width, lane.height);
    ctx.globalAlpha = 0.14;
    ctx.fillRect(0, lane.y, width, LANE_LABEL_HEIGHT);
    ctx.globalAlpha = 1;
    ctx.fillRect(0, lane.y, LANE_EDGE, LANE_LABEL_HEIGHT);
    ctx.fillStyle = COLORS.border;
    ctx.fillRect(0, lane.y + lane.height - 1, width, 1);

    const mid = lane.y + LANE_LABEL_HEIGHT / 2;
    const swatchX = LANE_EDGE + LANE_PAD_X;
    ctx.fillStyle = lane.color;
    roundedRect(ctx, swatchX, mid - SWATCH / 2, SWATCH, SWATCH, 3);
    ctx.fill();
    const none = lane.id === null;
    ctx.font = font(13, 'bold', none ? 'italic' : 'normal');
    ctx.fillStyle = none ? COLORS.textMuted : COLORS.text;
    const room = Math.max(width, 240) - swatchX - SWATCH - 8 - LANE_PAD_X;
    const label = ellipsize(lane.label || labels.noFunction, room, (t) => ctx.measureText(t).width);
    ctx.direction = baseDirection(label);
    ctx.fillText(label, swatchX + SWATCH + 8, mid);
    ctx.direction = 'ltr';
  }
  ctx.restore();
}
