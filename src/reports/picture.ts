// The network picture of a report: its subgraph laid out with ForceAtlas2 from a seeded start, coloured by label and type.
import { createRequire } from 'node:module';
import graphology from 'graphology';
import type { KnowledgeGraph } from '../graph/index.js';
import { LABEL_COLORS, TYPE_COLORS } from '../sinks/style.js';
import type { NodeAttributes, NodeLabel, RelationType } from '../schema/index.js';
import { ACT_TYPES, compare, type EvidenceRef, type Meeting } from './acts.js';
import type { Report } from './index.js';
import { seededRandom } from './rng.js';

const require = createRequire(import.meta.url);
const forceAtlas2 = require('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;

/** What the page draws: positioned nodes and coloured edges, each with the evidence its hover shows. */
export interface Picture {
  nodes: { key: string; /** Short display name (events: kind and date). */ name: string; title: string; label: NodeLabel; color: string; x: number; y: number; size: number; evidence: EvidenceRef[] }[];
  edges: { key: string; source: string; target: string; type: RelationType; color: string; date?: string; evidence: EvidenceRef[] }[];
}

/** The edges a report is about: its acts, and for its meetings the participants' PARTICIPATED_IN edges. */
export function reportEdges(graph: KnowledgeGraph, report: Report): string[] {
  const edges = new Set<string>();
  const meeting = (m: Meeting): void => graph.forEachInEdge(m.event, (e, a) => void (a.type === 'PARTICIPATED_IN' && edges.add(e)));
  switch (report.report) {
    case 'dyad':
      for (const e of report.timeline) e.entry === 'act' ? edges.add(e.edge) : meeting(e);
      break;
    case 'timeline':
      for (const e of report.entries) e.entry === 'act' ? edges.add(e.edge) : meeting(e);
      break;
    case 'actor':
      for (const a of report.acts) edges.add(a.edge);
      report.meetings.forEach(meeting);
      graph.forEachEdge(report.actor.key, (e, a) => void (a.type === 'HOLDS_POSITION' && edges.add(e)));
      break;
    case 'matrix':
      for (const c of report.cells) for (const e of c.edges) edges.add(e);
      break;
    case 'network': {
      // Every act and every talks/visit participation: the interaction graph with its events shown.
      graph.forEachEdge((e, a) => void ((ACT_TYPES.includes(a.type) || a.type === 'PARTICIPATED_IN') && edges.add(e)));
      break;
    }
  }
  return [...edges].sort(compare);
}

/** Event names spell out participants and date; on the picture the participants' own nodes already say who. */
function shortName(a: NodeAttributes): string {
  if (a.label !== 'Event' || (a.kind !== 'talks' && a.kind !== 'visit')) return a.name;
  const what = a.kind === 'visit' ? 'visit' : a.mode === 'phone' ? 'phone talks' : a.mode === 'letter' ? 'letters' : 'talks';
  return a.date ? `${what} ${a.date}` : what;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Lays out the subgraph made of `edges` (and `extraNodes`): positions start from a seeded random draw and
 * ForceAtlas2 runs a fixed number of iterations, so the same input gives the same picture.
 */
export function layoutPicture(graph: KnowledgeGraph, edges: string[], extraNodes: string[] = []): Picture {
  const sub = new graphology.MultiGraph();
  const keys = [...new Set([...extraNodes, ...edges.flatMap((e) => graph.extremities(e))])].sort(compare);
  const rnd = seededRandom(7);
  for (const k of keys) sub.addNode(k, { x: rnd() * 100, y: rnd() * 100 });
  for (const e of edges) sub.addEdgeWithKey(e, graph.source(e), graph.target(e));
  if (sub.order > 1) forceAtlas2.assign(sub, { iterations: 300, settings: { ...forceAtlas2.inferSettings(sub), gravity: 1, scalingRatio: 10, barnesHutOptimize: false } });
  const ev = (list: readonly { doc: string; sentence: string }[]): EvidenceRef[] => list.map((x) => ({ doc: x.doc, sentence: x.sentence }));
  return {
    nodes: keys.map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, name: shortName(a), title: a.name, label: a.label, color: LABEL_COLORS[a.label], x: round(sub.getNodeAttribute(key, 'x') as number), y: round(sub.getNodeAttribute(key, 'y') as number), size: round(5 + 2.5 * Math.sqrt(sub.degree(key))), evidence: ev(a.evidence) };
    }),
    edges: edges.map((key) => {
      const a = graph.getEdgeAttributes(key);
      return { key, source: graph.source(key), target: graph.target(key), type: a.type, color: TYPE_COLORS[a.type], ...(a.date ? { date: a.date } : {}), evidence: ev(a.evidence) };
    }),
  };
}

/** The picture of a report's subgraph (for an actor report, the actor is shown even with no edges). */
export function reportPicture(graph: KnowledgeGraph, report: Report): Picture {
  return layoutPicture(graph, reportEdges(graph, report), report.report === 'actor' ? [report.actor.key] : []);
}

/** The picture of a whole graph. */
export function graphPicture(graph: KnowledgeGraph): Picture {
  return layoutPicture(graph, graph.edges().sort(compare), graph.nodes());
}
