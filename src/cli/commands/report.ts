// `kg report <name>`: relationship reports (dyad, actor, matrix, timeline, network) as Markdown, JSON or HTML.
import path from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import type { ReportName } from '../../reports/index.js';
import { REPORT_NAMES } from '../../reports/names.js';
import { RELATION_TYPES, type RelationType } from '../../schema/generated.js';
import { writeFilesAtomic } from '../../sinks/write.js';
import { ExitCode, type Io } from '../io.js';

const FORMATS = ['md', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface ReportArgs {
  name: ReportName;
  args: string[];
  graph?: string;
  format?: Format;
  output?: string;
  a?: string;
  b?: string;
  type?: string;
  by: 'actor' | 'country';
  from?: string;
  to?: string;
  top: number;
}

/** The format asked for, else the one the output file's extension names, else Markdown. */
function formatOf(argv: ReportArgs): Format {
  if (argv.format) return argv.format;
  const ext = argv.output ? path.extname(argv.output).slice(1).toLowerCase() : '';
  return ext === 'html' || ext === 'htm' ? 'html' : ext === 'json' ? 'json' : 'md';
}

function options(argv: ReportArgs, actorName: string | undefined): object {
  const need = (v: string | undefined, flag: string): string => {
    if (!v) throw new UsageError(`report ${argv.name} needs ${flag}`);
    return v;
  };
  switch (argv.name) {
    case 'dyad':
      return { a: need(argv.a, '--a <actor>'), b: need(argv.b, '--b <actor>') };
    case 'actor':
      return { name: need(actorName, 'an actor name (kg report actor "Tô Lâm" --graph out/graph.json)') };
    case 'matrix': {
      const type = need(argv.type, '--type (e.g. --type CONGRATULATED)').toUpperCase();
      if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new UsageError(`--type ${argv.type}: not a relation type (${RELATION_TYPES.join(', ')})`);
      return { type: type as RelationType, by: argv.by };
    }
    case 'timeline':
      return { ...(argv.from ? { from: argv.from } : {}), ...(argv.to ? { to: argv.to } : {}) };
    default:
      return { top: argv.top };
  }
}

export const reportCommand = (io: Io) => ({
  command: 'report <name> [args..]',
  describe: 'Relationship reports: dyad, actor, matrix, timeline, network (Markdown, JSON or HTML)',
  builder: (y: Argv) =>
    y
      .positional('name', { choices: REPORT_NAMES, describe: 'Which report' })
      .positional('args', { type: 'string', array: true, describe: 'actor: the actor name first; then article paths (or use --graph)' })
      .option('graph', { alias: 'g', type: 'string', describe: 'A graph JSON file (kg build writes out/graph.json)' })
      .option('format', { alias: 'f', choices: FORMATS, describe: 'Output format (default: from -o extension, else md)' })
      .option('output', { alias: 'o', type: 'string', describe: 'Write to this file instead of stdout' })
      .option('a', { type: 'string', describe: 'dyad: first actor or country' })
      .option('b', { type: 'string', describe: 'dyad: second actor or country' })
      .option('type', { type: 'string', describe: 'matrix: the act type (CONGRATULATED, INVITED, THANKED, ...)' })
      .option('by', { choices: ['actor', 'country'] as const, default: 'actor' as const, describe: 'matrix: rows and columns by actor or by country' })
      .option('from', { type: 'string', describe: 'timeline: earliest date (2024, 2024-09, 2024-09-05)' })
      .option('to', { type: 'string', describe: 'timeline: latest date, inclusive' })
      .option('top', { type: 'number', default: 10, describe: 'network: how many central actors to list' })
      .example('$0 report dyad --a "Viet Nam" --b Cuba --graph out/graph.json', 'everything between two countries')
      .example('$0 report actor Diaz-Canel --graph out/graph.json -o out/diaz-canel.html', 'an actor profile as an HTML page')
      .example('$0 report matrix --type CONGRATULATED --by country corpus', 'who congratulated whom, by country'),
  handler: async (argv: ReportArgs) => {
    const rest = [...(argv.args ?? [])];
    const actorName = argv.name === 'actor' ? rest.shift() : undefined;
    const opts = options(argv, actorName);
    const { formatHtml } = await import('../../reports/format/html.js');
    const { formatMarkdown } = await import('../../reports/format/md.js');
    const { runReport } = await import('../../reports/index.js');
    const { loadGraph } = await import('../graph-input.js');
    const graph = await loadGraph({ ...(argv.graph ? { graph: argv.graph } : {}), paths: rest });
    const report = runReport(graph, argv.name, opts as never);
    const format = formatOf(argv);
    const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? formatHtml(graph, report) : formatMarkdown(report);
    if (argv.output) {
      writeFilesAtomic([{ path: argv.output, content: text }]);
      io.err(`wrote ${argv.output}\n`);
    } else io.out(text);
    return new ExitCode(0);
  },
});
