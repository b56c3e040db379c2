// The `dyad` report: everything between two actors, or two countries with their people, parties and organisations.
import type { KnowledgeGraph } from '../graph/index.js';
import { UsageError } from '../errors.js';
import { ACT_TYPES, allActs, allMeetings, compare, nodeRef, type Act, type Meeting, type NodeRef } from './acts.js';
import { countryMembers } from './countries.js';
import { resolveNode } from './resolve.js';
import { timelineEntries, type TimelineEntry } from './timeline.js';
import type { RelationType } from '../schema/index.js';

export interface DyadOptions {
  /** First actor or country (any name or alias, or a node key). */
  a: string;
  b: string;
}

/** One side of a dyad: the node named, and everything counted as that side (a country's members). */
export interface DyadSide {
  node: NodeRef;
  members: NodeRef[];
}

export interface DyadReport {
  report: 'dyad';
  a: DyadSide;
  b: DyadSide;
  /** Acts per type in each direction (every act type, zeros included). */
  counts: { type: RelationType; aToB: number; bToA: number }[];
  /** How many talks and visits had participants from both sides. */
  meetings: number;
  /** Meetings and acts in date order; acts carry their direction. */
  timeline: (TimelineEntry & { direction?: 'a->b' | 'b->a' })[];
}

function side(graph: KnowledgeGraph, query: string): { side: DyadSide; keys: Set<string> } {
  const key = resolveNode(graph, query);
  const keys = graph.getNodeAttribute(key, 'label') === 'Country' ? countryMembers(graph, key) : new Set([key]);
  const members = [...keys].sort(compare).map((k) => nodeRef(graph, k));
  return { side: { node: nodeRef(graph, key), members }, keys };
}

/** Acts between the two sides (both directions), meetings with both sides present, counts and a dated timeline. */
export function dyadReport(graph: KnowledgeGraph, options: DyadOptions): DyadReport {
  const a = side(graph, options.a);
  const b = side(graph, options.b);
  if (a.side.node.key === b.side.node.key) throw new UsageError(`dyad: --a and --b both name ${a.side.node.name}`);
  const direction = (act: Act): 'a->b' | 'b->a' | undefined =>
    a.keys.has(act.source.key) && b.keys.has(act.target.key) ? 'a->b' : b.keys.has(act.source.key) && a.keys.has(act.target.key) ? 'b->a' : undefined;
  const acts = allActs(graph).filter((act) => direction(act));
  const meetings: Meeting[] = allMeetings(graph).filter((m) => m.participants.some((p) => a.keys.has(p.key)) && m.participants.some((p) => b.keys.has(p.key)));
  const counts = ACT_TYPES.map((type) => ({
    type,
    aToB: acts.filter((x) => x.type === type && direction(x) === 'a->b').length,
    bToA: acts.filter((x) => x.type === type && direction(x) === 'b->a').length,
  }));
  const timeline = timelineEntries(meetings, acts).map((e) => (e.entry === 'act' ? { ...e, direction: direction(e)! } : e));
  return { report: 'dyad', a: a.side, b: b.side, counts, meetings: meetings.length, timeline };
}
