#!/usr/bin/env node
// Entry point of the `kg` executable.
import { limitHeapGrowth } from '../pipeline/heap.js';
import { run } from './run.js';

limitHeapGrowth();

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kg: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
