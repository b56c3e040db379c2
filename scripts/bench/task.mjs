// One benchmark measurement in a fresh process (so each row's peak RSS and JIT state are its own); prints one JSON line.
//   node task.mjs engine <name> <corpus-dir> <max-bytes> <seconds>   single-thread text throughput of one engine
//   node task.mjs pipeline <corpus-dir> <workers>                    runPipeline end to end, with progress on stderr
//   node task.mjs split <corpus-dir> <parts>                         <parts> processes at once, each slice on its part
//   node task.mjs slice <corpus-dir> <part> <parts>                  runPipeline on one thread over one part of the files
//   node task.mjs graph <articles>                                   GraphBuilder over synthetic records
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createProgress } from '../../dist/cli/progress.js';
import { assertRecord, GRAPH_FORMATS, GraphBuilder, limitHeapGrowth, listArticlePaths, parseArticle, prepareForWriting, processArticle, runPipeline, writeGraphFiles } from '../../dist/index.js';
import { peakRss } from './measure.mjs';
import { syntheticRecord } from './records.mjs';

const require = createRequire(import.meta.url);

/** The engines compared on the same text. Each returns a count so the work cannot be optimised away. */
const ENGINES = {
  regex: () => (article) => article.text.match(/\p{L}+/gu)?.length ?? 0,
  kg: () => (article) => {
    const r = processArticle(article);
    return r.entities.length + r.relations.length;
  },
  wink: () => {
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    return (article) => nlp.readDoc(article.text).entities().out().length;
  },
  compromise: () => {
    const nlp = require('compromise');
    return (article) => nlp(article.text).topics().out('array').length;
  },
};

/** Engines whose result for a text does not depend on the texts before it. */
const STATELESS = new Set(['regex']);

const WARM_UP_MS = 2000;

/** Reads articles in file order until `maxBytes` of text, parsed as the pipeline parses them. */
function loadArticles(dir, maxBytes) {
  const out = [];
  let bytes = 0;
  for (const file of listArticlePaths([dir]).files) {
    if (bytes >= maxBytes) break;
    const raw = fs.readFileSync(file);
    out.push({ article: parseArticle(file, raw), bytes: raw.length });
    bytes += raw.length;
  }
  return out;
}

function engine(name, dir, maxBytes, seconds) {
  // V8's heap step as every kg command sets it, for every engine: left at V8's default, when a full collection fell
  // decided whether a run's peak was 150 or 275 MB (the heap grew from 36 to 178 MB before the next one).
  limitHeapGrowth();
  const articles = loadArticles(dir, Number(maxBytes));
  const t0 = performance.now();
  const run = ENGINES[name]();
  const loadMs = performance.now() - t0;
  // Warm-up, the same for every engine: the first half of the articles, for at most WARM_UP_MS, so the JIT has compiled
  // the hot path (kg's takes a second or two on this VM: measured from the start, the run was mostly JIT warm-up,
  // which a long corpus never sees). The measured run goes on from there, over articles (and person names) the
  // engine has not seen: a first pass.
  const warm = performance.now();
  let first = 0;
  while (first < articles.length / 2 && performance.now() - warm < WARM_UP_MS) run(articles[first++].article);
  const budget = Number(seconds) * 1000;
  let bytes = 0;
  let done = 0;
  let sink = 0;
  const unseen = articles.slice(first);
  const start = performance.now();
  // An engine that keeps nothing from one text to the next goes round the unseen articles again until the budget is
  // spent: the regex floor got through them in a tenth of a second, and whether a collection fell in that tenth moved
  // its figure between 23 and 37 MB/s.
  do {
    for (const { article, bytes: b } of unseen) {
      sink += run(article);
      bytes += b;
      done++;
      if (performance.now() - start > budget) break;
    }
  } while (STATELESS.has(name) && performance.now() - start <= budget);
  const ms = performance.now() - start;
  return { name, bytes, articles: done, seconds: ms / 1000, loadSeconds: loadMs / 1000, sink, rss: peakRss() };
}

/**
 * The sha256 of a file, read 1 MB at a time: reading graph.json whole set the run's peak RSS (857 MB at 128 MB of
 * articles, where the pipeline itself peaks near 370 MB), and at 1 GB of articles it is 4 GB, more than one read allows.
 */
