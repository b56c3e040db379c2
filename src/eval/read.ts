// Reading the evaluator's JSON inputs: gold files and graph files, with one-line errors naming the file.
import { KgError } from '../errors.js';
import { readJsonFile } from '../json-file.js';
import type { GraphExport } from './score.js';

/** A gold file or folder that cannot be used, or a graph file the evaluator cannot read. */
export class EvalError extends KgError {
  constructor(file: string, cause: string) {
    super('eval', `${file}: ${cause}`);
  }
}

/**
 * Reads a graph file for scoring. Only its shape is checked, not the project's graph schema, so a graph
 * written by another tool (any graphology export) can be scored too.
 */
export function readGraphExport(file: string): GraphExport {
  const g = readJsonFile(file) as Partial<GraphExport> | null;
  if (!g || typeof g !== 'object' || !Array.isArray(g.nodes)) throw new EvalError(file, 'no "nodes" array (expected a graphology export)');
  if (g.edges != null && !Array.isArray(g.edges)) throw new EvalError(file, '"edges" is not an array');
  return g as GraphExport;
}
