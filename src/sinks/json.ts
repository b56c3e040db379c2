// graphology JSON sink: graph.export() written one node and one edge per line (readable, diff-friendly, deterministic).
import type { KnowledgeGraph } from '../graph/index.js';

/** Serializes the graph in graphology's export form; identical graphs give identical bytes. */
export function writeJson(graph: KnowledgeGraph): string {
  const data = graph.export();
  const lines = (items: unknown[]): string => (items.length ? `\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n` : '');
  return `{"attributes":${JSON.stringify(data.attributes)},"options":${JSON.stringify(data.options)},\n"nodes":[${lines(data.nodes)}],\n"edges":[${lines(data.edges ?? [])}]}\n`;
}
