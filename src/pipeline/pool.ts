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

/** A worker's answer: the outcomes of a job's files, or the stack of an unexpected error (a bug, not a bad article). */
export type Reply = { seq: number; outcomes: Outcome[] } | { seq: number; fatal: string };

/** Files per message: one message per article costs as much as extracting a short one, so they travel in batches. */
const BATCH = 8;
/** Files in flight per thread: enough to keep a worker busy while the main thread folds, few enough to bound memory. */
const DEPTH = 4 * BATCH;

/**
 * The compiled worker. Found from the package root, so the TypeScript sources (under jest) use the built file too;
 * workers always run compiled JavaScript.
 */
export const WORKER_FILE = packagePath('dist', 'pipeline', 'worker.js');

/** Outcomes of the files in order, computed in this thread. */
export function* processInThread(files: readonly string[]): Generator<Outcome> {
  for (const file of files) yield processFile(file);
}

/**
 * Outcomes of the files in order, computed on `threads` worker threads. At most `threads * DEPTH` files are between
 * dispatch and the consumer, so memory stays bounded whatever the corpus size; a slow article holds back only the
 * outcomes queued behind it (the reorder buffer), never the order. Workers stop when the consumer stops iterating.
 */
export async function* processOnWorkers(files: readonly string[], threads: number): AsyncGenerator<Outcome> {
  const window = threads * DEPTH;
  const ready = new Map<number, Outcome>();
  const load = new Array<number>(threads).fill(0);
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let closing = false;
  const workers = Array.from({ length: threads }, (_, i) => {
    const w = new Worker(WORKER_FILE);
    w.on('message', (m: Reply) => {
      load[i]!--;
      if ('fatal' in m) failure ??= new Error(`kg/pipeline: worker failed on a file from ${files[m.seq]}: ${m.fatal}`);
      else m.outcomes.forEach((o, k) => ready.set(m.seq + k, o));
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
  const dispatch = (): void => {
    while (sent < files.length && sent - head < window) {
      const w = load.indexOf(Math.min(...load));
      const batch = files.slice(sent, Math.min(sent + BATCH, head + window));
      load[w]!++;
      workers[w]!.postMessage({ seq: sent, files: batch } satisfies Job);
      sent += batch.length;
    }
  };
  try {
    dispatch();
    while (head < files.length) {
      let outcome = ready.get(head);
      while (!outcome) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
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
