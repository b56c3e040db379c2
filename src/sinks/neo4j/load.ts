// Loads a graph into Neo4j through the official driver: constraints first, then batched MERGE in managed transactions.
import neo4j, { type Driver } from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/index.js';
import { COUNT_STATEMENT, WIPE_STATEMENT, articleStatement, constraintStatements, mentionStatement, nodeStatement, relationStatement } from './cypher.js';
import { Neo4jSinkError, buildRows, chunk, countRows, type Neo4jRows } from './rows.js';

/** Where to load: a bolt/neo4j URI, credentials, and optionally a database other than the server's default. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface LoadOptions {
  /** Rows per transaction (default 1000). */
  batchSize?: number;
  /** Delete this tool's nodes (:KgNode) and their relationships before loading. */
  wipe?: boolean;
  /** Called after each batch is committed. */
  onBatch?: (p: { done: number; total: number }) => void;
}

/** What a load did, from the server's counters. `merged` are rows that matched data already in the database. */
export interface LoadSummary {
  constraints: number;
  wiped: number;
  nodes: { rows: number; created: number; merged: number };
  articles: { rows: number; created: number; merged: number };
  relationships: { rows: number; created: number; merged: number };
  mentions: { rows: number; created: number; merged: number };
  propertiesSet: number;
  batches: number;
  ms: number;
}

/** The URI without user info, safe to print. */
export function displayUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

/** Turns a driver or server error into a one-line Neo4jSinkError naming the URI and user, never the password. */
export function describeNeo4jError(e: unknown, target: Pick<Neo4jTarget, 'uri' | 'user' | 'database'>): Neo4jSinkError {
  const uri = displayUri(target.uri);
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  const first = (err.message ?? String(e)).split('\n')[0]!;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(first)) {
    return new Neo4jSinkError(uri, 'cannot connect: is Neo4j running and the URI right? (docker compose up -d; NEO4J_URI or --uri)');
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jSinkError(uri, `cannot authenticate as "${target.user}": wrong user or password (NEO4J_USER / NEO4J_PASSWORD, or --user / --password) [${code}]`);
  }
  if (code === 'Neo.ClientError.Security.CredentialsExpired') {
    return new Neo4jSinkError(uri, `the password of "${target.user}" has expired: set a new one in Neo4j Browser, then load again`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jSinkError(uri, `no database "${target.database ?? ''}" on this server (--database; Community has only the default "neo4j")`);
  }
  return new Neo4jSinkError(uri, `${code ? `${code}: ` : ''}${first}`);
}

/** Opens a driver and checks that the server answers and accepts the credentials; the caller closes it. */
export async function openNeo4j(target: Neo4jTarget): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { connectionTimeout: 10_000, maxTransactionRetryTime: 30_000 });
  } catch (e) {
    throw new Neo4jSinkError(displayUri(target.uri), `not a Neo4j URI (${(e as Error).message.split('\n')[0]}); e.g. bolt://localhost:7687`);
  }
  try {
    await driver.verifyConnectivity(target.database ? { database: target.database } : {});
    return driver;
  } catch (e) {
    await driver.close();
    throw describeNeo4jError(e, target);
  }
}

/**
 * Loads already-built rows with an open driver. Each batch is one managed write transaction (executeQuery), which the
 * driver retries on transient errors; MERGE on keys makes a retried or repeated batch harmless.
 */
