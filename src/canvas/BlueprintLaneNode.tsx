import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_LABEL_HEIGHT } from '../domain/blueprint';
import type { LaneFlowNode } from './flowTypes';
import './BlueprintLaneNode.css';

/** A blueprint lane: a row tinted with its function's colour across every column, its label strip on top. */
export const BlueprintLaneNode = memo(function BlueprintLaneNode({ data }: NodeProps<LaneFlowNode>) {
  const { t } = useTranslation();
  const style = { width: data.width, height: data.height, '--lane-color': data.color } as CSSProperties;
  return (
    <div className={`blueprint-lane${data.laneId === null ? ' blueprint-lane--none' : ''}`} style={style}>
      <div className="blueprint-lane__strip" style={{ height: LANE_LABEL_HEIGHT }}>
        <div className="blueprint-lane__header" data-testid="lane-header" data-lane-id={data.laneId ?? ''}>
          <span className="blueprint-lane__swatch" aria-hidden="true" />
          <span className="blueprint-lane__name" dir="auto">
            {data.label || t('touchpoint.noFunction')}
          </span>
        </div>
      </div>
    </div>
  );
});
