// The `kg` command line: yargs wiring only; each command lives in commands/ and calls the library.
// Command modules import the library in their handlers, not at the top: every `kg` run loads all nine modules to
// know its options, and a command then loads only what it uses (neo4j-driver alone was a third of every start-up).
import fs from 'node:fs';
import yargs, { type Argv } from 'yargs';
import { KgError, UsageError } from '../errors.js';
import { packagePath } from '../paths.js';
import { buildCommand } from './commands/build.js';
import { evalCommand } from './commands/eval.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { loadCommand } from './commands/load.js';
import { renderCommand } from './commands/render.js';
import { reportCommand } from './commands/report.js';
import { statsCommand } from './commands/stats.js';
import { validateCommand } from './commands/validate.js';
import { processIo, type ExitCode, type Io } from './io.js';

const version = (JSON.parse(fs.readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;

/** A command module: declarative yargs options and a handler that returns the exit code. */
export interface CommandModule {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  handler: (argv: any) => ExitCode | Promise<ExitCode>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Every command, in the order `kg --help` lists them. */
export const COMMANDS: ((io: Io) => CommandModule)[] = [extractCommand, buildCommand, validateCommand, statsCommand, evalCommand, reportCommand, renderCommand, loadCommand, exportCommand];

/** Runs the CLI on an argument array and resolves to the exit code; never calls process.exit. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  let parser = yargs(argv)
    .scriptName('kg')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .usage('$0 <command> [options]\n\nKnowledge graphs of political and diplomatic news: who congratulated, invited, thanked, praised or visited whom.');
  for (const make of COMMANDS) {
    const cmd = make(io);
    parser = parser.command({ ...cmd, handler: async (a: unknown) => void (code = (await cmd.handler(a)).code) } as never);
  }
  parser = parser
    .demandCommand(1, 'name a command')
    .strict()
    .recommendCommands()
    .version(version)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(`${msg} (see kg --help)`);
    });
  try {
    let printed = '';
    await parser.parseAsync(argv, {}, (_err, _args, output) => {
      printed = output;
    });
    if (printed) io.out(`${printed}\n`);
  } catch (e) {
    if (e instanceof KgError) {
      io.err(`${e.message}\n`);
      return e instanceof UsageError ? 2 : 1;
    }
    throw e;
  }
  return code;
}
