// The extractor's quality, measured by the project's own evaluator: seed corpus and dev corpus against the gold files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticlePaths } from '../../src/corpus/index.js';
import { loadGoldDir, scoreGraph, selectGold, type EvalResult } from '../../src/eval/index.js';
import { toGraphFile } from '../../src/graph/index.js';
import { runPipeline } from '../../src/pipeline/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PATHS = [path.join(ROOT, 'corpus'), path.join(ROOT, 'test/fixtures/corpus-dev')];

let res: EvalResult;
beforeAll(async () => {
  const result = await runPipeline(PATHS);
  expect(result.failures).toEqual([]);
  const golds = selectGold(loadGoldDir(path.join(ROOT, 'test/fixtures/gold')), { articles: listArticlePaths(PATHS).files });
  expect(golds).toHaveLength(15);
  res = scoreGraph(golds, toGraphFile(result.graph));
});

test('overall F1 >= 0.95', () => {
  expect(res.overall.f1).toBeGreaterThanOrEqual(0.95);
});

test.each(['entities', 'relations', 'talks'] as const)('%s F1 >= 0.93', (part) => {
  expect(res[part].f1).toBeGreaterThanOrEqual(0.93);
});

test('date accuracy >= 0.9 and every cross-article entity merged', () => {
  expect(res.dates.total).toBeGreaterThan(0);
  expect(res.dates.accuracy).toBeGreaterThanOrEqual(0.9);
  expect(res.merging.total).toBeGreaterThan(0);
  expect(res.merging.failures).toEqual([]);
  expect(res.merging.accuracy).toBe(1);
});

// The held-out articles (test/fixtures/heldout/): written apart from the rules (the last 120, batches f, g, j-o, a, i,
// ba-bh and ca-cd, by writers who never saw them), so a drop here is a rule that stopped generalising.
describe('held-out articles', () => {
  const HELDOUT = path.join(ROOT, 'test/fixtures/heldout');
  let held: EvalResult;
  beforeAll(async () => {
    const result = await runPipeline([path.join(HELDOUT, 'corpus')]);
    expect(result.failures).toEqual([]);
    const golds = loadGoldDir(path.join(HELDOUT, 'gold'));
    expect(golds).toHaveLength(202);
    held = scoreGraph(golds, toGraphFile(result.graph));
  });

  test('overall F1 >= 0.95, dates >= 0.91, every cross-article entity merged', () => {
    expect(held.overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(held.dates.accuracy).toBeGreaterThanOrEqual(0.91);
    expect(held.merging.failures).toEqual([]);
  });
});
