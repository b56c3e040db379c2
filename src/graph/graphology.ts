// The in-memory graph type: graphology, directed, parallel edges, the output contract's attributes.
import graphology from 'graphology';
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../schema/index.js';

/** graphology options of every graph this tool builds (also written into graph.json). */
export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export interface GraphAttributes {
  articles?: number;
  generator?: string;
  [k: string]: unknown;
}

export function emptyGraph(): KnowledgeGraph {
  return new graphology.MultiDirectedGraph(GRAPH_OPTIONS);
}
