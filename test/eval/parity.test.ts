// eval parity: on the same inputs the evaluator prints what the referee (shared/eval/score.mjs) printed; its outputs are recorded
// in test/fixtures/eval/expected (`--json` and `--verbose`), since the referee is not part of the repository.
import fs from 'node:fs';
import path from 'node:path';
import { buildGraph, toGraphFile } from '../../src/graph/index.js';
import { formatReport, loadGoldDir, readGraphExport, scoreGraph, selectGold, type EvalResult } from '../../src/eval/index.js';
import type { ExtractionRecord } from '../../src/schema/index.js';
import { evalFx, FIXTURES, tfp } from './helpers.js';

const SEED = ['000_57967df9d2352d66.txt', '001_c67236414fa3b35e.txt', '002_edb47fd48101e0a4.txt', '003_3bb503f606c20954.txt', '004_9ea85121afcd3242.txt'];
const seedGold = path.join(FIXTURES, 'gold');

// name: [gold dir, graph file, --docs, headline figures the referee printed]
const CASES: [string, string, string, string[] | undefined, Record<string, unknown>][] = [
  ['referee', evalFx('gold'), 'graph.json', undefined, { entities: [11, 3, 2], relations: [5, 2, 4], talks: [2, 3, 2], dates: '4/5', merging: '1/3', f1: '0.692' }],
  ['referee-a2', evalFx('gold'), 'graph.json', ['a2.txt'], { entities: [4, 0, 0], relations: [3, 0, 0], talks: [1, 1, 0], dates: '2/3', merging: '0/0', f1: '0.941' }],
  ['seed', seedGold, 'graph-seed.json', SEED, { entities: [13, 1, 34], relations: [16, 1, 44], talks: [2, 0, 3], dates: '6/10', merging: '8/11', f1: '0.428' }],
  ['seed-all-gold', seedGold, 'graph-seed.json', undefined, { entities: [13, 1, 118], relations: [16, 1, 131], talks: [2, 0, 14], dates: '6/10', merging: '9/24', f1: '0.190' }],
  ['odd', seedGold, 'graph-odd.json', ['dev06_phuc-yoon-phone-talks.txt', 'dev08_xi-diaz-canel-beijing.txt'], { entities: [11, 4, 3], relations: [6, 5, 11], talks: [2, 4, 0], dates: '3/5', merging: '0/0', f1: '0.585' }],
];

const headline = (r: EvalResult) => ({
  entities: Object.values(tfp(r.entities)),
  relations: Object.values(tfp(r.relations)),
  talks: Object.values(tfp(r.talks)),
  dates: `${r.dates.correct}/${r.dates.total}`,
  merging: `${r.merging.merged}/${r.merging.total}`,
  f1: r.overall.f1.toFixed(3),
});

describe.each(CASES)('eval parity: %s', (name, goldDir, graphFile, docs, figures) => {
  const res = scoreGraph(selectGold(loadGoldDir(goldDir), docs ? { docs } : {}), readGraphExport(evalFx(graphFile)));

  test('headline figures equal the referee\'s', () => {
    expect(headline(res)).toEqual(figures);
  });

  test('--json output is byte for byte the referee\'s', () => {
    expect(`${JSON.stringify(res, null, 2)}\n`).toBe(fs.readFileSync(evalFx('expected', `${name}.json`), 'utf8'));
  });

  test('--verbose report is line for line the referee\'s', () => {
    expect(formatReport(res, { verbose: true })).toBe(fs.readFileSync(evalFx('expected', `${name}.txt`), 'utf8'));
  });
});

test('eval parity: graph-seed.json is what the graph stage builds from the hand-written records (same figures)', () => {
  // Compares figures, not bytes, so a change of node keys in the graph stage does not break the parity record.
  const records = JSON.parse(fs.readFileSync(evalFx('records-seed.json'), 'utf8')) as ExtractionRecord[];
  const built = toGraphFile(buildGraph(records));
  const res = scoreGraph(selectGold(loadGoldDir(seedGold), { docs: SEED }), built);
  expect(headline(res)).toEqual(CASES[2]![4]);
});
