// Stage 4: folds validated extraction records into one graph with stable node keys (builder.ts, compact.ts), seen
// as a graphology graph for queries or as a GraphSource for streaming sinks.
import type { ExtractionRecord, GraphFile } from '../schema/index.js';
import { GraphBuilder } from './builder.js';
import { emptyGraph, type KnowledgeGraph } from './graphology.js';

export { GraphBuilder, type BuilderOptions } from './builder.js';
export { CompactGraph } from './compact.js';
export { GRAPH_OPTIONS, type GraphAttributes, type KnowledgeGraph } from './graphology.js';
export { graphSource, type GraphSource, type SourceEdge, type SourceNode } from './source.js';

/** Builds the graph from records in one call. */
export function buildGraph(records: Iterable<ExtractionRecord>): KnowledgeGraph {
  const b = new GraphBuilder();
  for (const r of records) b.add(r);
  const compact = b.finish();
  const graph = compact.toGraphology();
  compact.close();
  return graph;
}

/** The graph as the graph-file JSON (graphology's export form). */
export function toGraphFile(graph: KnowledgeGraph): GraphFile {
  return graph.export() as unknown as GraphFile;
}

/** Reads a graph file (already validated) back into a graphology graph. */
export function fromGraphFile(file: GraphFile): KnowledgeGraph {
  const graph = emptyGraph();
  graph.import(file as never);
  return graph;
}
