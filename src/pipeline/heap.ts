// V8 lets the heap grow to several times what survived its last full collection before it collects again; with a
// large corpus's graph live, that slack is gigabytes of garbage. Growing by a fifth keeps the peak near the live data,
// for a few more collections.
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 20;

/** Sets V8's heap growing step for the whole process (worker threads included); the `kg` CLI does it at start-up. */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
