// `kg load neo4j [paths..|--graph FILE]`: loads the graph into Neo4j (idempotent MERGE in batches) and prints a summary.
import fs from 'node:fs';
import { parseEnv } from 'node:util';
import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import type { Neo4jTarget } from '../../sinks/neo4j/index.js';
import { ExitCode, type Io } from '../io.js';

/** NEO4J_* settings from the environment, else from `.env` in the current folder (the file docker compose reads). */
export function neo4jEnv(env: NodeJS.ProcessEnv = process.env, dotenv = '.env'): Record<string, string | undefined> {
  const file = fs.existsSync(dotenv) ? parseEnv(fs.readFileSync(dotenv, 'utf8')) : {};
  const get = (k: string) => env[k] ?? file[k];
  // NEO4J_AUTH is docker's "user/password" (the password may contain "/"), or "none" for a server without auth.
  const auth = get('NEO4J_AUTH');
  const [authUser, ...authPassword] = auth && auth !== 'none' ? auth.split('/') : [];
  return {
    uri: get('NEO4J_URI'),
    user: get('NEO4J_USER') ?? (authUser || undefined),
    password: get('NEO4J_PASSWORD') ?? (authPassword.length ? authPassword.join('/') : undefined),
    database: get('NEO4J_DATABASE'),
  };
}

interface LoadArgs {
  target: 'neo4j';
  paths?: string[];
  graph?: string;
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  batch: number;
  wipe: boolean;
}

export const loadCommand = (io: Io) => ({
  command: 'load <target> [paths..]',
  describe: 'Load the graph into a database (neo4j): idempotent, incremental, with provenance',
  builder: (y: Argv) =>
    y
      .positional('target', { choices: ['neo4j'] as const, describe: 'The database to load into' })
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (or use --graph)' })
      .option('graph', { alias: 'g', type: 'string', describe: 'A graph JSON file (kg build / kg extract) instead of articles' })
      .option('uri', { type: 'string', describe: 'Bolt URI [env NEO4J_URI, default bolt://localhost:7687]' })
      .option('user', { type: 'string', describe: 'User [env NEO4J_USER, or the user of NEO4J_AUTH; default neo4j]' })
      .option('password', { type: 'string', describe: 'Password [env NEO4J_PASSWORD, or the password of NEO4J_AUTH]' })
      .option('database', { type: 'string', describe: "Database [env NEO4J_DATABASE, default the server's]" })
      .option('batch', { type: 'number', default: 1000, describe: 'Rows per transaction' })
      .option('wipe', { type: 'boolean', default: false, describe: "Delete this tool's nodes (:KgNode) and their relationships first" })
      .example('$0 load neo4j --graph out/graph.json', 'settings from the environment or .env')
      .example('$0 load neo4j corpus --wipe', 'build from articles, replace what this tool loaded before'),
  handler: async (argv: LoadArgs) => {
    if (!Number.isInteger(argv.batch) || argv.batch < 1) throw new UsageError(`--batch must be a positive integer, got ${argv.batch}`);
    const env = neo4jEnv();
    const password = argv.password ?? env.password;
    if (!password) throw new UsageError('no Neo4j password: set NEO4J_PASSWORD (or NEO4J_AUTH in .env, see .env.example) or pass --password');
    const target: Neo4jTarget = { uri: argv.uri ?? env.uri ?? 'bolt://localhost:7687', user: argv.user ?? env.user ?? 'neo4j', password };
    const database = argv.database ?? env.database;
    if (database) target.database = database;
    const { formatLoadSummary, loadNeo4j } = await import('../../sinks/neo4j/index.js');
    const { loadGraph } = await import('../graph-input.js');
    const graph = await loadGraph(argv);
    const summary = await loadNeo4j(graph, target, {
      batchSize: argv.batch,
      wipe: argv.wipe,
      onBatch: io.isTTY ? (p) => io.err(`\rneo4j: batch ${p.done}/${p.total}`) : undefined,
    });
    if (io.isTTY) io.err('\n');
    io.err(formatLoadSummary(summary, target));
    return new ExitCode(0);
  },
});