export async function loadRows(driver: Driver, rows: Neo4jRows, target: Pick<Neo4jTarget, 'uri' | 'user' | 'database'>, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Neo4jSinkError('batch', `batch size must be a positive integer, got ${batchSize}`);
  const config = { database: target.database, routing: neo4j.routing.WRITE };
  const run = async (statement: string, params: Record<string, unknown> = {}) => {
    try {
      return await driver.executeQuery(statement, params, config);
    } catch (e) {
      throw describeNeo4jError(e, target);
    }
  };
  const n = countRows(rows);
  const summary: LoadSummary = {
    constraints: 0,
    wiped: 0,
    nodes: { rows: n.nodes, created: 0, merged: 0 },
    articles: { rows: n.articles, created: 0, merged: 0 },
    relationships: { rows: n.relations, created: 0, merged: 0 },
    mentions: { rows: n.mentions, created: 0, merged: 0 },
    propertiesSet: 0,
    batches: 0,
    ms: 0,
  };
  if (options.wipe) {
    for (let deleted = batchSize; deleted === batchSize; ) {
      const res = await run(WIPE_STATEMENT, { limit: neo4j.int(batchSize) });
      deleted = res.records[0]?.get('deleted').toNumber() ?? 0;
      summary.wiped += deleted;
    }
  }
  for (const statement of constraintStatements()) {
    const res = await run(statement);
    summary.constraints += res.summary.counters.updates().constraintsAdded;
  }
  const jobs: { statement: string; rows: unknown[]; into: { created: number; merged: number }; counts: 'nodesCreated' | 'relationshipsCreated' }[] = [
    ...rows.articles.length ? [{ statement: articleStatement(), rows: rows.articles, into: summary.articles, counts: 'nodesCreated' as const }] : [],
    ...rows.nodes.map((g) => ({ statement: nodeStatement(g.label), rows: g.rows, into: summary.nodes, counts: 'nodesCreated' as const })),
    ...rows.mentions.map((g) => ({ statement: mentionStatement(g.label), rows: g.rows, into: summary.mentions, counts: 'relationshipsCreated' as const })),
    ...rows.relations.map((g) => ({ statement: relationStatement(g.type, g.from, g.to), rows: g.rows, into: summary.relationships, counts: 'relationshipsCreated' as const })),
  ];
  const total = jobs.reduce((t, j) => t + Math.ceil(j.rows.length / batchSize), 0);
  for (const job of jobs) {
    for (const batch of chunk(job.rows, batchSize)) {
      const res = await run(job.statement, { rows: batch });
      const written = res.records[0]?.get('rows').toNumber() ?? 0;
      // A relationship row whose end is missing matches nothing and would vanish silently.
      if (written !== batch.length) throw new Neo4jSinkError(displayUri(target.uri), `a batch wrote ${written} of ${batch.length} rows (missing end nodes?)`);
      const updates = res.summary.counters.updates();
      job.into.created += updates[job.counts];
      job.into.merged += batch.length - updates[job.counts];
      summary.propertiesSet += updates.propertiesSet;
      summary.batches++;
      options.onBatch?.({ done: summary.batches, total });
    }
  }
  summary.ms = Date.now() - started;
  return summary;
}

/** Loads a graph: opens the driver, builds and checks rows before any query, loads, closes. */
export async function loadNeo4j(graph: KnowledgeGraph, target: Neo4jTarget, options: LoadOptions = {}): Promise<LoadSummary> {
  const rows = buildRows(graph);
  const driver = await openNeo4j(target);
  try {
    return await loadRows(driver, rows, target, options);
  } finally {
    await driver.close();
  }
}

/** This tool's node count and the relationships between its nodes. */
export async function countNeo4j(driver: Driver, database?: string): Promise<{ nodes: number; relationships: number }> {
  const res = await driver.executeQuery(COUNT_STATEMENT, {}, { database, routing: neo4j.routing.READ });
  const rec = res.records[0]!;
  return { nodes: rec.get('nodes').toNumber(), relationships: rec.get('relationships').toNumber() };
}

/** The summary printed at the end of a load. */
export function formatLoadSummary(s: LoadSummary, target: Pick<Neo4jTarget, 'uri' | 'database'>): string {
  const part = (name: string, p: { rows: number; created: number; merged: number }) => `${name}: ${p.rows} rows, ${p.created} created, ${p.merged} merged`;
  return [
    `neo4j: loaded into ${displayUri(target.uri)}${target.database ? ` (database ${target.database})` : ''}`,
    ...(s.wiped ? [`wiped: ${s.wiped} nodes (:KgNode) with their relationships`] : []),
    `constraints: ${s.constraints} created (${constraintStatements().length} ensured)`,
    part('nodes', s.nodes),
    part('articles', s.articles),
    part('relationships', s.relationships),
    part('mentions (MENTIONED_IN)', s.mentions),
    `properties set: ${s.propertiesSet}`,
    `batches: ${s.batches} in ${(s.ms / 1000).toFixed(2)} s`,
  ].join('\n') + '\n';
}
