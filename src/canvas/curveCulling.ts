import type { Span } from './visibleSpan';

interface Plotted {
  x: number;
}

/** Whether x lies in the span; everything does when there is no span. */
export function inSpan(x: number, span: Span | undefined): boolean {
  return !span || (x >= span.from && x <= span.to);
}

/** The points to draw: those inside the span, or every point when there is no span. */
export function pointsInSpan<P extends Plotted>(points: readonly P[], span: Span | undefined): readonly P[] {
  return span ? points.filter((p) => inSpan(p.x, span)) : points;
}

/**
 * The curve's line as runs of consecutive points: every segment that reaches into the span, joined where
 * segments meet, so a long journey draws only the part of its line that can be on screen.
 */
export function runsInSpan<P extends Plotted>(points: readonly P[], span: Span | undefined): P[][] {
  if (!span) return points.length > 1 ? [[...points]] : [];
  const runs: P[][] = [];
  let run: P[] | null = null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const visible = Math.max(a.x, b.x) >= span.from && Math.min(a.x, b.x) <= span.to;
    if (!visible) {
      run = null;
      continue;
    }
    if (!run) {
      run = [a];
      runs.push(run);
    }
    run.push(b);
  }
  return runs;
}
