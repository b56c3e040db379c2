// Wires the stages for a corpus: read -> extract -> validate -> fold into the graph, streaming one article at a time.
import os from 'node:os';
import { listArticlePaths } from '../corpus/index.js';
import { KgError, UsageError } from '../errors.js';
import { GraphBuilder, type CompactGraph, type KnowledgeGraph } from '../graph/index.js';
import type { ExtractionRecord } from '../schema/index.js';
import type { Outcome } from './article.js';
import { processInThread, processOnWorkers, WORKER_FILE, workersAvailable } from './pool.js';

export { processArticle, processFile, type Outcome } from './article.js';

/** An article that did not make it into the graph, and why (one line). */
export interface Failure {
  file: string;
  error: string;
}

/** Running counts after each article, in article order. */
export interface Progress {
  done: number;
  total: number;
  /** UTF-8 bytes of the articles read so far. */
  bytes: number;
  file: string;
}

export interface PipelineOptions {
  /** Stop at the first bad article instead of skipping it. */
  strict?: boolean;
  /** Keep every validated record in the result (for `--format records` and tests). */
  keepRecords?: boolean;
  /**
   * Threads that read, extract and validate: the calling thread and `workers - 1` worker threads (the graph is folded
   * on the calling thread, in article order, so the output does not depend on this). Default: the number of cores, but
   * one thread per 4000 articles at most, since a worker takes a second or two to load and for its JIT to warm up,
   * the time a thousand articles or more take, while competing for the cores with the thread already warm (on 2 cores,
   * 2 threads took 0.67-0.86x of one thread's speed on 2,201 articles, 0.98-1.23x on 8,767, 1.6x on 35,100).
   * 1 runs everything on the calling thread.
   */
  workers?: number;
  /** Called after each article with running counts. */
  onProgress?: (p: Progress) => void;
}

export interface PipelineResult {
  /** The finished graph in compact form; the sinks stream it to files with bounded memory. */
  compact: CompactGraph;
  /** The graph in graphology, built from `compact` on first access (its memory grows with the graph). */
  readonly graph: KnowledgeGraph;
  /** Articles that were read, extracted, validated and added. */
  articles: number;
  /** UTF-8 bytes of the articles read. */
  bytes: number;
  /** Threads that extracted (1: the calling thread). */
  threads: number;
  failures: Failure[];
  warnings: string[];
  records: ExtractionRecord[];
}

/** Raised in strict mode at the first bad article. */
export class StrictStop extends KgError {
  constructor(readonly failure: Failure) {
    super('pipeline', `stopped at the first bad article (--strict): ${failure.error}`);
  }
}

const ARTICLES_PER_WORKER = 4000;

/** Worker threads to start for `files` articles when the caller asked for `requested` (undefined: automatic). */
export function threadCount(files: number, requested?: number): number {
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1)) throw new UsageError(`--workers must be a whole number >= 1 (got ${requested})`);
  const wanted = requested ?? Math.min(os.availableParallelism(), Math.ceil(files / ARTICLES_PER_WORKER));
  return Math.max(1, Math.min(wanted, files));
}

/**
 * Builds the graph from files and folders (see listArticlePaths). Articles stream through: each is read, extracted,
 * validated (on worker threads when there are several) and folded into the graph in file order, so only the graph
 * and a bounded window of articles are in memory, and the result is the same for any number of workers.
 * Bad articles are skipped and reported.
 */
export async function runPipeline(paths: string[], options: PipelineOptions = {}): Promise<PipelineResult> {
  const { files, problems } = listArticlePaths(paths);
  const failures: Failure[] = problems.map((p) => ({ file: p.file, error: p.error }));
  if (options.strict && failures.length) throw new StrictStop(failures[0]!);
  const warnings: string[] = [];
  let threads = threadCount(files.length, options.workers);
  if (threads > 1 && !workersAvailable()) {
    warnings.push(`kg/pipeline: ${WORKER_FILE} is missing (run npm run build); extracted on one thread instead of ${threads}`);
    threads = 1;
  }
  const records: ExtractionRecord[] = [];
  const builder = new GraphBuilder();
  /** Article id -> index in `files` of the file that gave it (an index, not a second copy of the path). */
  const seen = new Map<string, number>();
  let articles = 0;
  let bytes = 0;
  let done = 0;
  /** Folds one outcome; returns the failure it stands for, if any. */
  const fold = (o: Outcome): Failure | undefined => {
    if (o.id === undefined) return { file: o.file, error: o.error! };
    const earlier = seen.get(o.id);
    if (earlier !== undefined) return { file: o.file, error: new KgError('corpus', `${o.file}: same file name as ${files[earlier]} (evidence names articles by file name)`).message };
    seen.set(o.id, done);
    warnings.push(...o.warnings);
    bytes += o.bytes;
    if (o.error !== undefined) return { file: o.file, error: o.error };
    builder.add(o.record!);
    if (options.keepRecords) records.push(o.record!);
    articles++;
    return undefined;
  };
  for await (const outcome of threads > 1 ? processOnWorkers(files, threads, { mentions: !!options.keepRecords }) : processInThread(files)) {
    const failure = fold(outcome);
    if (failure) {
      if (options.strict) throw new StrictStop(failure);
      failures.push(failure);
    }
    options.onProgress?.({ done: ++done, total: files.length, bytes, file: outcome.file });
  }
  const compact = builder.finish();
  let graph: KnowledgeGraph | undefined;
  return {
    compact,
    get graph() {
      return (graph ??= compact.toGraphology());
    },
    articles,
    bytes,
    threads,
    failures,
    warnings,
    records,
  };
}