function fileDigest(file) {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n; (n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** What `kg build` does: the pipeline, then graph.json, graph.gexf and graph.graphml streamed to a temp folder in one pass. */
async function pipeline(dir, workers) {
  limitHeapGrowth();
  const progress = createProgress({ write: (s) => process.stderr.write(s), isTTY: !!process.stderr.isTTY });
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await runPipeline([dir], { workers: Number(workers), onProgress: progress.update });
  const ms = performance.now() - start;
  // CPU of all the process's threads (JS, workers, V8's compiler and GC helpers): how many cores the run kept busy.
  const cpu = process.cpuUsage(cpuBefore);
  progress.end();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-out-'));
  try {
    prepareForWriting();
    const written = performance.now();
    const files = GRAPH_FORMATS.map((f) => ({ path: path.join(out, `graph.${f}`), format: f }));
    writeGraphFiles(result.compact, files);
    const writeMs = performance.now() - written;
    const digest = fileDigest(files[0].path);
    const outputBytes = files.reduce((n, f) => n + fs.statSync(f.path).size, 0);
    const { order: nodes, size: edges } = result.compact;
    return { workers: result.threads, bytes: result.bytes, articles: result.articles, failures: result.failures.length, seconds: ms / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, writeSeconds: writeMs / 1000, outputBytes, nodes, edges, digest, rss: peakRss() };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const now = () => performance.timeOrigin + performance.now();

/** runPipeline on one thread over the `part`-th of `parts` runs of consecutive files (a graph of its own). */
async function slice(dir, part, parts) {
  limitHeapGrowth();
  const files = listArticlePaths([dir]).files;
  const size = Math.ceil(files.length / Number(parts));
  const mine = files.slice(Number(part) * size, (Number(part) + 1) * size);
  const startedAt = now();
  const cpuBefore = process.cpuUsage();
  const result = await runPipeline(mine, { workers: 1 });
  const cpu = process.cpuUsage(cpuBefore);
  return { startedAt, endedAt: now(), bytes: result.bytes, articles: result.articles, cpuSeconds: (cpu.user + cpu.system) / 1e6, rss: peakRss() };
}

/**
 * The ceiling for `parts` threads: `parts` processes started together, each running slice() on its part into a graph
 * of its own, timed from the first one's start to the last one's end. No pipeline of `parts` threads building one graph
 * can beat it: each process pays its own JIT warm-up, as each worker thread does, and folds and finishes only its share
 * of the graph (which costs less than that share of the whole: at 256 MB and more the ceiling passed `parts`x).
 */
async function split(dir, parts) {
  const self = fileURLToPath(import.meta.url);
  const part = (i) => new Promise((resolve, reject) => {
    execFile(process.execPath, [self, 'slice', dir, String(i), String(parts)], (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout.trim().split('\n').at(-1)))));
  });
  const runs = await Promise.all(Array.from({ length: Number(parts) }, (_, i) => part(i)));
  const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
  const seconds = (Math.max(...runs.map((r) => r.endedAt)) - Math.min(...runs.map((r) => r.startedAt))) / 1000;
  return { processes: runs.length, bytes: sum('bytes'), articles: sum('articles'), seconds, cpuSeconds: sum('cpuSeconds'), rss: Math.max(...runs.map((r) => r.rss)) };
}

function graph(articles) {
  const n = Number(articles);
  for (let i = 0; i < Math.min(n, 100); i++) assertRecord(syntheticRecord(i, n), `synthetic record ${i}`);
  const builder = new GraphBuilder();
  let mentions = 0;
  let addMs = 0;
  for (let i = 0; i < n; i++) {
    const record = syntheticRecord(i, n);
    mentions += record.mentions.length;
    const t = performance.now();
    builder.add(record);
    addMs += performance.now() - t;
  }
  const t = performance.now();
  const g = builder.finish();
  const finishMs = performance.now() - t;
  return { articles: n, mentions, addSeconds: addMs / 1000, finishSeconds: finishMs / 1000, nodes: g.order, edges: g.size, rss: peakRss() };
}

const [task, ...args] = process.argv.slice(2);
const tasks = { engine, pipeline, split, slice, graph };
if (!tasks[task]) throw new Error(`bench task: unknown task ${task} (${Object.keys(tasks).join(', ')})`);
process.stdout.write(`${JSON.stringify(await tasks[task](...args))}\n`);
