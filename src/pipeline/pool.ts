// Runs processFile over many files on worker threads and hands the outcomes back in file order, with bounded memory.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../paths.js';
import { processFile, type Outcome } from './article.js';

/** Consecutive files sent to a worker in one message; `seq` is the first one's position in the file list. */
export interface Job {
  seq: number;
  files: string[];
}

/**
 * Outcomes as they cross the thread boundary: each evidence sentence is an index into `sentences`. A record repeats
 * its sentences in the evidence of every entity and relation (several times the article's own size), and cloning
 * those copies was a large part of what the folding thread spent per article.
 */
export interface Packed {
  outcomes: Outcome[];
  sentences: string[];
}

/** A worker's answer: the packed outcomes of a job's files, or the stack of an unexpected error (a bug, not a bad article). */
export type Reply = { seq: number; packed: Packed } | { seq: number; fatal: string } | { ready: true };

type Sentenced = { evidence: { sentence: string | number } };

/** What a worker is started with. */
export interface WorkerOptions {
  /** Send each record's mentions back; the graph does not read them, and they are a third of a record's clone. */
  mentions: boolean;
}

/**
 * Replaces evidence sentences by indexes into one shared table, and drops mentions unless asked for (in place: the
 * outcomes are about to be cloned).
 */
export function pack(outcomes: Outcome[], options: WorkerOptions): Packed {
  const sentences: string[] = [];
  const index = new Map<string, number>();
  const swap = (item: Sentenced): void => {
    const s = item.evidence.sentence as string;
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = sentences.push(s) - 1));
    item.evidence.sentence = i;
  };
  for (const o of outcomes) {
    if (!o.record) continue;
    for (const e of o.record.entities) swap(e as Sentenced);
    for (const r of o.record.relations) swap(r as Sentenced);
    if (!options.mentions) o.record.mentions = [];
  }
  return { outcomes, sentences };
}

/** Puts the sentences back into the evidence (the property keeps its place, so serialised output is unchanged). */
export function unpack({ outcomes, sentences }: Packed): Outcome[] {
  const restore = (item: Sentenced): void => void (item.evidence.sentence = sentences[item.evidence.sentence as number]!);
  for (const o of outcomes) {
    if (!o.record) continue;
    for (const e of o.record.entities) restore(e as Sentenced);
    for (const r of o.record.relations) restore(r as Sentenced);
  }
  return outcomes;
}

/** Files per message: one message per article costs as much as extracting a short one, so they travel in batches. */
const BATCH = 8;
/** Files queued on a worker: enough to keep it busy between two visits of the calling thread to the event loop. */
const DEPTH = 2 * BATCH;
/**
 * Files between dispatch and the consumer, per thread: the reorder buffer's bound. Wide, because a worker is slow for
 * its first second or so (loading, then unoptimised code): with a narrow window the calling thread soon stood waiting
 * for the worker's files at the head of the order instead of extracting further ahead.
 */
const WINDOW = 128;

/**
 * The compiled worker. Found from the package root, so the TypeScript sources (under jest) use the built file too;
 * workers always run compiled JavaScript.
 */
export const WORKER_FILE = packagePath('dist', 'pipeline', 'worker.js');

/** Outcomes of the files in order, computed in this thread. */
export function* processInThread(files: readonly string[]): Generator<Outcome> {
  for (const file of files) yield processFile(file);
}

/** Lets queued worker messages in between two articles extracted on this thread. */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Outcomes of the files in order, computed on `threads` threads: this one and `threads - 1` workers. The calling
 * thread extracts too rather than only folding: folding takes a fraction of a core, and with a worker per core the
 * threads outnumbered the cores (on 2 cores, 2 workers and the folding thread ran no faster than 1 thread). Workers
 * get the next files first, in batches; this thread takes a file itself whenever the next outcome is not ready.
 * At most `threads * WINDOW` files are between dispatch and the consumer, so memory stays bounded whatever the corpus
 * size; a slow article holds back only the outcomes queued behind it (the reorder buffer), never the order. Workers
 * stop when the consumer stops iterating.
 */
export async function* processOnWorkers(files: readonly string[], threads: number, options: WorkerOptions): AsyncGenerator<Outcome> {
  const window = threads * WINDOW;
  const ready = new Map<number, Outcome>();
  // A worker takes a second or so to load and warm up; until it says it is ready, this thread extracts in its place
  // (files queued on a starting worker used to hold back the head of the order).
  const load = new Array<number>(threads - 1).fill(Infinity);
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let closing = false;
  const workers = load.map((_, i) => {
    const w = new Worker(WORKER_FILE, { workerData: options });
    w.on('message', (m: Reply) => {
      if ('ready' in m) {
        load[i] = 0;
        dispatch();
      } else if ('fatal' in m) failure ??= new Error(`kg/pipeline: worker failed on a file from ${files[m.seq]}: ${m.fatal}`);
      else {
        load[i]! -= m.packed.outcomes.length;
        unpack(m.packed).forEach((o, k) => ready.set(m.seq + k, o));
      }
      wake?.();
    });
    w.on('error', (e) => {
      failure ??= e;
      wake?.();
    });
    w.on('exit', (code) => {
      if (!closing) failure ??= new Error(`kg/pipeline: worker thread exited early (code ${code})`);
      wake?.();
    });
    return w;
  });
  let sent = 0;
  let head = 0;
  const room = (): number => Math.min(files.length, head + window) - sent;
  const dispatch = (): void => {
    for (;;) {
      const w = load.indexOf(Math.min(...load));
      // A starting worker's Infinity leaves -Infinity: nothing to send.
      const size = Math.min(BATCH, DEPTH - load[w]!, room());
      if (size <= 0) return;
      load[w]! += size;
      workers[w]!.postMessage({ seq: sent, files: files.slice(sent, sent + size) } satisfies Job);
      sent += size;
    }
  };
  try {
    dispatch();
    while (head < files.length) {
      let outcome = ready.get(head);
      while (!outcome) {
        if (failure) throw failure;
        if (room() > 0) {
          // The workers are full: extract the next file here instead of waiting.
          ready.set(sent, processFile(files[sent]!));
          sent++;
          await yieldToEvents();
          dispatch();
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
        outcome = ready.get(head);
      }
      ready.delete(head);
      head++;
      dispatch();
      yield outcome;
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Whether the compiled worker exists (it does once `npm run build` ran; a source checkout may lack it). */
export function workersAvailable(): boolean {
  return fs.existsSync(WORKER_FILE);
}
