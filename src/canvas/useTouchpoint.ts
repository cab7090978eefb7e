import type { Touchpoint } from '../domain/journey';
import { touchpointById } from '../domain/touchpointIndex';
import { useEditor } from '../store/services';

/**
 * The open journey's touchpoint with this id, or undefined once it is gone. A card reads its touchpoint
 * here rather than from its React Flow node, so a title change re-renders that one card and leaves every
 * node, and React Flow's work over them, untouched. The same object comes back while it is unchanged.
 */
export function useTouchpoint(id: string): Touchpoint | undefined {
  return useEditor((s) => (s.journey ? touchpointById(s.journey.touchpoints, id) : undefined));
}
