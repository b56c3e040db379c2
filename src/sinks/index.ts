// Stage 5 (files): graph serializers by format name, and atomic writing.
import type { KnowledgeGraph } from '../graph/index.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeJson } from './json.js';

export { writeFilesAtomic } from './write.js';
export { writeGexf, writeGraphml, writeJson };

export const GRAPH_FORMATS = ['json', 'gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** Serializes the graph in the named format. */
export function serializeGraph(graph: KnowledgeGraph, format: GraphFormat): string {
  return format === 'gexf' ? writeGexf(graph) : format === 'graphml' ? writeGraphml(graph) : writeJson(graph);
}
