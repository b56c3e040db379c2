// Every statement the loader builds, the exported script and every shipped query pass Neo4j's Cypher linter
// (@neo4j-cypher/language-support). One file, so the linter (large) is loaded once.
// The linter runs Neo4j's semantic analysis (about a second per statement here), so each statement template is linted
// once and the other labels and types are shown to differ from it only in the spliced identifier.
import { buildGraph } from '../../../src/graph/index.js';
import { NODE_LABELS, RELATION_TABLE, RELATION_TYPES } from '../../../src/schema/index.js';
import { COUNT_STATEMENT, WIPE_STATEMENT, articleStatement, buildRows, constraintStatements, cypherScript, mentionStatement, nodeStatement, relationStatement } from '../../../src/sinks/neo4j/index.js';
import { secondBatch } from './fixture.js';
import { lint } from './lint.js';
import { shippedQueries } from './queries.js';

test('constraints, article MERGE, wipe and counts lint clean', () => {
  expect(lint(constraintStatements().join(';\n'))).toEqual([]);
  expect(lint(articleStatement(), { rows: [] })).toEqual([]);
  expect(lint(WIPE_STATEMENT, { limit: 1000 })).toEqual([]);
  expect(lint(COUNT_STATEMENT)).toEqual([]);
});

test('node and mention statements lint clean for every label', () => {
  expect(lint(nodeStatement('Person'), { rows: [] })).toEqual([]);
  expect(lint(mentionStatement('Person'), { rows: [] })).toEqual([]);
  for (const label of NODE_LABELS) {
    expect(nodeStatement(label)).toBe(nodeStatement('Person').replace('(n:Person ', `(n:${label} `));
    expect(mentionStatement(label)).toBe(mentionStatement('Person').replace('(n:Person ', `(n:${label} `));
  }
});

test('relationship statements lint clean for every type and every pair of end labels the vocabulary allows', () => {
  const linted = relationStatement('CONGRATULATED', 'Person', 'Party');
  expect(lint(linted, { rows: [] })).toEqual([]);
  let n = 0;
  for (const type of RELATION_TYPES) {
    for (const from of RELATION_TABLE[type].from) {
      for (const to of RELATION_TABLE[type].to) {
        const expected = linted.replace('(s:Person ', `(s:${from} `).replace('(t:Party ', `(t:${to} `).replace('[r:CONGRATULATED ', `[r:${type} `);
        expect(relationStatement(type, from, to)).toBe(expected);
        n++;
      }
    }
  }
  expect(n).toBeGreaterThan(RELATION_TYPES.length);
});

test('the linter really checks: an undeclared parameter and an unknown label are reported', () => {
  expect(lint('UNWIND $rows AS row MERGE (n:Person {key: row.key}) RETURN n').join('\n')).toMatch(/Parameter \$rows is not defined/);
  expect(lint('MATCH (n:Persn) RETURN n').join('\n')).toMatch(/Label Persn is not present/);
});

test('the exported cypher-shell script lints clean (article 003: two labels, one relationship type)', () => {
  const script = cypherScript(buildRows(buildGraph(secondBatch.slice(0, 1))));
  expect(script.match(/;\n/g)).toHaveLength(constraintStatements().length + 1 + 2 + 2 + 1);
  expect(lint(script)).toEqual([]);
});

describe('shipped queries (queries/*.cypher)', () => {
  const queries = shippedQueries();

  test('at least 12 queries, each titled and explained, each declaring the parameters it uses', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const q of queries) {
      expect([q.file, q.title.length > 5, q.comment.startsWith('Answers: ')]).toEqual([q.file, true, true]);
      const used = [...new Set([...q.statement.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();
      expect([q.file, used]).toEqual([q.file, Object.keys(q.params).sort()]);
    }
  });

  // Parameters count as declared only through their `:param` lines (the linter does not read those itself).
  test.each(queries.map((q) => [q.file, q] as const))('%s lints clean', (_file, q) => {
    expect(lint(q.text, Object.fromEntries(Object.keys(q.params).map((k) => [k, ''])))).toEqual([]);
  });
});
