import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../app/services';
import type { JourneyFlowNode } from './flowTypes';
import { StageNode } from './StageNode';
import { toEdges, toStageNodes, toTouchpointNodes } from './toFlow';
import { TouchpointNode } from './TouchpointNode';

const nodeTypes = { touchpoint: TouchpointNode, stage: StageNode };
const EMPTY = { stages: [], touchpoints: [], connections: [] };

/** The journey drawn on a React Flow canvas, derived from the document in the store. */
export function JourneyCanvas() {
  const { t } = useTranslation();
  const { stages, touchpoints, connections } = useEditor(
    useShallow((s) => {
      const j = s.journey ?? EMPTY;
      return { stages: j.stages, touchpoints: j.touchpoints, connections: j.connections };
    }),
  );
  const stageNodes = useMemo(() => toStageNodes({ stages, touchpoints }), [stages, touchpoints]);
  const nodes = useMemo<JourneyFlowNode[]>(
    () => [...stageNodes, ...toTouchpointNodes({ touchpoints })],
    [stageNodes, touchpoints],
  );
  const edges = useMemo(() => toEdges({ touchpoints, connections }), [touchpoints, connections]);

  return (
    <div className="canvas" data-testid="canvas" aria-label={t('editor.canvas')} role="region">
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          onlyRenderVisibleElements
          fitView
          fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
          minZoom={0.1}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable nodeStrokeWidth={3} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
