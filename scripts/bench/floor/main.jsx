// The benchmark's floor: bare React Flow 12 (default nodes, onlyRenderVisibleElements, fitView) showing
// the same N nodes and edges as the app's benchmark journey. `?n=` sets N. A click on a node lets the
// title field over the canvas's corner rename it, as React Flow's docs do it (updateNodeData): the floor of
// typing a title that shows on its card.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, useReactFlow, useStore } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { journeyGraph } from '../journey.mjs';

const n = Number(new URLSearchParams(location.search).get('n') ?? 100);
const graph = journeyGraph(n);
const nodes = graph.touchpoints.map((t) => ({ id: t.id, position: t.position, data: { label: t.title } }));
const edges = graph.connections.map((c) => ({ id: c.id, source: c.from, target: c.to }));

/** A controlled input bound to one node's label; absolutely placed, so the canvas keeps the whole window. */
function TitleField({ id }) {
  const { updateNodeData } = useReactFlow();
  const label = useStore((s) => s.nodeLookup.get(id)?.data.label ?? '');
  return (
    <input
      data-testid="floor-title"
      style={{ position: 'absolute', top: 8, right: 8, zIndex: 10, width: 280 }}
      value={label}
      onChange={(e) => updateNodeData(id, { label: e.target.value })}
    />
  );
}

function Floor() {
  const [selectedId, setSelectedId] = useState(null);
  return (
    <div style={{ width: '100vw', height: '100vh' }} data-testid="floor-canvas">
      {selectedId && <TitleField id={selectedId} />}
      <ReactFlow
        onNodeClick={(_, node) => setSelectedId(node.id)}
        defaultNodes={nodes}
        defaultEdges={edges}
        onlyRenderVisibleElements
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
        minZoom={0.1}
        maxZoom={2}
      />
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <ReactFlowProvider>
      <Floor />
    </ReactFlowProvider>
  </StrictMode>,
);
