// Row building for Neo4j: property types, evidence flattening, grouping, and the vocabulary whitelist.
import { isInt } from 'neo4j-driver';
import { NODE_LABELS } from '../../../src/schema/index.js';
import { Neo4jSinkError, buildRows, checkLabel, checkRelationType, nodeStatement, relationStatement, type Neo4jRows } from '../../../src/sinks/neo4j/index.js';
import { fullGraph } from './fixture.js';

const rows: Neo4jRows = buildRows(fullGraph());
const node = (key: string) => rows.nodes.flatMap((g) => g.rows).find((r) => r.key === key)!;
const relation = (key: string) => rows.relations.flatMap((g) => g.rows).find((r) => r.key === key)!;

/** Neo4j stores only primitives and lists of one primitive type as properties. */
function isPropertyValue(v: unknown): boolean {
  const kind = (x: unknown) => (isInt(x) ? 'int' : typeof x);
  if (Array.isArray(v)) return v.every((x) => kind(x) === kind(v[0]) && ['int', 'string', 'boolean'].includes(kind(x)));
  return ['int', 'string', 'boolean'].includes(kind(v));
}

describe('buildRows', () => {
  test('groups nodes by label in vocabulary order, with every node once', () => {
    expect(rows.nodes.map((g) => g.label)).toEqual(['Person', 'Party', 'Country', 'Event']);
    expect(rows.nodes.flatMap((g) => g.rows)).toHaveLength(fullGraph().order);
    expect(rows.nodes.find((g) => g.label === 'Person')!.rows.map((r) => r.key)).toEqual(['person:miguel-diaz-canel', 'person:nguyen-phu-trong', 'person:to-lam', 'person:vladimir-putin']);
  });

  test('integers are Neo4j Integers, optional properties appear only when present', () => {
    const toLam = node('person:to-lam');
    expect(isInt(toLam.mentions)).toBe(true);
    expect(toLam.mentions.toNumber()).toBe(fullGraph().getNodeAttribute('person:to-lam', 'mentions'));
    expect(toLam.props).toEqual({});
    const talks = node('event:talks:2026-01-26:miguel-diaz-canel+to-lam');
    expect(talks.props).toEqual({ kind: 'talks', mode: 'phone', date: '2026-01-26' });
    const position = relation('HOLDS_POSITION:person:to-lam->party:communist-party-of-vietnam#general-secretary');
    expect(position.props).toEqual({ title: 'General Secretary', former: false });
    expect(relation('CONGRATULATED:person:miguel-diaz-canel->person:to-lam@2026-01-26').props).toEqual({
      date: '2026-01-26',
      cameo: '051',
      occasion: 'event:talks:2026-01-26:miguel-diaz-canel+to-lam',
    });
  });

  test('evidence becomes parallel lists of primitives, one item per span', () => {
    const position = relation('HOLDS_POSITION:person:to-lam->party:communist-party-of-vietnam#general-secretary');
    expect(position.evidenceDocs).toEqual(['001_c67236414fa3b35e.txt', '003_3bb503f606c20954.txt']);
    expect(position.evidenceIds).toEqual(position.evidenceDocs.map((d, i) => `${d}#${position.evidenceStarts[i]}-${position.evidenceEnds[i]}`));
    expect(position.evidenceStarts.map((n) => n.toNumber())).toEqual([0, 0]);
    expect(position.evidenceSentences[1]).toBe("General Secretary Tô Lâm of the Communist Party of Vietnam said the CPV's 14th congress was a success.");
    expect(position.evidenceDates).toEqual(['', '']);
    for (const r of [...rows.nodes.flatMap((g) => g.rows), ...rows.relations.flatMap((g) => g.rows)]) {
      const lengths = new Set([r.evidenceIds, r.evidenceDocs, r.evidenceSentences, r.evidenceStarts, r.evidenceEnds, r.evidenceDates].map((l) => l.length));
      expect(lengths.size).toBe(1);
      for (const [k, v] of Object.entries(r)) if (k !== 'props') expect([k, isPropertyValue(v)]).toEqual([k, true]);
      for (const [k, v] of Object.entries(r.props)) expect([k, isPropertyValue(v)]).toEqual([k, true]);
    }
  });

  test('articles are the distinct evidence documents, and each node links to the articles naming it', () => {
    expect(rows.articles.map((a) => a.key)).toEqual(['001_c67236414fa3b35e.txt', '002_edb47fd48101e0a4.txt', '003_3bb503f606c20954.txt', '004_9ea85121afcd3242.txt']);
    const toLam = rows.mentions.find((g) => g.label === 'Person')!.rows.filter((m) => m.node === 'person:to-lam');
    expect(toLam.map((m) => m.article)).toEqual(['001_c67236414fa3b35e.txt', '002_edb47fd48101e0a4.txt', '003_3bb503f606c20954.txt']);
    expect(toLam[0]!.sentence).toContain('Tô Lâm');
  });

  test('relationships are grouped by type and end labels', () => {
    const groups = rows.relations.map((g) => `${g.type}:${g.from}->${g.to}`);
    expect(groups).toContain('CONGRATULATED:Person->Person');
    expect(groups).toContain('CONGRATULATED:Person->Party');
    expect(new Set(groups).size).toBe(groups.length);
    expect(rows.relations.flatMap((g) => g.rows)).toHaveLength(fullGraph().size);
  });

  test('the same graph gives the same rows', () => {
    expect(buildRows(fullGraph())).toEqual(rows);
  });
});

describe('vocabulary whitelist', () => {
  const injection = 'Person {key: "x"}) DETACH DELETE n //';

  test('a node label outside the vocabulary is refused before any statement exists', () => {
    const graph = fullGraph();
    graph.setNodeAttribute('person:to-lam', 'label', injection as never);
    expect(() => buildRows(graph)).toThrow(Neo4jSinkError);
    expect(() => buildRows(graph)).toThrow(/kg\/neo4j: graph: unknown node label "Person \{key: \\"x\\"\}\) DETACH DELETE n \/\/"/);
  });

  test('a relationship type outside the vocabulary is refused', () => {
    const graph = fullGraph();
    graph.setEdgeAttribute(graph.edges()[0]!, 'type', 'KNOWS' as never);
    expect(() => buildRows(graph)).toThrow(/unknown relationship type "KNOWS"/);
  });

  test('the statement builders check again, so no caller can splice other text', () => {
    expect(() => nodeStatement(injection as never)).toThrow(Neo4jSinkError);
    expect(() => relationStatement('KNOWS' as never, 'Person', 'Person')).toThrow(/unknown relationship type/);
    expect(() => relationStatement('THANKED', 'Person', 'Article' as never)).toThrow(/unknown node label "Article"/);
    expect(NODE_LABELS.map(checkLabel)).toEqual([...NODE_LABELS]);
    expect(checkRelationType('THANKED')).toBe('THANKED');
  });
});
