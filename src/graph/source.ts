// A finished graph as the sinks read it: nodes and edges one at a time, in a stable order, so that a graph too large
// for one string (or for graphology) can still be written out in a single streaming pass.
import type { EdgeAttributes, NodeAttributes } from '../schema/index.js';
import type { GraphAttributes, KnowledgeGraph } from './graphology.js';

export interface SourceNode {
  key: string;
  attributes: NodeAttributes;
  /** In plus out edges. */
  degree: number;
}

export interface SourceEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * Which evidence sentences a reader needs: all, only the first of each element, or none. A source may then leave the
 * others empty (''), which saves reading them back from disk; a source may also ignore it and give them all.
 */
export type SentenceNeed = 'all' | 'first' | 'none';

export interface GraphSource {
  attributes: GraphAttributes;
  /** Number of nodes. */
  order: number;
  /** Number of edges. */
  size: number;
  /** Every node once, in the graph's order; each call starts again. */
  nodes(sentences?: SentenceNeed): Iterable<SourceNode>;
  /** Every edge once, in the graph's order; each call starts again. */
  edges(sentences?: SentenceNeed): Iterable<SourceEdge>;
}

/** A graphology graph seen as a source (its own insertion order). */
export function graphSource(graph: KnowledgeGraph): GraphSource {
  return {
    attributes: graph.getAttributes(),
    order: graph.order,
    size: graph.size,
    *nodes() {
      for (const { node, attributes } of graph.nodeEntries()) yield { key: node, attributes, degree: graph.degree(node) };
    },
    *edges() {
      for (const { edge, source, target, attributes } of graph.edgeEntries()) yield { key: edge, source, target, attributes };
    },
  };
}
