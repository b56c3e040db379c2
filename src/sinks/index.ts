// Stage 5 (files): graph serializers by format name, as chunks to stream or as one string, and atomic writing.
import type { KnowledgeGraph } from '../graph/index.js';
import type { GraphSource } from '../graph/source.js';
import { gexfChunks, writeGexf } from './gexf.js';
import { graphmlChunks, writeGraphml } from './graphml.js';
import { jsonChunks, writeJson } from './json.js';

export { writeFilesAtomic, type FileContent } from './write.js';
export { writeGexf, writeGraphml, writeJson };

export const GRAPH_FORMATS = ['json', 'gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const SINKS: Record<GraphFormat, { chunks: (source: GraphSource) => Iterable<string>; write: (graph: KnowledgeGraph) => string }> = {
  json: { chunks: jsonChunks, write: writeJson },
  gexf: { chunks: gexfChunks, write: writeGexf },
  graphml: { chunks: graphmlChunks, write: writeGraphml },
};

/**
 * The source serialized in the named format, lazily, a node or an edge per chunk: hand it to writeFilesAtomic to write
 * a graph of any size without ever holding its whole text.
 */
export function graphChunks(source: GraphSource, format: GraphFormat): Iterable<string> {
  return SINKS[format].chunks(source);
}

/** Serializes the graph in the named format, as one string (for graphs well below V8's string length limit). */
export function serializeGraph(graph: KnowledgeGraph, format: GraphFormat): string {
  return SINKS[format].write(graph);
}
