// Reading a graph for commands that take `--graph FILE` or article paths: validated before use.
import fs from 'node:fs';
import { IoError, UsageError } from '../errors.js';
import { fromGraphFile, type KnowledgeGraph } from '../graph/index.js';
import { runPipeline } from '../pipeline/index.js';
import { assertGraph } from '../schema/index.js';

/** Reads and validates a graph JSON file. */
export function readGraphFile(file: string): KnowledgeGraph {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new IoError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new IoError(file, `invalid JSON (${(e as Error).message})`);
  }
  assertGraph(data, file);
  return fromGraphFile(data);
}

/** The graph from `--graph FILE`, else built from article paths. */
export async function loadGraph(argv: { graph?: string; paths?: string[] }): Promise<KnowledgeGraph> {
  if (argv.graph) return readGraphFile(argv.graph);
  if (argv.paths?.length) return (await runPipeline(argv.paths)).graph;
  throw new UsageError('give article paths or --graph FILE (e.g. --graph out/graph.json)');
}
