// graphology JSON sink: graphology's export form written one node and one edge per line (readable, diff-friendly,
// deterministic), so that graph.import() reads it back.
import { GRAPH_OPTIONS, type KnowledgeGraph } from '../graph/index.js';
import { graphSource, type GraphSource } from '../graph/source.js';

/** The graph in graphology's export form, a line per node and per edge; identical graphs give identical bytes. */
export function* jsonChunks(source: GraphSource): Generator<string> {
  yield `{"attributes":${JSON.stringify(source.attributes)},"options":${JSON.stringify(GRAPH_OPTIONS)},\n"nodes":[`;
  yield* arrayItems(source.nodes(), ({ key, attributes }) => ({ key, attributes }));
  yield '],\n"edges":[';
  yield* arrayItems(source.edges(), ({ key, source: from, target, attributes }) => ({ key, source: from, target, attributes }));
  yield ']}\n';
}

/** The graph in graphology's export form, as one string. */
export const writeJson = (graph: KnowledgeGraph): string => [...jsonChunks(graphSource(graph))].join('');

interface Element {
  attributes: { evidence: unknown[] };
}

/** The elements of a JSON array, one per line, with the line breaks that open and close a non-empty array. */
function* arrayItems<T>(items: Iterable<T>, toElement: (item: T) => Element): Generator<string> {
  let separator = '\n';
  for (const item of items) {
    const element = toElement(item);
    if (element.attributes.evidence.length <= STREAMED_EVIDENCE) yield separator + JSON.stringify(element);
    else {
      yield separator;
      yield* streamedJson(element);
    }
    separator = ',\n';
  }
  if (separator !== '\n') yield '\n';
}

/**
 * Evidence lists longer than this are written an item at a time: a country's node holds one entry per article, and
 * its line in a large corpus runs to hundreds of megabytes.
 */
export const STREAMED_EVIDENCE = 1000;

/** The same text as JSON.stringify(element), in pieces: one per evidence entry. */
function* streamedJson(element: Element): Generator<string> {
  let pending = '{';
  for (const [key, value] of Object.entries(element)) {
    if (value === undefined) continue;
    pending += `${pending === '{' ? '' : ','}${JSON.stringify(key)}:`;
    if (key !== 'attributes') {
      pending += JSON.stringify(value);
      continue;
    }
    let first = true;
    for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
      if (field === undefined) continue;
      pending += `${first ? '{' : ','}${JSON.stringify(name)}:`;
      first = false;
      if (name !== 'evidence') {
        pending += JSON.stringify(field);
        continue;
      }
      const entries = field as unknown[];
      yield `${pending}[${JSON.stringify(entries[0])}`;
      for (let i = 1; i < entries.length; i++) yield `,${JSON.stringify(entries[i])}`;
      pending = ']';
    }
    pending += first ? '{}' : '}';
  }
  yield `${pending}}`;
}
