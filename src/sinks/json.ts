// graphology JSON sink: graphology's export form written one node and one edge per line (readable, diff-friendly,
// deterministic), so that graph.import() reads it back.
import { GRAPH_OPTIONS, type KnowledgeGraph } from '../graph/index.js';
import { graphSource, type GraphSource } from '../graph/source.js';

/** The graph in graphology's export form, a line per node and per edge; identical graphs give identical bytes. */
export function* jsonChunks(source: GraphSource): Generator<string> {
  yield `{"attributes":${JSON.stringify(source.attributes)},"options":${JSON.stringify(GRAPH_OPTIONS)},\n"nodes":[`;
  yield* arrayItems(source.nodes(), ({ key, attributes }) => JSON.stringify({ key, attributes }));
  yield '],\n"edges":[';
  yield* arrayItems(source.edges(), ({ key, source: from, target, attributes }) => JSON.stringify({ key, source: from, target, attributes }));
  yield ']}\n';
}

/** The graph in graphology's export form, as one string. */
export const writeJson = (graph: KnowledgeGraph): string => [...jsonChunks(graphSource(graph))].join('');

/** The items of a JSON array, one per line, with the line breaks that open and close a non-empty array. */
function* arrayItems<T>(items: Iterable<T>, toJson: (item: T) => string): Generator<string> {
  let separator = '\n';
  for (const item of items) {
    yield separator + toJson(item);
    separator = ',\n';
  }
  if (separator !== '\n') yield '\n';
}
