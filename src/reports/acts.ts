// The pieces every report is made of: actors, dated acts (edges) and meetings (talks and visit events), read off the graph.
import type { KnowledgeGraph } from '../graph/index.js';
import { RELATION_TABLE, RELATION_TYPES, type EventKind, type NodeLabel, type RelationType, type TalksMode } from '../schema/index.js';

/** Relation types that are acts between actors: those with a CAMEO code that do not point at an event. */
export const ACT_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => {
  const row = RELATION_TABLE[t];
  return row.cameo !== null && !(row.to as readonly string[]).includes('Event');
});

/** A node as reports show it. */
export interface NodeRef {
  key: string;
  name: string;
  label: NodeLabel;
}

/** Where a fact was read, without offsets: the article and its sentence. */
export interface EvidenceRef {
  doc: string;
  sentence: string;
}

/** One act: an edge of an act type, with its occasion and evidence. */
export interface Act {
  edge: string;
  type: RelationType;
  /** The edge's own date, else its occasion's. */
  date?: string;
  source: NodeRef;
  target: NodeRef;
  occasion?: NodeRef & { date?: string };
  cameo?: string;
  evidence: EvidenceRef[];
}

/** A talks or visit event with the persons who took part in it. */
export interface Meeting {
  event: string;
  name: string;
  kind: EventKind;
  mode?: TalksMode;
  date?: string;
  participants: NodeRef[];
  evidence: EvidenceRef[];
}

/** The node's reference (key, name, label). */
export function nodeRef(graph: KnowledgeGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  return { key, name: a.name, label: a.label };
}

function evidenceRefs(list: readonly { doc: string; sentence: string }[]): EvidenceRef[] {
  return list.map((e) => ({ doc: e.doc, sentence: e.sentence }));
}

/** The act an edge stands for, or undefined when the edge is no act (positions, participation, ...). */
export function actOf(graph: KnowledgeGraph, edge: string): Act | undefined {
  const a = graph.getEdgeAttributes(edge);
  if (!ACT_TYPES.includes(a.type)) return undefined;
  const act: Act = { edge, type: a.type, source: nodeRef(graph, graph.source(edge)), target: nodeRef(graph, graph.target(edge)), evidence: evidenceRefs(a.evidence) };
  if (a.occasion && graph.hasNode(a.occasion)) {
    const date = graph.getNodeAttribute(a.occasion, 'date');
    act.occasion = { ...nodeRef(graph, a.occasion), ...(date ? { date } : {}) };
  }
  const date = a.date ?? act.occasion?.date;
  if (date) act.date = date;
  if (a.cameo) act.cameo = a.cameo;
  return act;
}

/** Every act of the graph, in date order. */
export function allActs(graph: KnowledgeGraph): Act[] {
  return sortByDate(graph.edges().map((e) => actOf(graph, e)).filter((a): a is Act => !!a));
}

/** The meeting an event node stands for (talks or visit), or undefined for other nodes. */
export function meetingOf(graph: KnowledgeGraph, event: string): Meeting | undefined {
  const a = graph.getNodeAttributes(event);
  if (a.label !== 'Event' || (a.kind !== 'talks' && a.kind !== 'visit')) return undefined;
  const participants = graph
    .inEdges(event)
    .filter((e) => graph.getEdgeAttribute(e, 'type') === 'PARTICIPATED_IN')
    .map((e) => nodeRef(graph, graph.source(e)))
    .sort((x, y) => compare(x.name, y.name));
  const m: Meeting = { event, name: a.name, kind: a.kind, participants, evidence: evidenceRefs(a.evidence) };
  if (a.mode) m.mode = a.mode;
  if (a.date) m.date = a.date;
  return m;
}

/** Every talks and visit event of the graph, in date order. */
export function allMeetings(graph: KnowledgeGraph): Meeting[] {
  return sortByDate(graph.nodes().map((k) => meetingOf(graph, k)).filter((m): m is Meeting => !!m));
}

/** Plain code-unit string order (locale-free, so output bytes do not depend on the machine). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sort key of a partial ISO date: full and partial dates sort by their text ("1973" < "2024-09" < "2024-09-05");
 * a month-day without a year ("--05-05") and an undated item sort after every dated one.
 */
export function dateSortKey(date: string | undefined): string {
  return !date ? '~~' : date.startsWith('--') ? `~${date}` : date;
}

/** Stable date order; ties keep a fixed order by the item's edge or event key. */
export function sortByDate<T extends { date?: string; edge?: string; event?: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compare(dateSortKey(a.date), dateSortKey(b.date)) || compare(a.edge ?? a.event ?? '', b.edge ?? b.event ?? ''));
}
