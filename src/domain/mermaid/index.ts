/**
 * Mermaid `journey` and `flowchart` import, to be loaded on demand by the import UI
 * (`await import('../domain/mermaid')`). Flow: importMermaid(text) (or importMermaidBytes) -> one candidate
 * per journey or flowchart diagram -> the user picks.
 * The exporter is src/export/mermaid.ts.
 */
export {
  importMermaid,
  importMermaidBytes,
  journeyFromMermaid,
  type MermaidImportOptions,
  type MermaidImportResult,
  type MermaidJourneyCandidate,
  type SkippedDiagram,
} from './importMermaid';
export { journeyFromFlowchart, type FlowchartJourneyOptions } from './flowchartJourney';
export { findMermaidBlocks, type MermaidBlock } from './mermaidSource';
export { escapeMermaidText, type MermaidTextPlace } from './mermaidText';
export {
  NO_EMOTION_MARKER,
  parseMermaidJourney,
  type MermaidJourneyDoc,
  type MermaidParseResult,
} from './parseJourney';
export {
  MAX_FLOWCHART_EDGES,
  parseMermaidFlowchart,
  type FlowchartEdge,
  type FlowchartNode,
  type FlowchartSubgraph,
  type MermaidFlowchartDoc,
  type MermaidFlowchartParseResult,
} from './parseFlowchart';
export type { ImportedJourney, ImportRefusal, ImportResult, ImportWarning } from '../import/importResult';
