// graphology JSON sink: graphology's export form written one node and one edge per line (readable, diff-friendly,
// deterministic), so that graph.import() reads it back.
import { GRAPH_OPTIONS, type KnowledgeGraph } from '../graph/index.js';
import { formatText, type ElementText, type GraphFileFormat } from './format.js';

/** The graph in graphology's export form, a line per node and per edge; identical graphs give identical bytes. */
export const jsonFormat: GraphFileFormat = {
  sentences: { nodes: 'all', edges: 'all' },
  head: (source) => `{"attributes":${JSON.stringify(source.attributes)},"options":${JSON.stringify(GRAPH_OPTIONS)},\n"nodes":[`,
  node: ({ key, attributes }, index) => arrayItem(index, { key, attributes }),
  between: (source) => `${arrayEnd(source.order)}],\n"edges":[`,
  edge: ({ key, source, target, attributes }, index) => arrayItem(index, { key, source, target, attributes }),
  tail: (source) => `${arrayEnd(source.size)}]}\n`,
};

/** The graph in graphology's export form, as one string. */
export const writeJson = (graph: KnowledgeGraph): string => formatText(graph, jsonFormat);

interface Element {
  attributes: { evidence: unknown[] };
}

/** An element of a JSON array on its own line: the line break (after a comma but for the first) opens it. */
function arrayItem<E extends Element>(index: number, element: E): ElementText {
  const separator = index === 0 ? '\n' : ',\n';
  return element.attributes.evidence.length <= STREAMED_EVIDENCE ? separator + JSON.stringify(element) : streamedItem(separator, element);
}

/** The line break that closes a non-empty array. */
const arrayEnd = (count: number): string => (count > 0 ? '\n' : '');

function* streamedItem(separator: string, element: Element): Generator<string> {
  yield separator;
  yield* streamedJson(element);
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
