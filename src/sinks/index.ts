// Stage 5 (files): graph serializers by format name, as chunks to stream or as one string, and atomic writing.
import type { KnowledgeGraph } from '../graph/index.js';
import type { GraphSource } from '../graph/source.js';
import { formatChunks, formatText, interleavedChunks, type GraphFileFormat } from './format.js';
import { gexfFormat, writeGexf } from './gexf.js';
import { graphmlFormat, writeGraphml } from './graphml.js';
import type { GraphFormat } from './formats.js';
import { jsonFormat, writeJson } from './json.js';
import { writeInterleavedAtomic } from './write.js';

export { writeFilesAtomic, type FileContent } from './write.js';
export { GRAPH_FORMATS, type GraphFormat } from './formats.js';
export { writeGexf, writeGraphml, writeJson };

const FORMATS: Record<GraphFormat, GraphFileFormat> = { json: jsonFormat, gexf: gexfFormat, graphml: graphmlFormat };

/**
 * The source serialized in the named format, lazily, a node or an edge per chunk: hand it to writeFilesAtomic to write
 * a graph of any size without ever holding its whole text.
 */
export function graphChunks(source: GraphSource, format: GraphFormat): Iterable<string> {
  return formatChunks(source, FORMATS[format]);
}

/**
 * Writes the source to several files, each in its format, in one pass: each node and edge is materialised once and
 * its text appended to every file (rather than a pass, and all the evidence read back, per file). Atomic as
 * writeFilesAtomic: all files appear complete, or none is touched.
 */
export function writeGraphFiles(source: GraphSource, files: { path: string; format: GraphFormat }[]): void {
  const formats = files.map((f) => FORMATS[f.format]);
  writeInterleavedAtomic(files.map((f) => f.path), interleavedChunks(source, formats));
}

/** Serializes the graph in the named format, as one string (for graphs well below V8's string length limit). */
export function serializeGraph(graph: KnowledgeGraph, format: GraphFormat): string {
  return formatText(graph, FORMATS[format]);
}
