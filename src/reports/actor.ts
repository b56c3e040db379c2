// The `actor` report: one actor's profile: positions, acts given and received, counterparts, talks and visits.
import type { KnowledgeGraph } from '../graph/index.js';
import type { RelationType } from '../schema/index.js';
import { ACT_TYPES, actOf, compare, meetingOf, nodeRef, sortByDate, type Act, type EvidenceRef, type Meeting, type NodeRef } from './acts.js';
import { countryMap } from './countries.js';
import { resolveNode } from './resolve.js';

export interface ActorOptions {
  /** Any name or alias of the actor, or its node key. */
  name: string;
}

/** A HOLDS_POSITION edge seen from either end: the person holds `title` in `of`. */
export interface Position {
  holder: NodeRef;
  title?: string;
  of: NodeRef;
  former: boolean;
  evidence: EvidenceRef[];
}

export interface Counterpart {
  actor: NodeRef;
  given: number;
  received: number;
  /** Talks and visits attended together. */
  meetings: number;
  total: number;
}

export interface ActorReport {
  report: 'actor';
  actor: NodeRef & { aliases: string[]; countries: NodeRef[] };
  /** Positions the actor holds or held (a person), current ones first. */
  positions: Position[];
  /** People holding or having held a position in the actor (a party, country or organisation). */
  holders: Position[];
  counts: { type: RelationType; given: number; received: number }[];
  /** Acts given and received, in date order. */
  acts: (Act & { direction: 'given' | 'received' })[];
  /** Everyone the actor dealt with, most dealings first. */
  counterparts: Counterpart[];
  /** Talks and visits the actor took part in, in date order, with the other participants. */
  meetings: Meeting[];
}

function position(graph: KnowledgeGraph, edge: string): Position {
  const a = graph.getEdgeAttributes(edge);
  const p: Position = { holder: nodeRef(graph, graph.source(edge)), of: nodeRef(graph, graph.target(edge)), former: a.former === true, evidence: a.evidence.map((e) => ({ doc: e.doc, sentence: e.sentence })) };
  if (a.title) p.title = a.title;
  return p;
}

const byCurrency = (x: Position, y: Position): number => Number(x.former) - Number(y.former) || compare(x.of.name, y.of.name) || compare(x.holder.name, y.holder.name) || compare(x.title ?? '', y.title ?? '');

/** The profile of the actor `options.name` resolves to. */
export function actorReport(graph: KnowledgeGraph, options: ActorOptions): ActorReport {
  const key = resolveNode(graph, options.name);
  const attrs = graph.getNodeAttributes(key);
  const positionEdges = (edges: string[]): Position[] => edges.filter((e) => graph.getEdgeAttribute(e, 'type') === 'HOLDS_POSITION').map((e) => position(graph, e)).sort(byCurrency);
  const acts = sortByDate([
    ...graph.outEdges(key).map((e) => actOf(graph, e)).filter((a): a is Act => !!a).map((a) => ({ ...a, direction: 'given' as const })),
    ...graph.inEdges(key).map((e) => actOf(graph, e)).filter((a): a is Act => !!a).map((a) => ({ ...a, direction: 'received' as const })),
  ]);
  const meetings = sortByDate(graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'type') === 'PARTICIPATED_IN').map((e) => meetingOf(graph, graph.target(e))).filter((m): m is Meeting => !!m));
  const partners = new Map<string, Counterpart>();
  const partner = (ref: NodeRef): Counterpart => {
    const c = partners.get(ref.key) ?? { actor: ref, given: 0, received: 0, meetings: 0, total: 0 };
    partners.set(ref.key, c);
    c.total++;
    return c;
  };
  for (const act of acts) act.direction === 'given' ? partner(act.target).given++ : partner(act.source).received++;
  for (const m of meetings) for (const p of m.participants) if (p.key !== key) partner(p).meetings++;
  const counterparts = [...partners.values()].sort((x, y) => y.total - x.total || compare(x.actor.name, y.actor.name));
  return {
    report: 'actor',
    actor: { ...nodeRef(graph, key), aliases: attrs.aliases, countries: (countryMap(graph).get(key) ?? []).filter((c) => c !== key).map((c) => nodeRef(graph, c)) },
    positions: positionEdges(graph.outEdges(key)),
    holders: positionEdges(graph.inEdges(key)),
    counts: ACT_TYPES.map((type) => ({ type, given: acts.filter((a) => a.type === type && a.direction === 'given').length, received: acts.filter((a) => a.type === type && a.direction === 'received').length })),
    acts,
    counterparts,
    meetings,
  };
}
