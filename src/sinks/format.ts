// A graph file format as the parts its text is made of (what comes before, between and after the nodes and edges, and
// each element's own text), so that one pass over a graph can write it in several formats at once.
import type { KnowledgeGraph } from '../graph/index.js';
import { graphSource, type GraphSource, type SentenceNeed, type SourceEdge, type SourceNode } from '../graph/source.js';

/** An element's text: one string, or pieces for text that may be too long for one (a country's JSON line). */
export type ElementText = string | Iterable<string>;

export interface GraphFileFormat {
  /** The evidence sentences the format reads of nodes and of edges. */
  sentences: { nodes: SentenceNeed; edges: SentenceNeed };
  /** The text before the first node. */
  head(source: GraphSource): string;
  /** A node's text; `index` counts from 0 (the first element of a list may need no separator). */
  node(node: SourceNode, index: number): ElementText;
  /** The text between the last node and the first edge. */
  between(source: GraphSource): string;
  edge(edge: SourceEdge, index: number): ElementText;
  /** The text after the last edge. */
  tail(source: GraphSource): string;
}

const NEEDS: SentenceNeed[] = ['none', 'first', 'all'];
const widest = (needs: SentenceNeed[]): SentenceNeed => NEEDS[Math.max(0, ...needs.map((n) => NEEDS.indexOf(n)))]!;

// A list of one item, for the text around the elements: once per format.
const ONCE = [undefined];

/**
 * The source's text in every format, lazily, in one pass: each node and edge is materialised once, with the evidence
 * sentences every format needs (a format given more than it reads writes the same text), and its text in each format
 * follows. Yields [index of the format in `formats`, chunk].
 */
export function* interleavedChunks(source: GraphSource, formats: GraphFileFormat[]): Generator<[format: number, chunk: string]> {
  yield* everyFormat(formats, ONCE, (format) => format.head(source));
  yield* everyFormat(formats, source.nodes(widest(formats.map((f) => f.sentences.nodes))), (format, node, index) => format.node(node, index));
  yield* everyFormat(formats, ONCE, (format) => format.between(source));
  yield* everyFormat(formats, source.edges(widest(formats.map((f) => f.sentences.edges))), (format, edge, index) => format.edge(edge, index));
  yield* everyFormat(formats, ONCE, (format) => format.tail(source));
}

/** For each item in turn, its text in every format (pieces as they come), tagged with the format's index. */
function* everyFormat<T>(formats: GraphFileFormat[], items: Iterable<T>, text: (format: GraphFileFormat, item: T, index: number) => ElementText): Generator<[format: number, chunk: string]> {
  let index = 0;
  for (const item of items) {
    for (let f = 0; f < formats.length; f++) {
      const t = text(formats[f]!, item, index);
      if (typeof t === 'string') yield [f, t];
      else for (const chunk of t) yield [f, chunk];
    }
    index++;
  }
}

/** The source's text in one format, lazily, an element (or a piece of one) per chunk. */
export function* formatChunks(source: GraphSource, format: GraphFileFormat): Generator<string> {
  for (const [, chunk] of interleavedChunks(source, [format])) yield chunk;
}

/** A graphology graph's text in one format, as one string (for graphs well below V8's string length limit). */
export const formatText = (graph: KnowledgeGraph, format: GraphFileFormat): string => [...formatChunks(graphSource(graph), format)].join('');
