// `kg extract <paths..>`: articles -> graph (json, gexf, graphml) or validated records, to a file or stdout.
import type { Argv } from 'yargs';
import { prepareForWriting } from '../../pipeline/heap.js';
import { GRAPH_FORMATS, type GraphFormat } from '../../sinks/formats.js';
import { writeFilesAtomic } from '../../sinks/write.js';
import { ExitCode, type Io } from '../io.js';
import { PIPELINE_OPTIONS, progressFor } from '../progress.js';

interface Args {
  paths: string[];
  output?: string;
  format: GraphFormat | 'records';
  strict: boolean;
  quiet: boolean;
  workers?: number;
  progress: boolean;
}

export const extractCommand = (io: Io) => ({
  command: 'extract <paths..>',
  describe: 'Extract articles (files or folders of *.txt) into a graph or extraction records',
  builder: (y: Argv) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (every *.txt under them, sorted)' })
      .option('output', { alias: 'o', type: 'string', describe: 'Output file (default: stdout)' })
      .option('format', { alias: 'f', choices: [...GRAPH_FORMATS, 'records'] as const, default: 'json' as const, describe: 'graph json (graphology export), gexf, graphml, or the per-article records' })
      .option('strict', { type: 'boolean', default: false, describe: 'Stop at the first bad article (default: skip it, list it, exit 1)' })
      .option('keep-going', { type: 'boolean', default: true, describe: 'Skip bad articles and go on (the default; --strict turns it off)' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No summary or progress on stderr' })
      .options(PIPELINE_OPTIONS)
      .example('$0 extract corpus -o out/graph.json', 'graph of every article under corpus/')
      .example('$0 extract a.txt b.txt --format gexf -o g.gexf', 'two articles to GEXF for Gephi')
      .example('$0 extract big-corpus --workers 4 -o graph.json', 'four extraction threads'),
  handler: async (argv: Args) => {
    const { runPipeline } = await import('../../pipeline/index.js');
    const { formatSummary } = await import('../../pipeline/summary.js');
    const { graphChunks } = await import('../../sinks/index.js');
    const progress = progressFor(io, argv.progress && !argv.quiet);
    const result = await runPipeline(argv.paths, { strict: argv.strict, keepRecords: argv.format === 'records', workers: argv.workers, onProgress: progress?.update }).finally(() => progress?.end());
    prepareForWriting();
    const content = argv.format === 'records' ? [`${JSON.stringify(result.records, null, 1)}\n`] : graphChunks(result.compact, argv.format);
    if (argv.output) writeFilesAtomic([{ path: argv.output, content }]);
    else for (const chunk of content) io.out(chunk);
    result.compact.close();
    if (!argv.quiet) io.err(formatSummary(result, argv.output ? [argv.output] : []));
    return new ExitCode(result.failures.length ? 1 : 0);
  },
});
