import { SmoothStepEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCardContext } from './cardContext';
import { connectionLabeller, connectionLabelId } from './connectionLabel';
import type { JourneyFlowEdge } from './flowTypes';
import { useTouchpoint } from './useTouchpoint';

/**
 * A connection on the canvas: React Flow's smooth-step line, and the words a screen reader announces it with
 * (its edge is aria-labelledby them, set in toFlow), naming both touchpoints by title. The words read both
 * touchpoints from the editor store by id, as cards do: a title edit re-words the edges of that touchpoint
 * only, and gives React Flow no new edge to process.
 */
export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<JourneyFlowEdge>) {
  const { id, source, target, ...line } = props;
  return (
    <>
      {/* No id on the path: the connection's id is the edge's, on React Flow's wrapper. */}
      <SmoothStepEdge {...line} />
      <ConnectionWords id={id} source={source} target={target} />
    </>
  );
});

const ConnectionWords = memo(function ConnectionWords({
  id,
  source,
  target,
}: Record<'id' | 'source' | 'target', string>) {
  const { words } = useCardContext();
  const label = connectionLabeller(words)(useTouchpoint(source), useTouchpoint(target));
  return (
    <text id={connectionLabelId(id)} display="none">
      {label}
    </text>
  );
});
