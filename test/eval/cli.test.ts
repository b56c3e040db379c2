// kg eval: builds or reads the graph, picks the gold of the articles given, prints the report or JSON; bad input is one line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import { evalFx, FIXTURES } from './helpers.js';

const GOLD = path.join(FIXTURES, 'gold');
const CORPUS = path.join(FIXTURES, '..', '..', 'corpus');

async function kg(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}

test('kg eval --graph: the referee fixture gives the referee\'s report', async () => {
  const { code, out, err } = await kg('eval', '--gold', evalFx('gold'), '--graph', evalFx('graph.json'));
  expect([code, err]).toEqual([0, '']);
  expect(out).toBe(fs.readFileSync(evalFx('expected', 'referee.txt'), 'utf8').replace(/^[\s\S]*?(?=scored 3 articles)/, ''));
  expect(out.trimEnd().split('\n').at(-1)).toBe('overall F1 0.692');
  expect(out).toMatch(/^entities\s+11\s+3\s+2\s+0\.786\s+0\.846\s+0\.815$/m);
});

test('kg eval --graph --verbose --json --docs', async () => {
  const verbose = await kg('eval', '--gold', evalFx('gold'), '--graph', evalFx('graph.json'), '--verbose');
  expect(verbose.out).toBe(fs.readFileSync(evalFx('expected', 'referee.txt'), 'utf8'));
  const json = await kg('eval', '--gold', evalFx('gold'), '--graph', evalFx('graph.json'), '--json', '--docs', 'a2.txt');
  expect(json.out).toBe(fs.readFileSync(evalFx('expected', 'referee-a2.json'), 'utf8'));
  expect(Object.keys(JSON.parse(json.out))).toEqual(['entities', 'relations', 'talks', 'overall', 'dates', 'merging', 'byType', 'perDoc']);
});

test('kg eval --graph with no paths scores every gold file; with paths only the gold of those articles', async () => {
  const all = await kg('eval', '--gold', GOLD, '--graph', evalFx('graph-seed.json'), '--json');
  expect(Object.keys(JSON.parse(all.out).perDoc)).toHaveLength(15);
  const some = await kg('eval', '--gold', GOLD, '--graph', evalFx('graph-seed.json'), path.join(CORPUS, '001_c67236414fa3b35e.txt'));
  expect(some.out).toMatch(/^scored 1 article$/m);
  expect(some.out).toMatch(/^talks\s+1\s+0\s+0\s/m);
});

// The placeholder extractor finds nothing; the sums TP + FN are the gold's and hold whatever the extractor does.
test('kg eval on article paths (npm run eval): extracts them and scores only their gold', async () => {
  const seed = await kg('eval', '--gold', GOLD, CORPUS, '--json');
  expect(seed.code).toBe(0);
  const r = JSON.parse(seed.out);
  expect(Object.keys(r.perDoc)).toEqual(['000_57967df9d2352d66.txt', '001_c67236414fa3b35e.txt', '002_edb47fd48101e0a4.txt', '003_3bb503f606c20954.txt', '004_9ea85121afcd3242.txt']);
  expect([r.entities.tp + r.entities.fn, r.relations.tp + r.relations.fn, r.talks.tp + r.talks.fn, r.merging.total]).toEqual([47, 60, 5, 11]);
  const dev = await kg('eval', '--gold', GOLD, path.join(FIXTURES, 'corpus-dev'), '--json');
  const d = JSON.parse(dev.out);
  expect(Object.keys(d.perDoc)).toHaveLength(10);
  expect(Object.keys(d.perDoc).every((doc) => doc.startsWith('dev'))).toBe(true);
  expect([d.entities.tp + d.entities.fn, d.relations.tp + d.relations.fn, d.talks.tp + d.talks.fn]).toEqual([84, 87, 11]);
});

test('kg eval: an unreadable article is scored as all misses, named on stderr, exit 1', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-eval-'));
  try {
    fs.copyFileSync(path.join(CORPUS, '004_9ea85121afcd3242.txt'), path.join(dir, '004_9ea85121afcd3242.txt'));
    fs.writeFileSync(path.join(dir, '001_c67236414fa3b35e.txt'), '');
    fs.writeFileSync(path.join(dir, 'unannotated.txt'), 'date 2026-01-01 Text without gold.');
    const { code, out, err } = await kg('eval', '--gold', GOLD, dir);
    expect(code).toBe(1);
    expect(out).toMatch(/^scored 2 articles$/m);
    expect(err).toBe(`not extracted: kg/corpus: ${path.join(dir, '001_c67236414fa3b35e.txt')}: empty file\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('kg eval: bad input exits with one line on stderr and prints nothing', async () => {
  const cases: [string[], number, RegExp][] = [
    [['eval', '--gold', evalFx('missing'), '--graph', evalFx('graph.json')], 1, /^kg\/eval: .*missing: not a folder of gold files$/],
    [['eval', '--gold', GOLD, '--graph', evalFx('missing.json')], 1, /^kg\/io: .*missing\.json: cannot read \(ENOENT\)$/],
    [['eval', '--gold', GOLD, '--graph', evalFx('bad', 'graph-broken.json')], 1, /graph-broken\.json: invalid JSON/],
    [['eval', '--gold', GOLD, '--graph', evalFx('bad', 'graph-no-nodes.json')], 1, /^kg\/eval: .*graph-no-nodes\.json: no "nodes" array/],
    [['eval', '--gold', evalFx('bad', 'gold-broken'), '--graph', evalFx('graph.json')], 1, /b1\.json: invalid JSON/],
    [['eval', '--gold', evalFx('bad', 'gold-unknown-ref'), '--graph', evalFx('graph.json')], 1, /unknown entity "nobody_known"$/],
    [['eval', '--gold', evalFx('bad', 'gold-empty'), '--graph', evalFx('graph.json')], 1, /no \.json gold files$/],
    [['eval', '--gold', GOLD, '--graph', evalFx('graph.json'), '--docs', 'zz.txt'], 2, /^kg\/cli: --docs: no gold file for zz\.txt$/],
    [['eval', '--gold', GOLD, '--graph', evalFx('graph.json'), '--docs', ' , '], 2, /--docs: no article named/],
    [['eval', '--gold', GOLD], 2, /give article paths or --graph FILE/],
    [['eval', '--gold', GOLD, evalFx('gold')], 2, /no gold file in .* belongs to the given articles/],
    [['eval', CORPUS], 2, /Missing required argument: gold/],
    [['eval', '--gold', GOLD, '--graph', evalFx('graph.json'), '--frob'], 2, /Unknown argument: frob/],
  ];
  for (const [argv, code, message] of cases) {
    const r = await kg(...argv);
    expect({ argv, code: r.code, out: r.out }).toEqual({ argv, code, out: '' });
    expect(r.err.trimEnd()).toMatch(message);
    expect(r.err).toMatch(/^[^\n]+\n$/);
  }
});
