// The loader's words: server errors turned into one-line messages (URI and user, never the password), and the summary.
// Loading itself is tested against a real Neo4j in integration.test.ts.
import { describeNeo4jError, displayUri, formatLoadSummary, type LoadSummary } from '../../../src/sinks/neo4j/index.js';

const target = { uri: 'neo4j://kg:Pa55-word@db.local:7687', user: 'kg', database: 'news' };
const say = (code: string, message = 'server says no') => describeNeo4jError({ code, message: `${message}\nsecond line` }, target).message;

test('user info never leaves the URI', () => {
  expect(displayUri(target.uri)).toBe('neo4j://db.local:7687');
  expect(displayUri('bolt://localhost:7687')).toBe('bolt://localhost:7687');
});

test('each failure names the URI and says what to do, on one line', () => {
  expect(say('ServiceUnavailable')).toBe('kg/neo4j: neo4j://db.local:7687: cannot connect: is Neo4j running and the URI right? (docker compose up -d; NEO4J_URI or --uri)');
  expect(say('Neo.ClientError.Security.Unauthorized')).toMatch(/^kg\/neo4j: neo4j:\/\/db\.local:7687: cannot authenticate as "kg": wrong user or password/);
  expect(say('Neo.ClientError.Security.CredentialsExpired')).toMatch(/password of "kg" has expired/);
  expect(say('Neo.ClientError.Database.DatabaseNotFound')).toMatch(/no database "news" on this server/);
  expect(say('Neo.ClientError.Statement.SyntaxError', 'Invalid input')).toBe('kg/neo4j: neo4j://db.local:7687: Neo.ClientError.Statement.SyntaxError: Invalid input');
  for (const code of ['ServiceUnavailable', 'Neo.ClientError.Security.Unauthorized', 'Other']) expect(say(code)).not.toMatch(/Pa55-word|\n/);
});

test('the summary reports rows, created and merged per kind, batches and time', () => {
  const summary: LoadSummary = {
    constraints: 6,
    wiped: 15,
    nodes: { rows: 11, created: 2, merged: 9 },
    articles: { rows: 4, created: 1, merged: 3 },
    relationships: { rows: 17, created: 5, merged: 12 },
    mentions: { rows: 17, created: 3, merged: 14 },
    propertiesSet: 120,
    batches: 18,
    ms: 1234,
  };
  expect(formatLoadSummary(summary, { uri: target.uri, database: 'news' })).toBe(
    [
      'neo4j: loaded into neo4j://db.local:7687 (database news)',
      'wiped: 15 nodes (:KgNode) with their relationships',
      'constraints: 6 created (6 ensured)',
      'nodes: 11 rows, 2 created, 9 merged',
      'articles: 4 rows, 1 created, 3 merged',
      'relationships: 17 rows, 5 created, 12 merged',
      'mentions (MENTIONED_IN): 17 rows, 3 created, 14 merged',
      'properties set: 120',
      'batches: 18 in 1.23 s',
      '',
    ].join('\n'),
  );
});
