import type { Connection, Journey, Position } from '../../domain/journey';
import type { Box } from './geometry';
import { roundedRect } from './shapes';
import { layoutLines, type TextLine } from '../../domain/look/wrap';
import { COLORS, font } from './theme';

type Ctx = CanvasRenderingContext2D;

/** How far a line leaves a card before it turns, as React Flow's smooth-step edges do. */
const OFFSET = 20;
const CORNER = 6;
/** Furthest from a card a backward line turns: half the gap between stacked cards. */
const GAP_TURN = 24;
const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 5;
const LABEL_SIZE = 11;
const LABEL_LINE = 14;
/** A label wider than this wraps onto more lines: all of it is drawn (LIMITS.connectionLabel is 200). */
const LABEL_MAX_WIDTH = 280;

/** An orthogonal path from the source card's right side to the target card's left side, and its label's spot. */
export interface Route {
  points: Position[];
  label: Position;
  /** A hand-off: the two cards belong to different owning functions. */
  handoff: boolean;
}

/**
 * Routes one connection like a smooth-step edge: out of the source's right handle, into the target's left
 * one. Forward, it steps at the middle; backward (or into a card below in the same column), it runs
 * through the gap next to the source, or under both cards when they share a row.
 */
export function routeBetween(from: Box, to: Box): Omit<Route, 'handoff'> {
  const sx = from.x + from.width;
  const sy = from.y + from.height / 2;
  const tx = to.x;
  const ty = to.y + to.height / 2;
  if (tx > sx) {
    const mx = (sx + tx) / 2;
    const points =
      sy === ty
        ? [
            { x: sx, y: sy },
            { x: tx, y: ty },
          ]
        : [
            { x: sx, y: sy },
            { x: mx, y: sy },
            { x: mx, y: ty },
            { x: tx, y: ty },
          ];
    return { points, label: { x: mx, y: (sy + ty) / 2 } };
  }
  // Turn in the gap right below (or above) the source, where rows of cards leave room, not halfway to the
  // target, which would cross whatever card sits between them.
  const fromBottom = from.y + from.height;
  const toBottom = to.y + to.height;
  let my: number;
  if (fromBottom <= to.y) my = fromBottom + Math.min((to.y - fromBottom) / 2, GAP_TURN);
  else if (toBottom <= from.y) my = from.y - Math.min((from.y - toBottom) / 2, GAP_TURN);
  else my = Math.max(fromBottom, toBottom) + OFFSET;
  const gx1 = sx + OFFSET;
  const gx2 = tx - OFFSET;
  return {
    points: [
      { x: sx, y: sy },
      { x: gx1, y: sy },
      { x: gx1, y: my },
      { x: gx2, y: my },
      { x: gx2, y: ty },
      { x: tx, y: ty },
    ],
    label: { x: (gx1 + gx2) / 2, y: my },
  };
}

/** Routes for every connection whose two cards are on the map, with hand-offs marked. */
export function routeConnections(
  journey: Pick<Journey, 'touchpoints' | 'connections'>,
  cards: ReadonlyMap<string, Box>,
): Array<Route & { connection: Connection }> {
  const owner = new Map(journey.touchpoints.map((t) => [t.id, t.functionId]));
  const routes: Array<Route & { connection: Connection }> = [];
  for (const connection of journey.connections) {
    const from = cards.get(connection.from);
    const to = cards.get(connection.to);
    if (!from || !to) continue;
    const a = owner.get(connection.from);
    const b = owner.get(connection.to);
    const handoff = a != null && b != null && a !== b;
    routes.push({ ...routeBetween(from, to), handoff, connection });
  }
  return routes;
}

function tracePolyline(ctx: Ctx, points: readonly Position[]): void {
  ctx.beginPath();
  ctx.moveTo(points[0].x, points[0].y);
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1];
    const next = points[i + 1];
    const here = points[i];
    const room = Math.min(Math.hypot(here.x - prev.x, here.y - prev.y), Math.hypot(next.x - here.x, next.y - here.y));
    ctx.arcTo(here.x, here.y, next.x, next.y, Math.min(CORNER, room / 2));
  }
  const last = points[points.length - 1];
  ctx.lineTo(last.x, last.y);
}

/** Every connection line with its closed arrowhead; hand-offs dashed in the pain colour. */
export function drawConnectionLines(ctx: Ctx, routes: readonly Route[]): void {
  ctx.save();
  ctx.lineJoin = 'round';
  for (const route of routes) {
    const color = route.handoff ? COLORS.pain : COLORS.edge;
    const tip = route.points[route.points.length - 1];
    // Stop the line at the arrow's base so the dash pattern does not poke through the tip.
    const shortened = [...route.points.slice(0, -1), { x: tip.x - ARROW_LENGTH + 1, y: tip.y }];
    ctx.strokeStyle = color;
    ctx.lineWidth = route.handoff ? 2 : 1.5;
    ctx.setLineDash(route.handoff ? [6, 4] : []);
    tracePolyline(ctx, shortened);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(tip.x, tip.y);
    ctx.lineTo(tip.x - ARROW_LENGTH, tip.y - ARROW_HALF_WIDTH);
    ctx.lineTo(tip.x - ARROW_LENGTH, tip.y + ARROW_HALF_WIDTH);
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
  }
  ctx.restore();
}

