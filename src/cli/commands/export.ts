// `kg export cypher|neo4j-import`: the Neo4j load as a cypher-shell script, or as CSVs for neo4j-admin bulk import.
import path from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { writeFilesAtomic } from '../../sinks/write.js';
import { ExitCode, type Io } from '../io.js';

interface ExportArgs {
  format: 'cypher' | 'neo4j-import';
  paths?: string[];
  graph?: string;
  output?: string;
  batch: number;
}

export const exportCommand = (io: Io) => ({
  command: 'export <format> [paths..]',
  describe: 'Write the Neo4j load as a Cypher script (cypher) or as neo4j-admin import CSVs (neo4j-import)',
  builder: (y: Argv) =>
    y
      .positional('format', { choices: ['cypher', 'neo4j-import'] as const, describe: 'cypher: one script for cypher-shell; neo4j-import: a folder of CSVs' })
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (or use --graph)' })
      .option('graph', { alias: 'g', type: 'string', describe: 'A graph JSON file instead of articles' })
      .option('output', { alias: 'o', type: 'string', describe: 'cypher: the script file (default: standard output); neo4j-import: the folder (default out/neo4j-import)' })
      .option('batch', { type: 'number', default: 1000, describe: 'cypher: rows per statement' })
      .example('$0 export cypher --graph out/graph.json -o out/load.cypher', 'then: cypher-shell -f out/load.cypher')
      .example('$0 export neo4j-import --graph out/graph.json -o out/neo4j-import', 'then: sh out/neo4j-import/import.sh'),
  handler: async (argv: ExportArgs) => {
    if (!Number.isInteger(argv.batch) || argv.batch < 1) throw new UsageError(`--batch must be a positive integer, got ${argv.batch}`);
    const { buildRows, countRows, cypherScript, importFiles } = await import('../../sinks/neo4j/index.js');
    const { loadGraph } = await import('../graph-input.js');
    const rows = buildRows(await loadGraph(argv));
    const n = countRows(rows);
    const counts = `${n.nodes} nodes, ${n.articles} articles, ${n.relations} relationships, ${n.mentions} mentions`;
    if (argv.format === 'cypher') {
      const script = cypherScript(rows, argv.batch);
      if (!argv.output) {
        io.out(script);
        return new ExitCode(0);
      }
      writeFilesAtomic([{ path: argv.output, content: script }]);
      io.err(`wrote ${argv.output} (${counts}); run: cypher-shell -f ${argv.output}\n`);
      return new ExitCode(0);
    }
    const dir = argv.output ?? path.join('out', 'neo4j-import');
    const files = importFiles(rows).map((f) => ({ path: path.join(dir, f.name), content: f.content }));
    writeFilesAtomic(files);
    io.err(`wrote ${files.map((f) => f.path).join(', ')} (${counts}); run: sh ${path.join(dir, 'import.sh')} with the database stopped, then constraints.cypher\n`);
    return new ExitCode(0);
  },
});
