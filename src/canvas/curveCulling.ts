import type { Span } from './visibleSpan';

interface Plotted {
  x: number;
}

/** The points to draw: those inside the span, or every point when there is no span. */
export function pointsInSpan<P extends Plotted>(points: readonly P[], span: Span | undefined): readonly P[] {
  if (!span) return points;
  return points.filter((p) => p.x >= span.from && p.x <= span.to);
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
