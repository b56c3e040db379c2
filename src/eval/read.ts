// Reading the evaluator's JSON inputs: gold files and graph files, with one-line errors naming the file.
import fs from 'node:fs';
import { IoError, KgError } from '../errors.js';
import type { GraphExport } from './score.js';

/** A gold file or folder that cannot be used, or a graph file the evaluator cannot read. */
export class EvalError extends KgError {
  constructor(file: string, cause: string) {
    super('eval', `${file}: ${cause}`);
  }
}

/** Parsed JSON of a file. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new IoError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new IoError(file, `invalid JSON (${(e as Error).message})`);
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
