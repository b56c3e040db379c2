// Parallel extraction: any number of worker threads gives the same bytes, failures and order as one thread.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPipeline, StrictStop, threadCount } from '../../src/pipeline/index.js';
import { WORKER_FILE } from '../../src/pipeline/pool.js';
import { serializeGraph } from '../../src/sinks/index.js';
import { packagePath } from '../../src/paths.js';

const CORPUS = packagePath('corpus');
const seedFiles = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

/** A temp corpus: the seed articles, several copies under different names, and bad files in between. */
function mixedCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-pipeline-'));
  for (let copy = 0; copy < 8; copy++) {
    const sub = path.join(dir, `part${copy}`);
    fs.mkdirSync(sub);
    for (const f of seedFiles) fs.copyFileSync(path.join(CORPUS, f), path.join(sub, `c${copy}_${f}`));
  }
  fs.writeFileSync(path.join(dir, 'part2', 'c2_001a_binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
  fs.writeFileSync(path.join(dir, 'part5', 'c5_000a_empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'part6', 'c6_003a_latin1.txt'), Buffer.from([0x48, 0xe9, 0x20, 0x6c, 0x61]));
  fs.copyFileSync(path.join(CORPUS, seedFiles[0]!), path.join(dir, 'part7', `c0_${seedFiles[0]}`));
  return dir;
}

describe('runPipeline with worker threads', () => {
  beforeAll(() => {
    // Workers run the compiled module; `npm test` builds first (pretest).
    expect(fs.existsSync(WORKER_FILE)).toBe(true);
  });

  test('two workers give byte-identical graph and records on the seed corpus', async () => {
    const one = await runPipeline([CORPUS], { workers: 1, keepRecords: true });
    const two = await runPipeline([CORPUS], { workers: 2, keepRecords: true });
    expect(one.threads).toBe(1);
    expect(two.threads).toBe(2);
    expect(two.articles).toBe(seedFiles.length);
    expect(two.bytes).toBe(seedFiles.reduce((n, f) => n + fs.statSync(path.join(CORPUS, f)).size, 0));
    for (const format of ['json', 'gexf', 'graphml'] as const) expect(serializeGraph(two.graph, format)).toBe(serializeGraph(one.graph, format));
    expect(JSON.stringify(two.records)).toBe(JSON.stringify(one.records));
    expect(two.warnings).toEqual(one.warnings);
  });

  test('bad articles are reported in file order, the same for 1, 2 and 3 workers', async () => {
    const dir = mixedCorpus();
    try {
      const runs = await Promise.all([1, 2, 3].map((workers) => runPipeline([dir], { workers, keepRecords: true })));
      const [one, ...others] = runs;
      expect(one!.failures.map((f) => path.relative(dir, f.file))).toEqual([
        path.join('part2', 'c2_001a_binary.txt'),
        path.join('part5', 'c5_000a_empty.txt'),
        path.join('part6', 'c6_003a_latin1.txt'),
        path.join('part7', `c0_${seedFiles[0]}`),
      ]);
      expect(one!.failures[1]!.error).toMatch(/^kg\/corpus: .*c5_000a_empty\.txt: empty file$/);
      expect(one!.failures[3]!.error).toMatch(/same file name as .*part0/);
      expect(one!.articles).toBe(8 * seedFiles.length);
      for (const r of others) {
        expect(r.failures).toEqual(one!.failures);
        expect(r.warnings).toEqual(one!.warnings);
        expect(r.articles).toBe(one!.articles);
        expect(serializeGraph(r.graph, 'json')).toBe(serializeGraph(one!.graph, 'json'));
        expect(JSON.stringify(r.records)).toBe(JSON.stringify(one!.records));
      }
      // The progress callback sees every file once, in order, whatever the thread count.
      const seen: string[] = [];
      await runPipeline([dir], { workers: 2, onProgress: (p) => seen.push(path.basename(p.file)) });
      expect(seen).toHaveLength(8 * seedFiles.length + 4);
      expect(seen.indexOf('c2_001a_binary.txt')).toBe(2 * seedFiles.length + 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--strict stops at the first bad article in file order, with workers too', async () => {
    const dir = mixedCorpus();
    try {
      for (const workers of [1, 2]) {
        const run = runPipeline([dir], { workers, strict: true });
        await expect(run).rejects.toBeInstanceOf(StrictStop);
        await expect(run).rejects.toThrow(/c2_001a_binary\.txt: binary file/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('thread count: automatic for small inputs, exact when asked, never more than the articles', () => {
    expect(threadCount(5)).toBe(1);
    expect(threadCount(5, 2)).toBe(2);
    expect(threadCount(1, 4)).toBe(1);
    // A few thousand articles are over before a worker has warmed up: one thread.
    expect(threadCount(2201)).toBe(1);
    expect(threadCount(1_000_000)).toBe(os.availableParallelism());
    expect(() => threadCount(5, 0)).toThrow(/--workers must be a whole number >= 1/);
    expect(() => threadCount(5, 1.5)).toThrow(/--workers/);
  });
});

describe('kg extract --workers (the built CLI in a child process)', () => {
  const bin = packagePath('dist', 'cli', 'bin.js');
  const extract = (...args: string[]): string => execFileSync(process.execPath, [bin, 'extract', CORPUS, '--quiet', ...args], { encoding: 'utf8' });

  test('stdout is byte-identical for --workers 1 and --workers 2, in every format', () => {
    for (const format of ['json', 'records']) {
      const one = extract('--workers', '1', '--format', format);
      expect(one.length).toBeGreaterThan(50);
      expect(extract('--workers', '2', '--format', format)).toBe(one);
    }
  });

  // Needs the real extractor (src/extract): skipped while it is the placeholder that returns empty records.
  test('seed-corpus facts survive parallel extraction [needs the real extractor]', async () => {
    const graph = (await runPipeline([CORPUS], { workers: 2 })).graph;
    if (graph.order === 0) return void console.warn('skipped: src/extract is still the placeholder (empty records)');
    expect(graph.hasNode('person:to-lam')).toBe(true);
    expect(graph.getNodeAttribute('person:to-lam', 'evidence').map((e) => e.doc)).toContain('001_c67236414fa3b35e.txt');
    expect(graph.hasNode('country:cub')).toBe(true);
    const types = new Set(graph.mapEdges((_k, a) => a.type));
    for (const t of ['CONGRATULATED', 'PARTICIPATED_IN', 'VISITED', 'INVITED']) expect(types.has(t as never)).toBe(true);
  });
});
