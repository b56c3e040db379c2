// `kg export cypher|neo4j-import` and `kg load neo4j` run in-process: files written, settings read, errors worded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../../src/cli/run.js';
import { neo4jEnv } from '../../../src/cli/commands/load.js';
import { readGraphFile } from '../../../src/cli/graph-input.js';
import { writeJson } from '../../../src/sinks/json.js';
import { buildRows, cypherScript } from '../../../src/sinks/neo4j/index.js';
import { fullGraph } from './fixture.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-'));
const graphFile = path.join(tmp, 'graph.json');
fs.writeFileSync(graphFile, writeJson(fullGraph()));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function kg(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}

test('export cypher writes the script for the graph file, to a file or to standard output', async () => {
  const file = path.join(tmp, 'load.cypher');
  const written = await kg('export', 'cypher', '--graph', graphFile, '-o', file, '--batch', '5');
  expect(written.code).toBe(0);
  expect(written.err).toMatch(/wrote .*load\.cypher \(11 nodes, 4 articles, 17 relationships, 17 mentions\)/);
  expect(fs.readFileSync(file, 'utf8')).toBe(cypherScript(buildRows(readGraphFile(graphFile)), 5));
  const printed = await kg('export', 'cypher', '--graph', graphFile);
  expect(printed.out).toBe(cypherScript(buildRows(readGraphFile(graphFile))));
});

test('export neo4j-import writes the CSV folder', async () => {
  const dir = path.join(tmp, 'import');
  const res = await kg('export', 'neo4j-import', '--graph', graphFile, '-o', dir);
  expect(res.code).toBe(0);
  expect(fs.readdirSync(dir).sort()).toEqual(['articles.csv', 'constraints.cypher', 'import.sh', 'mentioned_in.csv', 'nodes.csv', 'relationships.csv']);
});

test('load neo4j names the URI but never the password when it cannot connect', async () => {
  const res = await kg('load', 'neo4j', '--graph', graphFile, '--uri', 'bolt://127.0.0.1:1', '--user', 'neo4j', '--password', 'Sup3r-s3cret');
  expect(res.code).toBe(1);
  expect(res.err).toBe('kg/neo4j: bolt://127.0.0.1:1: cannot connect: is Neo4j running and the URI right? (docker compose up -d; NEO4J_URI or --uri)\n');
  const withUserInfo = await kg('load', 'neo4j', '--graph', graphFile, '--uri', 'bolt://neo4j:Sup3r-s3cret@127.0.0.1:1', '--password', 'Sup3r-s3cret');
  expect(withUserInfo.err).not.toContain('Sup3r-s3cret');
  expect(withUserInfo.err).toContain('bolt://127.0.0.1:1');
});

test('load neo4j refuses bad options before connecting', async () => {
  expect((await kg('load', 'neo4j', '--graph', graphFile, '--uri', 'http://localhost:7474', '--password', 'x')).err).toMatch(/kg\/neo4j: http:\/\/localhost:7474: not a Neo4j URI/);
  expect((await kg('load', 'neo4j', '--graph', graphFile, '--password', 'x', '--batch', '0')).code).toBe(2);
  expect((await kg('load', 'mysql', '--graph', graphFile)).code).toBe(2);
});

describe('settings', () => {
  test('the environment wins over .env; NEO4J_AUTH supplies user and password', () => {
    const dotenv = path.join(tmp, '.env');
    fs.writeFileSync(dotenv, 'NEO4J_AUTH=neo4j/pass/with/slashes\nNEO4J_URI=bolt://localhost:7688\n');
    expect(neo4jEnv({}, dotenv)).toEqual({ uri: 'bolt://localhost:7688', user: 'neo4j', password: 'pass/with/slashes', database: undefined });
    expect(neo4jEnv({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'p2', NEO4J_DATABASE: 'kg' }, dotenv)).toEqual({ uri: 'neo4j://db:7687', user: 'neo4j', password: 'p2', database: 'kg' });
    expect(neo4jEnv({}, path.join(tmp, 'missing.env'))).toEqual({ uri: undefined, user: undefined, password: undefined, database: undefined });
    expect(neo4jEnv({ NEO4J_AUTH: 'none' }, path.join(tmp, 'missing.env'))).toEqual({ uri: undefined, user: undefined, password: undefined, database: undefined });
  });

  test('without any password the command says where to set one', async () => {
    const saved = { cwd: process.cwd(), env: { ...process.env } };
    const empty = fs.mkdtempSync(path.join(tmp, 'cwd-'));
    try {
      process.chdir(empty);
      for (const k of ['NEO4J_PASSWORD', 'NEO4J_AUTH']) delete process.env[k];
      const res = await kg('load', 'neo4j', '--graph', graphFile);
      expect(res.code).toBe(2);
      expect(res.err).toMatch(/no Neo4j password: set NEO4J_PASSWORD/);
    } finally {
      process.chdir(saved.cwd);
      process.env = saved.env;
    }
  });
});
