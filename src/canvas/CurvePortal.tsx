import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * Renders its children inside React Flow's viewport, so they pan and zoom with the map: React Flow's
 * ViewportPortal, which looks its target up with querySelector on every change of React Flow's store, that
 * is on each frame of a pan; here it is looked up once, when the canvas's element is known.
 */
export function CurvePortal({ children }: { children: ReactNode }) {
  const domNode = useStore(domNodeOf);
  const target = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  return target ? createPortal(children, target) : null;
}
