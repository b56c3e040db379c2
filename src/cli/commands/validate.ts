// `kg validate <file>`: checks a graph file or extraction record(s) against the JSON Schemas; lists every error.
import type { Argv } from 'yargs';
import { readJsonFile } from '../../json-file.js';
import { checkGraph, checkRecord, detectKind, type SchemaIssue } from '../../schema/index.js';
import { ExitCode, type Io } from '../io.js';

export const validateCommand = (io: Io) => ({
  command: 'validate <file>',
  describe: 'Validate a graph file or an extraction-records file against its JSON Schema',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', describe: 'graph.json (kg extract) or records.json (kg extract --format records)' })
      .example('$0 validate out/graph.json', 'exit 0 when valid'),
  handler: (argv: { file: string }) => {
    const data = readJsonFile(argv.file);
    const kind = detectKind(data);
    let found: SchemaIssue[];
    if (kind === 'graph') found = checkGraph(data);
    else if (kind === 'record') found = checkRecord(data);
    else if (kind === 'records') found = (data as unknown[]).flatMap((r, i) => checkRecord(r).map((x) => ({ ...x, pointer: `/${i}${x.pointer === '/' ? '' : x.pointer}` })));
    else found = [{ pointer: '/', message: 'neither a graph (has "nodes") nor an extraction record (has "article")' }];
    if (!found.length) {
      io.out(`${argv.file}: valid ${kind === 'graph' ? 'graph' : kind === 'records' ? `records (${(data as unknown[]).length})` : 'record'}\n`);
      return new ExitCode(0);
    }
    for (const f of found) io.err(`${argv.file}: ${f.pointer} ${f.message}\n`);
    return new ExitCode(1);
  },
});
