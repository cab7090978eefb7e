import type { jsPDF } from 'jspdf';
import { arrowHead, linkStyle, solidLines } from './draw';
import { labelRowY } from './drawCard';
import type { Box } from './geometry';
import { cardBox, columnX, pageOfCard, type GridPagePlan, type GridPlan } from './gridPlan';
import type { PdfLink, PdfModel } from './model';

interface Route {
  link: PdfLink;
  from: Box;
  to: Box;
  /** Index of the column boundary whose gutter carries the vertical part. */
  gutter: number;
  /** 1: enters the target's left side, pointing right; -1: enters its right side, pointing left. */
  dir: 1 | -1;
}

/**
 * Orthogonal routes through the gutters between columns: forward out of the source's right side into the
 * target's left; backward out of the left side into the target's right; within one column, down (or up)
 * the column's right gutter into the target's right side.
 */
function routeOf(link: PdfLink, from: Box, to: Box): Route {
  if (link.from.stage < link.to.stage) return { link, from, to, gutter: link.from.stage + 1, dir: 1 };
  if (link.from.stage > link.to.stage) return { link, from, to, gutter: link.from.stage, dir: -1 };
  return { link, from, to, gutter: link.from.stage + 1, dir: -1 };
}

/** Spreads the vertical parts sharing a gutter over its width, so no two lines run on top of each other. */
function trackXs(routes: readonly Route[], grid: GridPlan, page: GridPagePlan): Map<Route, number> {
  const byGutter = new Map<number, Route[]>();
  for (const r of routes) byGutter.set(r.gutter, [...(byGutter.get(r.gutter) ?? []), r]);
  const xs = new Map<Route, number>();
  for (const [gutter, shared] of byGutter) {
    // The gutter after the page's last column only has its inner half: the page edge is there.
    const inset = grid.m.cardInsetX;
    const left = columnX(grid, page, gutter) - inset;
    const width = gutter === page.firstStage + page.stageCount ? inset : 2 * inset;
    const top = (r: Route) => Math.min(r.from.y, r.to.y);
    shared.sort((a, b) => top(a) - top(b) || a.to.y - b.to.y);
    shared.forEach((r, i) => xs.set(r, left + ((i + 1) * width) / (shared.length + 1)));
  }
  return xs;
}

function polyline(doc: jsPDF, points: readonly [number, number][]) {
  for (let i = 1; i < points.length; i++) doc.line(points[i - 1][0], points[i - 1][1], points[i][0], points[i][1]);
}

/** Where a connection leaves its source card: at its label's row when it has one, else half way down. */
function exitY(grid: GridPlan, link: PdfLink, from: Box): number {
  const row = grid.labelRow.get(link.connection.id);
  return row === undefined ? from.y + from.height / 2 : labelRowY(grid, link.from, from, row);
}

/**
 * Connections between cards: lines with an arrowhead, hand-offs dashed in the pain colour; a labelled one
 * leaves its source card at the row where the card writes its label. A connection whose other end is on
 * another page gets a short stub at the card's edge (the card names the page).
 */
export function drawLinks(doc: jsPDF, model: PdfModel, grid: GridPlan, page: GridPagePlan): void {
  const u = grid.m.unit;
  const arrow = 4.5 * u;
  const inset = grid.m.cardInsetX;
  const routes: Route[] = [];
  for (const link of model.links) {
    if (link.from === link.to) continue;
    const from = cardBox(grid, page, link.from);
    const to = cardBox(grid, page, link.to);
    if (from && to) {
      routes.push(routeOf(link, from, to));
      continue;
    }
    const color = linkStyle(doc, link.handoff, u);
    if (from) {
      const y = exitY(grid, link, from);
      const tip = from.x + from.width + inset - u;
      doc.line(from.x + from.width, y, tip - arrow, y);
      arrowHead(doc, tip, y, 1, arrow, color);
    } else if (to) {
      const y = to.y + to.height / 2;
      doc.line(to.x - inset + u, y, to.x - arrow, y);
      arrowHead(doc, to.x, y, 1, arrow, color);
    }
  }
  const xs = trackXs(routes, grid, page);
  for (const r of routes) {
    const color = linkStyle(doc, r.link.handoff, u);
    const x = xs.get(r)!;
    const a = exitY(grid, r.link, r.from);
    const b = r.to.y + r.to.height / 2;
    const start = r.link.from.stage > r.link.to.stage ? r.from.x : r.from.x + r.from.width;
    const tip = r.dir === 1 ? r.to.x : r.to.x + r.to.width;
    polyline(doc, [
      [start, a],
      [x, a],
      [x, b],
      [tip - r.dir * arrow, b],
    ]);
    arrowHead(doc, tip, b, r.dir, arrow, color);
  }
  solidLines(doc);
}

/**
 * For each card on the page with a connection to or from a card on another grid page, the pages to look at:
 * "› 3/6" where the journey goes on, "‹ 1/6" where it comes from.
 */
export function offPageRefs(model: PdfModel, grid: GridPlan, page: GridPagePlan): Map<string, string> {
  const refs = new Map<string, { out: Set<string>; in: Set<string> }>();
  const entry = (id: string) => {
    const found = refs.get(id) ?? { out: new Set<string>(), in: new Set<string>() };
    refs.set(id, found);
    return found;
  };
  for (const link of model.links) {
    const fromHere = cardBox(grid, page, link.from) !== null;
    const toHere = cardBox(grid, page, link.to) !== null;
    if (fromHere === toHere) continue;
    const other = pageOfCard(grid, fromHere ? link.to : link.from);
    if (!other) continue;
    const label = `${other.k}/${other.n}`;
    if (fromHere) entry(link.from.touchpoint.id).out.add(label);
    else entry(link.to.touchpoint.id).in.add(label);
  }
  const text = new Map<string, string>();
  for (const [id, { out, in: incoming }] of refs) {
    const parts = [...[...incoming].map((l) => `‹ ${l}`), ...[...out].map((l) => `› ${l}`)];
    text.set(id, parts.join('  '));
  }
  return text;
}
