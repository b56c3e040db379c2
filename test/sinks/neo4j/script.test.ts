// The cypher-shell script: literals that cannot break out of their string, and the loader's statements in load order.
import fc from 'fast-check';
import { int } from 'neo4j-driver';
import { buildRows, constraintStatements, cypherLiteral, cypherScript, cypherString, nodeStatement, scriptStatements } from '../../../src/sinks/neo4j/index.js';
import { fullGraph } from './fixture.js';

const UNESCAPE: Record<string, string> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** Reads a Cypher single-quoted literal back, the way Neo4j's lexer does. */
function readCypherString(literal: string): string {
  expect(literal).toMatch(/^'(?:[^'\\\n\r]|\\(?:[\\'nrtbf]|u[0-9a-f]{4}))*'$/);
  return literal.slice(1, -1).replace(/\\(u[0-9a-f]{4}|.)/g, (_, e: string) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : UNESCAPE[e]!));
}

describe('Cypher literals', () => {
  test('any string round-trips and stays one literal (no quote, backslash or newline escapes it)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => readCypherString(cypherString(s)) === s), { numRuns: 500 });
    const attack = "x'}) MATCH (n) DETACH DELETE n //\\";
    expect(cypherString(attack)).toBe("'x\\'}) MATCH (n) DETACH DELETE n //\\\\'");
  });

  test('rows become map and list literals with integers, booleans and strings', () => {
    expect(cypherLiteral({ key: 'a', n: int(3), on: false, list: ['x', "y'"], props: { ordinal: int(14) }, absent: undefined })).toBe(
      "{key: 'a', n: 3, on: false, list: ['x', 'y\\''], props: {ordinal: 14}}",
    );
    expect(cypherLiteral({ 'odd key': 1 })).toBe('{`odd key`: 1}');
    expect(() => cypherLiteral(1.5)).toThrow(TypeError);
  });
});

describe('cypherScript', () => {
  const rows = buildRows(fullGraph());

  test('constraints first, then one statement per batch, each the loader statement over a literal list', () => {
    const statements = scriptStatements(rows, 2);
    expect(statements.slice(0, constraintStatements().length)).toEqual(constraintStatements());
    const persons = rows.nodes.find((g) => g.label === 'Person')!.rows;
    const personStatements = statements.filter((s) => s.includes('MERGE (n:Person '));
    expect(personStatements).toHaveLength(Math.ceil(persons.length / 2));
    expect(personStatements[0]).toBe(nodeStatement('Person', `[\n  ${persons.slice(0, 2).map(cypherLiteral).join(',\n  ')}\n]`));
  });

  test('the same graph gives the same bytes, each statement ends with ";"', () => {
    const script = cypherScript(rows, 1000);
    expect(cypherScript(buildRows(fullGraph()), 1000)).toBe(script);
    expect(script.startsWith('// kg-diplomacy: Neo4j load script')).toBe(true);
    expect(script.match(/;\n/g)).toHaveLength(scriptStatements(rows, 1000).length);
    expect(script).toContain("key: 'person:to-lam'");
  });
});
