// Worker-thread entry (run as dist/pipeline/worker.js): processes each batch of files it is sent and posts the outcomes back.
import { parentPort } from 'node:worker_threads';
import { processFile } from './article.js';
import { pack, type Job, type Reply } from './pool.js';

const port = parentPort;
if (!port) throw new Error('kg/pipeline: worker.js runs inside a worker thread only');
port.on('message', ({ seq, files }: Job) => {
  let reply: Reply;
  try {
    reply = { seq, packed: pack(files.map(processFile)) };
  } catch (e) {
    reply = { seq, fatal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
// Loaded (modules, lexicon on first use): the pool starts sending files now.
port.postMessage({ ready: true } satisfies Reply);
