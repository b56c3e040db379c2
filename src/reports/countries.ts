// Which country an actor belongs to: a party or body through BASED_IN, a person through the positions they hold.
import type { KnowledgeGraph } from '../graph/index.js';
import { compare } from './acts.js';

/** For every actor that belongs to one or more countries, those country keys (sorted). Countries map to themselves. */
export function countryMap(graph: KnowledgeGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (node: string, country: string): void => {
    const list = out.get(node) ?? [];
    if (!list.includes(country)) out.set(node, [...list, country].sort(compare));
  };
  graph.forEachNode((k, a) => a.label === 'Country' && add(k, k));
  graph.forEachEdge((_e, a, s, t) => a.type === 'BASED_IN' && graph.getNodeAttribute(t, 'label') === 'Country' && add(s, t));
  // Persons last, so the bodies they hold positions in already know their countries.
  graph.forEachEdge((_e, a, s, t) => {
    if (a.type !== 'HOLDS_POSITION') return;
    for (const c of out.get(t) ?? []) add(s, c);
  });
  return out;
}

/** The country and every actor belonging to it (its people, parties and organisations). */
export function countryMembers(graph: KnowledgeGraph, country: string): Set<string> {
  const members = new Set<string>([country]);
  for (const [node, countries] of countryMap(graph)) if (countries.includes(country)) members.add(node);
  return members;
}
