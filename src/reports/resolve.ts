// Actor-name lookup for reports: node keys, names and aliases, diacritics and case optional, partial names if unique.
import { KgError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { fold, foldTokens } from '../names.js';
import { ACTOR_LABELS, type NodeLabel } from '../schema/index.js';
import { compare } from './acts.js';

/** A name that matches no node, or several: the message lists the candidates. */
export class NameError extends KgError {
  constructor(
    readonly query: string,
    readonly candidates: string[],
    cause: string,
  ) {
    super('reports', `"${query}": ${cause}`);
  }
}

interface Entry {
  key: string;
  forms: string[];
}

const compact = (s: string): string => fold(s).replace(/ /g, '');

function describe(graph: KnowledgeGraph, key: string): string {
  return `${graph.getNodeAttribute(key, 'name')} (${key})`;
}

/**
 * Finds the node a user means. Tries, in order: the node key; a name or alias equal once folded ("Viet Nam" =
 * "Việt Nam" = "Vietnam", "vnm" for country:vnm); a name or alias holding every word of the query ("Diaz-Canel" in
 * "Miguel Díaz-Canel Bermúdez"). The first step with one match wins; two or more matches throw NameError listing them.
 */
export function resolveNode(graph: KnowledgeGraph, query: string, labels: readonly NodeLabel[] = ACTOR_LABELS): string {
  if (graph.hasNode(query) && labels.includes(graph.getNodeAttribute(query, 'label'))) return query;
  const entries: Entry[] = graph
    .filterNodes((_k, a) => labels.includes(a.label))
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, forms: [a.name, ...a.aliases, key.slice(key.indexOf(':') + 1)] };
    });
  const q = compact(query);
  const words = foldTokens(query);
  if (!q) throw new NameError(query, [], 'give a name');
  const steps: ((e: Entry) => boolean)[] = [
    (e) => e.forms.some((f) => compact(f) === q),
    (e) => e.forms.some((f) => {
      const tokens = foldTokens(f);
      return words.every((w) => tokens.includes(w));
    }),
  ];
  for (const step of steps) {
    const hits = entries.filter(step).map((e) => e.key).sort(compare);
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) throw new NameError(query, hits, `ambiguous, it matches ${hits.map((k) => describe(graph, k)).join(', ')}; give more of the name or a node key`);
  }
  // Nothing matched: suggest nodes sharing a word, or starting like the query.
  const near = entries
    .filter((e) => e.forms.some((f) => foldTokens(f).some((t) => words.includes(t) || (t.length >= 3 && q.startsWith(t.slice(0, 3))))))
    .map((e) => e.key)
    .sort(compare)
    .slice(0, 10);
  throw new NameError(query, near, near.length
    ? `no ${labels.join('/')} of that name; candidates: ${near.map((k) => describe(graph, k)).join(', ')}`
    : `no ${labels.join('/')} of that name among ${entries.length} (kg stats lists the graph's actors)`);
}
