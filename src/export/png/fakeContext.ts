/**
 * A canvas 2D context for jsdom, which has none: records text, filled rectangles, filled circles and stroked
 * lines drawn, measures text by character count.
 */
export interface RecordingContext {
  ctx: CanvasRenderingContext2D;
  /** Every fillText call, in order, with the font and fill colour it was drawn in. */
  texts: Array<{ text: string; x: number; y: number; font: string; color: string; direction: string }>;
  /** Every fillRect call, in order, with its fill colour and opacity (canvas units, before the transform). */
  rects: Array<{ x: number; y: number; width: number; height: number; color: string; alpha: number }>;
  /** Every filled circle (a full arc filled), in order, with its fill colour. */
  dots: Array<{ x: number; y: number; r: number; color: string }>;
  /** Every stroked path of straight lines (moveTo/lineTo), with its colour and dash pattern. */
  lines: Array<{ points: Array<{ x: number; y: number }>; color: string; dash: number[] }>;
}

const noop = () => {};

/** Builds a fake context implementing the methods the PNG drawing uses; a missing one fails the test. */
export function recordingContext(): RecordingContext {
  const texts: RecordingContext['texts'] = [];
  const rects: RecordingContext['rects'] = [];
  const dots: RecordingContext['dots'] = [];
  const lines: RecordingContext['lines'] = [];
  let arcs: Array<{ x: number; y: number; r: number; full: boolean }> = [];
  let path: Array<{ x: number; y: number }> = [];
  let dash: number[] = [];
  const stack: Array<{ font: string }> = [];
  const fake = {
    font: '10px sans-serif',
    fillStyle: '#000' as unknown,
    strokeStyle: '#000' as unknown,
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    direction: 'ltr',
    globalAlpha: 1,
    shadowColor: 'transparent',
    shadowBlur: 0,
    shadowOffsetY: 0,
    save() {
      stack.push({ font: fake.font });
    },
    restore() {
      const top = stack.pop();
      if (top) fake.font = top.font;
    },
    measureText(text: string) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(fake.font)?.[1] ?? 10);
      return { width: Array.from(text).length * size * 0.55 } as TextMetrics;
    },
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, font: fake.font, color: String(fake.fillStyle), direction: fake.direction });
    },
    fillRect(x: number, y: number, width: number, height: number) {
      rects.push({ x, y, width, height, color: String(fake.fillStyle), alpha: fake.globalAlpha });
    },
    strokeText: noop,
    createLinearGradient: () => ({ addColorStop: noop }),
    setTransform: noop,
    setLineDash(pattern: number[]) {
      dash = [...pattern];
    },
    strokeRect: noop,
    beginPath() {
      arcs = [];
      path = [];
    },
    closePath: noop,
    moveTo(x: number, y: number) {
      path.push({ x, y });
    },
    lineTo(x: number, y: number) {
      path.push({ x, y });
    },
    arc(x: number, y: number, r: number, start: number, end: number) {
      arcs.push({ x, y, r, full: Math.abs(end - start) >= Math.PI * 2 - 1e-9 });
    },
    arcTo: noop,
    quadraticCurveTo: noop,
    fill() {
      for (const a of arcs) if (a.full) dots.push({ x: a.x, y: a.y, r: a.r, color: String(fake.fillStyle) });
    },
    stroke() {
      if (path.length > 1) lines.push({ points: [...path], color: String(fake.strokeStyle), dash: [...dash] });
    },
    clip: noop,
  };
  return { ctx: fake as unknown as CanvasRenderingContext2D, texts, rects, dots, lines };
}
