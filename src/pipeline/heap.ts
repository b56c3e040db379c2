// V8 lets the heap grow to several times what survived its last full collection before it collects again; with a
// large corpus's graph live, that slack is gigabytes of garbage. Growing by 40% steps keeps the peak near the live data
// for about 5% more CPU time (1 GB bench corpus, extraction and finish: peak 2.03 GB by default, 1.38 GB at 40%,
// 1.21 GB at 20% for 20% more CPU).
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

export const HEAP_GROWING_PERCENT = 40;
/**
 * The step while the graph files are written: the graph is then all that stays live (about 1.2 GB after a 1 GB corpus),
 * but a big node's text (a country's evidence from every article, in each format) is allocated straight into the old
 * generation, and the step bounds that garbage. At 40% a 1 GB build peaked at 1,513,916 kB; at 20% at 1.36 GB in one
 * run and 1.51 GB in another; at 10% the peak is the graph itself as writing starts (1.36 and 1.38 GB, one and two
 * threads), and writing took 171 s against 164 s at 20%.
 */
export const WRITING_HEAP_GROWING_PERCENT = 10;

/** Sets V8's heap growing step for the whole process (worker threads included); the `kg` CLI does it at start-up. */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * Before the graph files are written: the writing step, and one full collection now, so that the step is taken from
 * the graph alone and not from the pipeline's garbage (more of it after a run on several threads). `gc` is exposed to
 * a new context only; the flag is set for that.
 */
export function prepareForWriting(): void {
  limitHeapGrowth(WRITING_HEAP_GROWING_PERCENT);
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
