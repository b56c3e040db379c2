// Reading a graph for commands that take `--graph FILE` or article paths: validated before use.
import { UsageError } from '../errors.js';
import { readJsonFile } from '../json-file.js';
import { fromGraphFile, type KnowledgeGraph } from '../graph/index.js';
import { assertGraph } from '../schema/index.js';

/** Reads and validates a graph JSON file. */
export function readGraphFile(file: string): KnowledgeGraph {
  const data = readJsonFile(file);
  assertGraph(data, file);
  return fromGraphFile(data);
}

/** The graph from `--graph FILE`, else built from article paths. */
export async function loadGraph(argv: { graph?: string; paths?: string[] }): Promise<KnowledgeGraph> {
  if (argv.graph) return readGraphFile(argv.graph);
  if (argv.paths?.length) {
    // Only when building from articles: a graph file needs none of the extraction stages.
    const { runPipeline } = await import('../pipeline/index.js');
    return (await runPipeline(argv.paths)).graph;
  }
  throw new UsageError('give article paths or --graph FILE (e.g. --graph out/graph.json)');
}
