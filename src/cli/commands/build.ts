// `kg build <paths..>`: the quick-start build: graph.json, graph.gexf and graph.graphml in one folder, and a summary.
import path from 'node:path';
import type { Argv } from 'yargs';
import { prepareForWriting } from '../../pipeline/heap.js';
import { GRAPH_FORMATS } from '../../sinks/formats.js';
import { ExitCode, type Io } from '../io.js';
import { PIPELINE_OPTIONS, progressFor } from '../progress.js';

export const buildCommand = (io: Io) => ({
  command: 'build <paths..>',
  describe: 'Build the graph from articles and write graph.json, graph.gexf and graph.graphml to a folder',
  builder: (y: Argv) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders' })
      .option('out-dir', { alias: 'd', type: 'string', default: 'out', describe: 'Folder for the three graph files' })
      .option('strict', { type: 'boolean', default: false, describe: 'Stop at the first bad article' })
      .options(PIPELINE_OPTIONS)
      .example('$0 build corpus --out-dir out', 'what `npm start` runs'),
  handler: async (argv: { paths: string[]; outDir: string; strict: boolean; workers?: number; progress: boolean }) => {
    const { runPipeline } = await import('../../pipeline/index.js');
    const { formatSummary } = await import('../../pipeline/summary.js');
    const { writeGraphFiles } = await import('../../sinks/index.js');
    const progress = progressFor(io, argv.progress);
    const result = await runPipeline(argv.paths, { strict: argv.strict, workers: argv.workers, onProgress: progress?.update }).finally(() => progress?.end());
    const ext: Record<(typeof GRAPH_FORMATS)[number], string> = { json: 'json', gexf: 'gexf', graphml: 'graphml' };
    // Streamed from the compact graph in one pass for the three files: memory stays bounded whatever the size of the
    // graph and its files.
    const files = GRAPH_FORMATS.map((f) => ({ path: path.join(argv.outDir, `graph.${ext[f]}`), format: f }));
    prepareForWriting();
    writeGraphFiles(result.compact, files);
    result.compact.close();
    io.err(formatSummary(result, files.map((f) => f.path)));
    return new ExitCode(result.failures.length ? 1 : 0);
  },
});
