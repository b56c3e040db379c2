// Worker-thread entry (run as dist/pipeline/worker.js): processes each batch of files it is sent and posts the outcomes back.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './article.js';
import { pack, type Job, type Reply, type WorkerOptions } from './pool.js';

const port = parentPort;
if (!port) throw new Error('kg/pipeline: worker.js runs inside a worker thread only');
const options = workerData as WorkerOptions;
port.on('message', ({ seq, files }: Job) => {
  let reply: Reply;
  try {
    reply = { seq, packed: pack(files.map(processFile), options) };
  } catch (e) {
    reply = { seq, fatal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
// Loaded (modules, lexicon on first use): the pool starts sending files now.
port.postMessage({ ready: true } satisfies Reply);
