// The `kg` command line in-process through run(): help and version, extract/build outputs, bad articles, validate, stats.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import graphology from 'graphology';
import { COMMANDS, run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';
import { checkGraph, checkRecord } from '../../src/schema/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = path.join(ROOT, 'corpus');
const GOOD = path.join(CORPUS, '004_9ea85121afcd3242.txt');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const require = createRequire(import.meta.url);

async function kg(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false };
  const code = await run(argv, io);
  return { code, out, err };
}

let tmp: string;
beforeEach(() => void (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
const at = (...p: string[]): string => path.join(tmp, ...p);
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The graph JSON a successful run printed on stdout. */
function readJsonFromRun(r: { code: number; out: string }): { nodes: unknown[]; edges: unknown[] } {
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as { nodes: unknown[]; edges: unknown[] };
}

test('--version prints the package version', async () => {
  expect(await kg('--version')).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
});

test('--help lists every command', async () => {
  const { code, out } = await kg('--help');
  expect(code).toBe(0);
  const silent: Io = { out: () => {}, err: () => {}, isTTY: false };
  const names = COMMANDS.map((make) => make(silent).command.split(' ')[0]!);
  expect(names.length).toBeGreaterThanOrEqual(9);
  for (const name of names) expect(out).toMatch(new RegExp(`^\\s+kg ${name}\\b`, 'm'));
});

test('extract corpus -o FILE writes a valid graph and prints the summary on stderr', async () => {
  const { code, out, err } = await kg('extract', CORPUS, '-o', at('g.json'));
  expect([code, out]).toEqual([0, '']);
  const data = readJson(at('g.json')) as { nodes: { key: string }[] };
  expect(checkGraph(data)).toEqual([]);
  expect(data.nodes.map((n) => n.key)).toContain('person:to-lam');
  expect(err).toMatch(/^articles: 5 read$/m);
  expect(err).toMatch(/^nodes: \d+ \(Person \d+/m);
  expect(err).toMatch(/^edges: \d+ \(CONGRATULATED \d+/m);
  expect(err).toContain(`wrote: ${at('g.json')}`);
});

test('extract --format gexf and graphml write files graphology reads back; records validate', async () => {
  const json = readJsonFromRun(await kg('extract', CORPUS, '-q'));
  const { MultiDirectedGraph } = graphology;
  expect((await kg('extract', CORPUS, '--format', 'gexf', '-o', at('g.gexf'), '-q')).code).toBe(0);
  const gexf = require('graphology-gexf').parse(MultiDirectedGraph, fs.readFileSync(at('g.gexf'), 'utf8'));
  expect([gexf.order, gexf.size]).toEqual([json.nodes.length, json.edges.length]);
  expect((await kg('extract', CORPUS, '-f', 'graphml', '-o', at('g.graphml'), '-q')).code).toBe(0);
  const graphml = require('graphology-graphml').parse(MultiDirectedGraph, fs.readFileSync(at('g.graphml'), 'utf8'));
  expect([graphml.order, graphml.size]).toEqual([json.nodes.length, json.edges.length]);
  const recs = await kg('extract', CORPUS, '--format', 'records', '--quiet');
  expect([recs.code, recs.err]).toEqual([0, '']);
  const records = JSON.parse(recs.out) as { article: { id: string } }[];
  expect(records.map((r) => r.article.id)).toEqual(fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort());
  for (const r of records) expect(checkRecord(r)).toEqual([]);
});

test('build corpus --out-dir DIR writes graph.json, graph.gexf and graph.graphml', async () => {
  const { code, err } = await kg('build', CORPUS, '--out-dir', at('out'));
  expect(code).toBe(0);
  expect(fs.readdirSync(at('out')).sort()).toEqual(['graph.gexf', 'graph.graphml', 'graph.json']);
  expect(checkGraph(readJson(at('out', 'graph.json')))).toEqual([]);
  expect(fs.readFileSync(at('out', 'graph.gexf'), 'utf8')).toMatch(/^<\?xml[^>]*>\s*<gexf /);
  expect(fs.readFileSync(at('out', 'graph.graphml'), 'utf8')).toMatch(/^<\?xml[^>]*>\s*<graphml /);
  expect(err).toMatch(/^articles: 5 read$/m);
});

describe('bad articles', () => {
  /** A folder with one good article and three bad ones, plus a path that does not exist. */
  function mixed(): { dir: string; bad: string[] } {
    const dir = at('in');
    fs.mkdirSync(dir);
    fs.copyFileSync(GOOD, path.join(dir, 'b_good.txt'));
    fs.writeFileSync(path.join(dir, 'a_empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'c_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'd_page.txt'), '<!DOCTYPE html><html><body><p>Hello</p></body></html>\n');
    return { dir, bad: [path.join(dir, 'a_empty.txt'), path.join(dir, 'c_binary.txt'), path.join(dir, 'd_page.txt'), at('missing.txt')] };
  }

  test('the good article still builds; each bad one gets a one-line message naming it; exit 1', async () => {
    const { dir, bad } = mixed();
    const { code, err } = await kg('extract', dir, at('missing.txt'), '-o', at('g.json'));
    expect(code).toBe(1);
    const data = readJson(at('g.json')) as { nodes: { key: string }[] };
    expect(checkGraph(data)).toEqual([]);
    expect(data.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['person:vladimir-putin', 'person:nguyen-phu-trong']));
    expect(err).toMatch(/^articles: 1 read, 4 failed$/m);
    const failed = err.slice(err.indexOf('failed articles (4):')).trim().split('\n').slice(1);
    expect(failed).toHaveLength(4);
    for (const file of bad) expect(failed.filter((line) => line.includes(file))).toHaveLength(1);
    expect(failed.find((l) => l.includes('a_empty'))).toMatch(/empty file/);
    expect(failed.find((l) => l.includes('c_binary'))).toMatch(/binary/);
    expect(failed.find((l) => l.includes('d_page'))).toMatch(/HTML/);
    expect(failed.find((l) => l.includes('missing'))).toMatch(/no such file/);
  });

  test('build with bad articles still writes the three files and exits 1', async () => {
    const { dir } = mixed();
    const { code } = await kg('build', dir, '--out-dir', at('out'));
    expect(code).toBe(1);
    expect(fs.readdirSync(at('out')).sort()).toEqual(['graph.gexf', 'graph.graphml', 'graph.json']);
  });

  test('--strict stops at the first bad article, exit 1, no output file', async () => {
    const { dir } = mixed();
    const { code, out, err } = await kg('extract', dir, '--strict', '-o', at('g.json'));
    expect([code, out]).toEqual([1, '']);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^kg\/pipeline: stopped at the first bad article \(--strict\): kg\/corpus: .*a_empty\.txt: empty file/);
    expect(fs.existsSync(at('g.json'))).toBe(false);
    const build = await kg('build', dir, '--strict', '--out-dir', at('out'));
    expect(build.code).toBe(1);
    expect(fs.existsSync(at('out'))).toBe(false);
  });
});

describe('validate', () => {
  test('a valid graph: exit 0', async () => {
    await kg('extract', CORPUS, '-o', at('g.json'), '-q');
    expect(await kg('validate', at('g.json'))).toEqual({ code: 0, out: `${at('g.json')}: valid graph\n`, err: '' });
  });

  test('a broken graph: exit 1, one line per problem with its JSON pointer', async () => {
    await kg('extract', CORPUS, '-o', at('g.json'), '-q');
    const g = readJson(at('g.json')) as { nodes: { attributes: Record<string, unknown> }[]; edges: { target: string; attributes: Record<string, unknown> }[] };
    g.nodes[0]!.attributes.label = 'Planet';
    g.edges[1]!.attributes.type = 'HUGGED';
    fs.writeFileSync(at('bad.json'), JSON.stringify(g));
    const { code, out, err } = await kg('validate', at('bad.json'));
    expect([code, out]).toEqual([1, '']);
    const lines = err.trim().split('\n');
    expect(lines.every((l) => l.startsWith(`${at('bad.json')}: /`))).toBe(true);
    expect(err).toMatch(/: \/nodes\/0\/attributes\/label must be equal to one of the allowed values: Person, /);
    expect(err).toMatch(/: \/edges\/1\/attributes\/type /);
  });

  test('an edge to an unknown node: pointer to its target', async () => {
    await kg('extract', CORPUS, '-o', at('g.json'), '-q');
    const g = readJson(at('g.json')) as { edges: { target: string }[] };
    g.edges[2]!.target = 'person:nobody';
    fs.writeFileSync(at('bad.json'), JSON.stringify(g));
    const { code, err } = await kg('validate', at('bad.json'));
    expect(code).toBe(1);
    expect(err).toBe(`${at('bad.json')}: /edges/2/target no node person:nobody\n`);
  });

  test('a records file: valid, and a broken one with pointers into the array', async () => {
    const recs = await kg('extract', CORPUS, '--format', 'records', '-o', at('r.json'), '-q');
    expect(recs.code).toBe(0);
    expect(await kg('validate', at('r.json'))).toEqual({ code: 0, out: `${at('r.json')}: valid records (5)\n`, err: '' });
    const data = readJson(at('r.json')) as { relations: { subject: string }[] }[];
    data[3]!.relations[0]!.subject = 'e999';
    fs.writeFileSync(at('r-bad.json'), JSON.stringify(data));
    const bad = await kg('validate', at('r-bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`${at('r-bad.json')}: /3/relations/0/subject unknown entity e999\n`);
  });

  test('a file that is not JSON: one line, exit 1', async () => {
    fs.writeFileSync(at('x.json'), '{nope');
    const { code, err } = await kg('validate', at('x.json'));
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^kg/io: ${at('x.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON .*\n$`));
  });
});

test('stats lists counts by label and type, and top actors', async () => {
  await kg('extract', CORPUS, '-o', at('g.json'), '-q');
  const { code, out } = await kg('stats', at('g.json'), '--top', '3');
  expect(code).toBe(0);
  expect(out).toMatch(/^nodes \d+$/m);
  expect(out).toMatch(/^ {2}Person +\d+$/m);
  expect(out).toMatch(/^ {2}CONGRATULATED +\d+$/m);
  expect(out).toMatch(/^top 3 actors by degree$/m);
  const actors = out.slice(out.indexOf('top 3 actors')).trim().split('\n').slice(1);
  expect(actors).toHaveLength(3);
  expect(actors.join('\n')).toMatch(/\(Person, person:to-lam\)|\(Person, person:miguel-diaz-canel/);
  const json = JSON.parse((await kg('stats', at('g.json'), '--json')).out) as { nodes: number; byLabel: Record<string, number>; topActors: { degree: number }[] };
  expect(Object.values(json.byLabel).reduce((a, b) => a + b, 0)).toBe(json.nodes);
  expect(json.topActors.map((a) => a.degree)).toEqual([...json.topActors.map((a) => a.degree)].sort((a, b) => b - a));
});

const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');
(fs.existsSync(BIN) ? test : test.skip)('the built bin runs: node dist/cli/bin.js --version (skipped when dist/ is not built: npm run build)', () => {
  expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' })).toBe(`${VERSION}\n`);
});

/** The module URLs a `kg` run resolves (the built bin, with a resolve hook that logs them). */
function modulesLoadedBy(...args: string[]): string[] {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-imports-')), 'imports.txt');
  const hook = path.join(ROOT, 'test', 'fixtures', 'record-imports.mjs');
  execFileSync(process.execPath, ['--import', hook, BIN, ...args], { encoding: 'utf8', env: { ...process.env, KG_IMPORTS_LOG: log } });
  return [...new Set(fs.readFileSync(log, 'utf8').trim().split('\n'))];
}

(fs.existsSync(BIN) ? test : test.skip)('a kg run loads only what its command uses: kg --help no library stage, kg stats no extraction', () => {
  const help = modulesLoadedBy('--help');
  expect(help).toContainEqual(expect.stringMatching(/\/dist\/cli\/commands\/report\.js$/));
  const stages = /\/dist\/(pipeline\/index|extract|graph|sinks\/(index|neo4j)|reports\/index|eval)\b|node_modules\/(graphology|neo4j-driver|chrono-node|ajv)\//;
  expect(help.filter((url) => stages.test(url))).toEqual([]);

  const graph = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-stats-')), 'graph.json');
  execFileSync(process.execPath, [BIN, 'extract', path.join(ROOT, 'corpus'), '-o', graph, '--quiet']);
  const stats = modulesLoadedBy('stats', graph);
  expect(stats).toContainEqual(expect.stringMatching(/\/dist\/graph\/index\.js$/));
  expect(stats.filter((url) => /\/dist\/(pipeline\/index|extract)\b|node_modules\/(chrono-node|neo4j-driver)\//.test(url))).toEqual([]);
});
