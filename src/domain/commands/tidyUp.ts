import type { Position } from '../journey';
import { defineCommand } from './command';

/** Applies a computed tidy layout (see computeTidyLayout) as one undo step. */
export const applyLayout = defineCommand<{ positions: Record<string, Position> }>({
  id: 'layout.apply',
  apply: (draft, { positions }) => {
    for (const t of draft.touchpoints) {
      const p = positions[t.id];
      if (p) t.position = { x: p.x, y: p.y };
    }
  },
});
