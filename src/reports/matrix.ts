// The `matrix` report: who did one kind of act to whom, as an actor x actor or country x country table.
import type { KnowledgeGraph } from '../graph/index.js';
import { UsageError } from '../errors.js';
import type { RelationType } from '../schema/index.js';
import { ACT_TYPES, allActs, compare, nodeRef, type NodeRef } from './acts.js';
import { countryMap } from './countries.js';

export interface MatrixOptions {
  type: RelationType;
  /** Rows and columns are actors (default) or the countries the actors belong to. */
  by?: 'actor' | 'country';
}

export interface MatrixReport {
  report: 'matrix';
  type: RelationType;
  by: 'actor' | 'country';
  /** Who did the act (rows) and to whom (columns), by name. */
  rows: NodeRef[];
  columns: NodeRef[];
  /** counts[i][j]: acts from rows[i] to columns[j]. */
  counts: number[][];
  /** The non-zero cells with the edges behind them. */
  cells: { source: string; target: string; count: number; edges: string[] }[];
  /** Acts of the type counted (by country: acts whose two ends have a country). */
  total: number;
  /** By country: acts left out because an end belongs to no known country. */
  unplaced: number;
}

/** Counts acts of `options.type` per (doer, receiver); by country, an act counts once per pair of their countries. */
export function matrixReport(graph: KnowledgeGraph, options: MatrixOptions): MatrixReport {
  if (!ACT_TYPES.includes(options.type)) throw new UsageError(`matrix: --type must be one of ${ACT_TYPES.join(', ')} (got ${options.type})`);
  const by = options.by ?? 'actor';
  const countries = by === 'country' ? countryMap(graph) : undefined;
  const ends = (key: string): string[] => (countries ? countries.get(key) ?? [] : [key]);
  const cells = new Map<string, { source: string; target: string; count: number; edges: string[] }>();
  let total = 0;
  let unplaced = 0;
  for (const act of allActs(graph).filter((a) => a.type === options.type)) {
    const pairs = ends(act.source.key).flatMap((s) => ends(act.target.key).map((t) => [s, t] as const));
    if (!pairs.length) {
      unplaced++;
      continue;
    }
    total++;
    for (const [s, t] of pairs) {
      const id = `${s}\u0000${t}`;
      const cell = cells.get(id) ?? { source: s, target: t, count: 0, edges: [] };
      cell.count++;
      cell.edges.push(act.edge);
      cells.set(id, cell);
    }
  }
  const list = [...cells.values()].sort((x, y) => compare(x.source, y.source) || compare(x.target, y.target));
  const byName = (keys: Set<string>): NodeRef[] => [...keys].map((k) => nodeRef(graph, k)).sort((x, y) => compare(x.name, y.name) || compare(x.key, y.key));
  const rows = byName(new Set(list.map((c) => c.source)));
  const columns = byName(new Set(list.map((c) => c.target)));
  const counts = rows.map((r) => columns.map((c) => cells.get(`${r.key}\u0000${c.key}`)?.count ?? 0));
  return { report: 'matrix', type: options.type, by, rows, columns, counts, cells: list, total, unplaced };
}