/** Distance between spots tried for a label along its line. */
const LABEL_STEP = 8;

/** Boxes bucketed on a coarse grid, so finding what a label would cover stays cheap on big maps. */
class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size = 256) {}

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(b.x / this.size); x <= Math.floor((b.x + b.width) / this.size); x++) {
      for (let y = Math.floor(b.y / this.size); y <= Math.floor((b.y + b.height) / this.size); y++)
        keys.push(`${x},${y}`);
    }
    return keys;
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(b);
      else this.cells.set(key, [b]);
    }
  }

  hits(b: Box): boolean {
    return this.keys(b).some((key) =>
      (this.cells.get(key) ?? []).some(
        (o) => b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height,
      ),
    );
  }
}

/** Spots along a route to try for its label: the usual centre first, then every few units, nearest first. */
function labelSpots(route: Pick<Route, 'points' | 'label'>): Position[] {
  const spots: Position[] = [];
  for (let i = 0; i < route.points.length - 1; i++) {
    const a = route.points[i];
    const b = route.points[i + 1];
    const steps = Math.max(1, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / LABEL_STEP));
    for (let k = 0; k <= steps; k++)
      spots.push({ x: a.x + ((b.x - a.x) * k) / steps, y: a.y + ((b.y - a.y) * k) / steps });
  }
  const centre = route.label;
  const distance = (p: Position) => Math.hypot(p.x - centre.x, p.y - centre.y);
  spots.sort((p, q) => distance(p) - distance(q));
  return [centre, ...spots];
}

/**
 * Where each label plate goes: the spot on its line nearest the centre that covers no card and no other
 * label; failing that, one that covers no other label; failing that, the centre. Labels are drawn over
 * cards, so they stay legible either way.
 */
export function placeLabels(
  routes: ReadonlyArray<Pick<Route, 'points' | 'label'>>,
  sizes: ReadonlyArray<{ width: number; height: number } | null>,
  cards: readonly Box[],
): Array<Box | null> {
  const cardIndex = new BoxIndex();
  for (const card of cards) cardIndex.add(card);
  const labelIndex = new BoxIndex();
  return routes.map((route, i) => {
    const size = sizes[i];
    if (!size) return null;
    const plates = labelSpots(route).map((p) => ({ x: p.x - size.width / 2, y: p.y - size.height / 2, ...size }));
    const clear = plates.filter((plate) => !labelIndex.hits(plate));
    const plate = clear.find((p) => !cardIndex.hits(p)) ?? clear[0] ?? plates[0];
    labelIndex.add(plate);
    return plate;
  });
}

/**
 * Connection labels on a white plate along their line, drawn over cards to stay legible; a long label wraps
 * on the plate, whole, each line in its paragraph's direction.
 */
export function drawConnectionLabels(
  ctx: Ctx,
  routes: ReadonlyArray<Route & { connection: Connection }>,
  cards: readonly Box[],
): void {
  ctx.save();
  ctx.font = font(LABEL_SIZE);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const measure = (t: string) => ctx.measureText(t).width;
  const lines: TextLine[][] = routes.map((route) =>
    layoutLines(route.connection.label, LABEL_MAX_WIDTH, measure, { lineBreaks: 'collapse' }),
  );
  const sizes = lines.map((label) =>
    label.length > 0
      ? {
          width: Math.max(...label.map((l) => measure(l.text))) + 10,
          height: (label.length - 1) * LABEL_LINE + LABEL_SIZE + 7,
        }
      : null,
  );
  const plates = placeLabels(routes, sizes, cards);
  routes.forEach((route, i) => {
    const plate = plates[i];
    if (!plate) return;
    roundedRect(ctx, plate.x, plate.y, plate.width, plate.height, 4);
    ctx.fillStyle = 'rgba(255, 255, 255, 0.94)';
    ctx.fill();
    ctx.strokeStyle = route.handoff ? COLORS.pain : COLORS.border;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.fillStyle = COLORS.text;
    const first = plate.y + plate.height / 2 + 0.5 - ((lines[i].length - 1) * LABEL_LINE) / 2;
    lines[i].forEach((line, n) => {
      ctx.direction = line.direction;
      ctx.fillText(line.text, plate.x + plate.width / 2, first + n * LABEL_LINE);
    });
    ctx.direction = 'ltr';
  });
  ctx.restore();
}
