import { useStore } from '@xyflow/react';
import { useMemo } from 'react';

/** A horizontal stretch of the canvas, in canvas units. */
export interface Span {
  from: number;
  to: number;
}

/**
 * The canvas x range on screen, widened to whole chunks of `chunk` canvas units plus one chunk on each side,
 * so what is drawn from it changes only every few hundred pixels of panning, not on every frame.
 * Undefined until React Flow knows its size (then everything is drawn).
 */
export function useVisibleSpan(chunk: number): Span | undefined {
  const key = useStore((s) => {
    const [tx, , zoom] = s.transform;
    if (s.width === 0 || zoom <= 0) return '';
    const from = Math.floor(-tx / zoom / chunk) - 1;
    const to = Math.ceil((s.width - tx) / zoom / chunk) + 1;
    return `${from * chunk}:${to * chunk}`;
  });
  return useMemo(() => {
    if (!key) return undefined;
    const [from, to] = key.split(':').map(Number);
    return { from, to };
  }, [key]);
}
