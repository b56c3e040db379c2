// Shared helpers of the evaluator tests: fixture paths, small inline graphs and gold, TP/FP/FN picking.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGold, type Counts, type Gold, type GoldEntity, type GoldRelation, type GoldTalks, type GraphExport } from '../../src/eval/index.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
/** Path under test/fixtures/eval (the referee's hand-counted fixtures and the parity graphs). */
export const evalFx = (...p: string[]): string => path.join(FIXTURES, 'eval', ...p);

export const tfp = ({ tp, fp, fn }: Counts): Counts => ({ tp, fp, fn });
export const c = (tp: number, fp: number, fn: number): Counts => ({ tp, fp, fn });

type NodeSpec = [key: string, label: string, name: string, aliases?: string[], extra?: Record<string, unknown>];
type EdgeSpec = [source: string, target: string, type: string, extra?: Record<string, unknown>];

/** Small inline graph whose nodes and edges all have evidence in t.txt. */
export function graphOf(nodes: NodeSpec[], edges: EdgeSpec[] = [], options: { type?: string } = {}): GraphExport {
  return {
    options,
    nodes: nodes.map(([key, label, name, aliases = [], extra = {}]) => ({ key, attributes: { label, name, aliases, evidence: [{ doc: 't.txt' }], ...extra } })),
    edges: edges.map(([source, target, type, extra = {}]) => ({ source, target, attributes: { type, evidence: [{ doc: 't.txt' }] }, ...extra })),
  };
}

/** One gold annotation of t.txt. */
export const goldOf = (entities: GoldEntity[], relations: GoldRelation[] = [], talks: GoldTalks[] = []): Gold[] => [
  parseGold({ doc: 't.txt', entities, relations, talks }, 't.json'),
];
