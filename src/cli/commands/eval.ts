// `kg eval --gold DIR [paths..] [--graph FILE]`: scores a graph against gold files (P/R/F1, dates, merging).
import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import type { GraphExport } from '../../eval/index.js';
import { ExitCode, type Io } from '../io.js';

interface Args {
  gold: string;
  paths?: string[];
  graph?: string;
  json: boolean;
  verbose: boolean;
  docs?: string;
}

export const evalCommand = (io: Io) => ({
  command: 'eval [paths..]',
  describe: 'Score extraction against gold files: P/R/F1 of entities, relations and talks; dates; merging',
  builder: (y: Argv) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'Articles to extract and score (files or folders); only the gold files of these articles count' })
      .option('gold', { type: 'string', demandOption: true, describe: 'Folder of gold files, one <article>.json per article' })
      .option('graph', { type: 'string', describe: 'Score this graph file instead of extracting; with no paths, every gold file counts' })
      .option('json', { type: 'boolean', default: false, describe: 'Print every figure as JSON' })
      .option('verbose', { type: 'boolean', default: false, describe: 'List each false positive, false negative, wrong date and unmerged entity' })
      .option('docs', { type: 'string', describe: 'Score only these articles (comma-separated names)' })
      .example('$0 eval --gold test/fixtures/gold corpus', 'what `npm run eval` runs')
      .example('$0 eval --gold my-gold --graph out/graph.json --verbose', 'score a graph built earlier, with details'),
  handler: async (argv: Args) => {
    const docs = argv.docs?.split(',').map((s) => s.trim()).filter(Boolean);
    if (docs && !docs.length) throw new UsageError('--docs: no article named');
    const paths = argv.paths ?? [];
    if (!argv.graph && !paths.length) throw new UsageError('give article paths or --graph FILE (e.g. kg eval --gold test/fixtures/gold corpus)');
    const { listArticlePaths } = await import('../../corpus/index.js');
    const { formatReport, loadGoldDir, readGraphExport, scoreGraph, selectGold } = await import('../../eval/index.js');
    const { toGraphFile } = await import('../../graph/index.js');
    const { runPipeline } = await import('../../pipeline/index.js');
    const golds = loadGoldDir(argv.gold);
    // Paths select the gold to score; without paths (--graph alone) every gold file counts.
    const articles = paths.length ? listArticlePaths(paths).files : undefined;
    const scored = selectGold(golds, { ...(docs ? { docs } : {}), ...(articles ? { articles } : {}) });
    if (!scored.length) throw new UsageError(`no gold file in ${argv.gold} belongs to the given articles`);
    let graph: GraphExport;
    let code = 0;
    if (argv.graph) graph = readGraphExport(argv.graph);
    else {
      const result = await runPipeline(paths);
      graph = toGraphFile(result.graph);
      // An article that could not be read still counts (all misses); say so rather than fail the run.
      for (const f of result.failures) io.err(`not extracted: ${f.error}\n`);
      if (result.failures.length) code = 1;
    }
    const res = scoreGraph(scored, graph);
    io.out(argv.json ? `${JSON.stringify(res, null, 2)}\n` : formatReport(res, { verbose: argv.verbose }));
    return new ExitCode(code);
  },
});
