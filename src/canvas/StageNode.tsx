import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StageFlowNode } from './flowTypes';

/** A stage column: a tinted band the height of the map, its name on top. */
export const StageNode = memo(function StageNode({ data, width }: NodeProps<StageFlowNode>) {
  return (
    <div className={`stage-column${data.index % 2 ? ' stage-column--odd' : ''}`} style={{ width, height: data.height }}>
      <div className="stage-column__header" data-testid="stage-header" data-stage-id={data.stageId}>
        <span className="stage-column__number">{data.index + 1}</span>
        <span className="stage-column__name">{data.name}</span>
      </div>
    </div>
  );
});
