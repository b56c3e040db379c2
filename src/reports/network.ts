// The `network` report: who interacts with whom; degree, betweenness, Louvain communities and the most central actors.
import { createRequire } from 'node:module';
import graphology from 'graphology';
import type { KnowledgeGraph } from '../graph/index.js';
import { allActs, allMeetings, compare, nodeRef, type NodeRef } from './acts.js';
import { seededRandom } from './rng.js';

// Both packages are CommonJS with a default-export typing; createRequire gives the function itself.
const require = createRequire(import.meta.url);
const betweenness = require('graphology-metrics/centrality/betweenness') as typeof import('graphology-metrics/centrality/betweenness.js').default;
const louvain = require('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default;

export interface NetworkOptions {
  /** How many actors the `central` list holds (default 10). */
  top?: number;
}

export interface NetworkActor extends NodeRef {
  /** Distinct actors dealt with. */
  degree: number;
  /** Acts and shared meetings counted one each. */
  interactions: number;
  /** Normalised betweenness centrality on the interaction graph (0..1, rounded to 6 places). */
  betweenness: number;
  community: number;
}

export interface NetworkReport {
  report: 'network';
  /** Actors with at least one interaction, and the actor pairs that interacted. */
  nodes: number;
  edges: number;
  /** Louvain modularity of the partition (rounded to 6 places). */
  modularity: number;
  communities: { id: number; members: NodeRef[] }[];
  /** Every interacting actor, most central first (betweenness, then degree, then interactions). */
  actors: NetworkActor[];
  /** Keys of the first `top` actors. */
  central: string[];
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * The interaction graph: actors joined by an undirected edge weighted by the acts between them plus the talks and
 * visits they attended together. Positions and memberships are left out: they say who someone is, not whom they deal with.
 */
export function interactionGraph(graph: KnowledgeGraph): InstanceType<typeof graphology.UndirectedGraph> {
  const g = new graphology.UndirectedGraph();
  const link = (s: string, t: string): void => {
    if (s === t) return;
    g.mergeNode(s);
    g.mergeNode(t);
    const [x, y] = s < t ? [s, t] : [t, s];
    g.updateEdge(x, y, (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + 1 }));
  };
  for (const act of allActs(graph)) link(act.source.key, act.target.key);
  for (const m of allMeetings(graph)) m.participants.forEach((p, i) => m.participants.slice(i + 1).forEach((q) => link(p.key, q.key)));
  return g;
}

/** Degree, betweenness and communities of the interaction graph; Louvain runs with a fixed seed. */
export function networkReport(graph: KnowledgeGraph, options: NetworkOptions = {}): NetworkReport {
  const g = interactionGraph(graph);
  // Insertion order follows the act and meeting order, which is fixed; sorting the keys makes it explicit.
  const keys = g.nodes().sort(compare);
  const between = g.order > 2 ? betweenness(g, { normalized: true, getEdgeWeight: null }) : {};
  const detailed = g.size ? louvain.detailed(g, { getEdgeWeight: 'weight', rng: seededRandom(1) }) : { communities: {} as Record<string, number>, modularity: 0 };
  // Number communities by their first member in key order, so ids do not depend on Louvain's internal order.
  const renumber = new Map<number, number>();
  for (const k of keys) {
    const c = detailed.communities[k] ?? -1;
    if (!renumber.has(c)) renumber.set(c, renumber.size + 1);
  }
  const actors: NetworkActor[] = keys.map((k) => ({
    ...nodeRef(graph, k),
    degree: g.degree(k),
    interactions: g.reduceEdges(k, (sum, _e, a) => sum + (a.weight as number), 0),
    betweenness: round6(between[k] ?? 0),
    community: renumber.get(detailed.communities[k] ?? -1)!,
  }));
  actors.sort((x, y) => y.betweenness - x.betweenness || y.degree - x.degree || y.interactions - x.interactions || compare(x.name, y.name));
  const communities = [...renumber.values()].map((id) => ({ id, members: actors.filter((a) => a.community === id).map(({ key, name, label }) => ({ key, name, label })).sort((x, y) => compare(x.name, y.name)) }));
  return { report: 'network', nodes: g.order, edges: g.size, modularity: round6(detailed.modularity), communities, actors, central: actors.slice(0, options.top ?? 10).map((a) => a.key) };
}
