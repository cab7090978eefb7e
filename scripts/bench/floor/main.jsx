// The benchmark's floor: bare React Flow 12 (default nodes, onlyRenderVisibleElements, fitView) showing
// the same N nodes and edges as the app's benchmark journey. `?n=` sets N.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { journeyGraph } from '../journey.mjs';

const n = Number(new URLSearchParams(location.search).get('n') ?? 100);
const graph = journeyGraph(n);
const nodes = graph.touchpoints.map((t) => ({ id: t.id, position: t.position, data: { label: t.title } }));
const edges = graph.connections.map((c) => ({ id: c.id, source: c.from, target: c.to }));

function Floor() {
  return (
    <div style={{ width: '100vw', height: '100vh' }} data-testid="floor-canvas">
      <ReactFlow
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
    <Floor />
  </StrictMode>,
);
