// The short text summary printed after a build: articles, nodes by label, edges by type, failures.
import { CompactGraph, type KnowledgeGraph } from '../graph/index.js';
import { NODE_LABELS, RELATION_TYPES } from '../schema/index.js';
import type { Failure } from './index.js';

/** Counts nodes by label and edges by type, in vocabulary order. */
export function countGraph(graph: KnowledgeGraph | CompactGraph): { nodes: Record<string, number>; edges: Record<string, number> } {
  const nodes: Record<string, number> = Object.fromEntries(NODE_LABELS.map((l) => [l, 0]));
  const edges: Record<string, number> = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0]));
  if (graph instanceof CompactGraph) {
    const counts = graph.counts();
    for (const [label, n] of counts.nodes) nodes[label] = n;
    for (const [type, n] of counts.edges) edges[type] = n;
  } else {
    graph.forEachNode((_k, a) => void (nodes[a.label] = (nodes[a.label] ?? 0) + 1));
    graph.forEachEdge((_k, a) => void (edges[a.type] = (edges[a.type] ?? 0) + 1));
  }
  return { nodes, edges };
}

/** Human-readable summary; lists every failed article with its one-line cause. */
export function formatSummary(r: { compact: CompactGraph; articles: number; failures: Failure[]; warnings: string[] }, written: string[] = []): string {
  const { nodes, edges } = countGraph(r.compact);
  const list = (o: Record<string, number>): string => Object.entries(o).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const lines = [
    `articles: ${r.articles} read${r.failures.length ? `, ${r.failures.length} failed` : ''}`,
    `nodes: ${r.compact.order} (${list(nodes)})`,
    `edges: ${r.compact.size} (${list(edges)})`,
  ];
  if (written.length) lines.push(`wrote: ${written.join(', ')}`);
  const shown = r.warnings.slice(0, 10);
  if (shown.length) lines.push(`notes (${r.warnings.length}):`, ...shown.map((w) => `  ${w}`));
  if (r.warnings.length > shown.length) lines.push(`  ... and ${r.warnings.length - shown.length} more`);
  if (r.failures.length) lines.push(`failed articles (${r.failures.length}):`, ...r.failures.map((f) => `  ${f.error}`));
  return `${lines.join('\n')}\n`;
}
