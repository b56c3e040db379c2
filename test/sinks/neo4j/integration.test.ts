// Against a real Neo4j, when NEO4J_URI is set (with NEO4J_USER, NEO4J_PASSWORD, optionally NEO4J_DATABASE):
// load twice -> same counts; incremental load; constraints; --wipe scope; the exported script; the shipped queries.
// Without NEO4J_URI the suite is skipped with a visible line. It deletes this tool's nodes (:KgNode) in that database.
import type { Driver } from 'neo4j-driver';
import { runPipeline } from '../../../src/pipeline/index.js';
import { buildRows, countNeo4j, cypherScript, loadNeo4j, loadRows, openNeo4j, type Neo4jTarget } from '../../../src/sinks/neo4j/index.js';
import { firstGraph, fullGraph, secondGraph } from './fixture.js';
import { shippedQueries, type ShippedQuery } from './queries.js';

const uri = process.env.NEO4J_URI;

if (!uri) {
  // Straight to stderr: jest hides console output of a file whose tests are all skipped.
  process.stderr.write('\nNeo4j integration tests skipped: NEO4J_URI not set (docker compose up -d, then NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... npm test)\n');
  test.skip('skipped: NEO4J_URI not set', () => undefined);
} else {
  const target: Neo4jTarget = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
  if (process.env.NEO4J_DATABASE) target.database = process.env.NEO4J_DATABASE;
  let driver: Driver;
  const cypher = async (q: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(q, params, { database: target.database })).records.map((r) => r.toObject());
  const wipe = async () => void (await cypher('MATCH (n:KgNode) DETACH DELETE n'));
  const queries = new Map(shippedQueries().map((q) => [q.file, q]));
  /** Runs a shipped query the way Browser does: its `:param` values first (evaluated by the server), then the statement. */
  const runShipped = async (file: string, override: Record<string, unknown> = {}) => {
    const q: ShippedQuery = queries.get(file)!;
    const literal = `{${Object.entries(q.params).map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
    const [defaults] = await cypher(`RETURN ${literal} AS params`);
    return cypher(q.statement, { ...(defaults!['params'] as object), ...override });
  };

  beforeAll(async () => {
    driver = await openNeo4j(target);
  });
  afterAll(async () => {
    await wipe();
    await driver.close();
  });

  describe('Neo4j integration', () => {
    test('constraints exist per label after a load', async () => {
      await loadNeo4j(fullGraph(), target, { wipe: true });
      const rows = await cypher("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name STARTS WITH 'kg_' RETURN name, type, labelsOrTypes, properties ORDER BY name");
      expect(rows.map((r) => r['name'])).toEqual(['kg_article_key', 'kg_country_key', 'kg_event_key', 'kg_organization_key', 'kg_party_key', 'kg_person_key']);
      for (const r of rows) expect([r['type'], r['properties']]).toEqual([expect.stringMatching(/UNIQUENESS/), ['key']]);
    });

    test('loading the same graph twice changes nothing', async () => {
      const first = await loadNeo4j(fullGraph(), target, { wipe: true, batchSize: 3 });
      const counts = await countNeo4j(driver, target.database);
      const before = await cypher("MATCH (n:Person {key: 'person:to-lam'}) RETURN n{.*} AS p");
      const second = await loadNeo4j(fullGraph(), target, { batchSize: 3 });
      expect(await countNeo4j(driver, target.database)).toEqual(counts);
      expect(await cypher("MATCH (n:Person {key: 'person:to-lam'}) RETURN n{.*} AS p")).toEqual(before);
      expect(first.nodes).toEqual({ rows: 11, created: 11, merged: 0 });
      expect(second.nodes).toEqual({ rows: 11, created: 0, merged: 11 });
      expect(second.relationships).toEqual({ rows: 17, created: 0, merged: 17 });
      // 11 entity nodes + 4 articles; 17 relationships + 17 MENTIONED_IN links.
      expect(counts).toEqual({ nodes: 15, relationships: 34 });
    });

    test('a later load of more articles merges into the same nodes and adds its evidence', async () => {
      await loadNeo4j(fullGraph(), target, { wipe: true });
      const whole = await countNeo4j(driver, target.database);
      await loadNeo4j(firstGraph(), target, { wipe: true });
      await loadNeo4j(secondGraph(), target);
      expect(await countNeo4j(driver, target.database)).toEqual(whole);
      const [toLam] = await cypher("MATCH (n:Person) WHERE n.name = 'Tô Lâm' RETURN count(n) AS n, collect(n.evidenceDocs)[0] AS docs, collect(n.mentions)[0] AS mentions");
      expect(toLam!['n'].toNumber()).toBe(1);
      expect(toLam!['docs']).toEqual(['001_c67236414fa3b35e.txt', '002_edb47fd48101e0a4.txt', '003_3bb503f606c20954.txt']);
      expect(toLam!['mentions'].toNumber()).toBe(fullGraph().getNodeAttribute('person:to-lam', 'mentions'));
      const [position] = await cypher("MATCH (:Person {key: 'person:to-lam'})-[r:HOLDS_POSITION]->(:Party) RETURN r.evidenceDocs AS docs, r.title AS title");
      expect(position).toEqual({ docs: ['001_c67236414fa3b35e.txt', '003_3bb503f606c20954.txt'], title: 'General Secretary' });
      const sources = await cypher("MATCH (:Person {key: 'person:to-lam'})-[m:MENTIONED_IN]->(a:Article) RETURN a.name AS article ORDER BY article");
      expect(sources.map((s) => s['article'])).toHaveLength(3);
    });

    test('--wipe deletes only this tool\'s nodes', async () => {
      await cypher("CREATE (:KgIntegrationForeign {note: 'not ours'})");
      const summary = await loadNeo4j(fullGraph(), target, { wipe: true, batchSize: 4 });
      expect(summary.wiped).toBe(15);
      const [left] = await cypher('MATCH (n:KgIntegrationForeign) WITH count(n) AS n MATCH (f:KgIntegrationForeign) DELETE f RETURN n');
      expect(left!['n'].toNumber()).toBe(1);
    });

    test('the exported script loads the same graph as the driver', async () => {
      await loadNeo4j(fullGraph(), target, { wipe: true });
      const byDriver = await countNeo4j(driver, target.database);
      const props = await cypher('MATCH (n:KgNode) RETURN n.key AS key, n{.*} AS props ORDER BY key');
      await wipe();
      // Statements end at ";\n": literals escape every newline, so no string can hold that sequence.
      for (const statement of cypherScript(buildRows(fullGraph()), 4).split(/;\n/).map((s) => s.replace(/^(\/\/.*\n|\n)*/, '')).filter(Boolean)) await cypher(statement);
      expect(await countNeo4j(driver, target.database)).toEqual(byDriver);
      expect(await cypher('MATCH (n:KgNode) RETURN n.key AS key, n{.*} AS props ORDER BY key')).toEqual(props);
    });

    test('a wrong password is reported without the password', async () => {
      await expect(openNeo4j({ ...target, password: 'wrong-Pa55word' })).rejects.toThrow(/cannot authenticate as/);
      await expect(openNeo4j({ ...target, password: 'wrong-Pa55word' })).rejects.not.toThrow(/wrong-Pa55word/);
    });

    describe('shipped queries on the fixture', () => {
      beforeAll(async () => {
        await loadNeo4j(fullGraph(), target, { wipe: true });
      });

      test.each([...queries.keys()].map((f) => [f]))('%s runs with its default parameters', async (file) => {
        await expect(runShipped(file)).resolves.toBeInstanceOf(Array);
      });

      test('who congratulated whom', async () => {
        const rows = await runShipped('02-who-congratulated-whom.cypher');
        expect(rows.map((r) => [r['date'], r['congratulator'], r['congratulated']])).toEqual([
          ['2026-01-26', 'Miguel Díaz-Canel', 'Communist Party of Vietnam'],
          ['2026-01-26', 'Miguel Díaz-Canel', 'Tô Lâm'],
          ['2021-04-05', 'Vladimir Putin', 'Nguyễn Phú Trọng'],
        ]);
        expect(rows[1]!['occasion']).toBe('Phone talks: Miguel Díaz-Canel – Tô Lâm (2026-01-26)');
      });

      test('everything between Vietnam and Cuba, oldest first', async () => {
        const rows = await runShipped('03-between-two-countries.cypher');
        expect(rows.map((r) => `${r['date']} ${r['actor']} ${r['act']} ${r['counterpart']}`)).toEqual([
          '2024-09 Tô Lâm VISITED Cuba',
          '2025-09 Miguel Díaz-Canel VISITED Vietnam',
          '2026-01-26 Miguel Díaz-Canel CONGRATULATED Communist Party of Vietnam',
          '2026-01-26 Miguel Díaz-Canel CONGRATULATED Tô Lâm',
          '2026-01-26 Tô Lâm THANKED Miguel Díaz-Canel',
          '2026-01-26 Tô Lâm TOOK_PART_IN_TALKS_WITH Miguel Díaz-Canel',
        ]);
      });

      test("a person's positions and talks, the evidence of a relation, paths", async () => {
        expect((await runShipped('04-person-positions.cypher')).map((r) => [r['title'], r['body'], r['sources'].toNumber()])).toEqual([['General Secretary', 'Communist Party of Vietnam', 2]]);
        expect((await runShipped('05-person-talks.cypher')).map((r) => [r['date'], r['mode'], r['withWhom']])).toEqual([['2026-01-26', 'phone', ['Miguel Díaz-Canel']]]);
        const evidence = await runShipped('08-relation-evidence.cypher');
        expect(evidence.map((r) => [r['doc'], r['sentence']])).toEqual([['001_c67236414fa3b35e.txt', 'Díaz-Canel congratulated the CPV and General Secretary Tô Lâm.']]);
        expect(evidence[0]!['article'].properties.key).toBe('001_c67236414fa3b35e.txt');
        const paths = await runShipped('07-paths-between-actors.cypher', { actorB: 'Communist Party of Cuba' });
        expect(paths.length).toBeGreaterThan(0);
        expect(paths[0]!['path'].end.properties.key).toBe('party:communist-party-of-cuba');
      });
    });

    // Needs the real extractor (src/extract): asserts the seed-corpus facts of the graph contract.
    test('seed corpus: the shipped query finds the contract congratulations', async () => {
      const { graph } = await runPipeline(['corpus']);
      await loadRows(driver, buildRows(graph), target, { wipe: true });
      const rows = await runShipped('02-who-congratulated-whom.cypher');
      const said = rows.map((r) => `${r['date']} ${r['congratulator']} -> ${r['congratulated']}`);
      // Display names are the graph's (the fullest spelling across articles).
      const name = (key: string): string => graph.getNodeAttribute(key, 'name');
      const diazCanel = graph.filterNodes((k) => k.startsWith('person:miguel-diaz-canel'))[0]!;
      expect(said).toContain(`2026-01-26 ${name(diazCanel)} -> ${name('person:to-lam')}`);
      expect(said).toContain(`2021-04-05 ${name('person:vladimir-putin')} -> ${name('person:nguyen-phu-trong')}`);
      const [toLam] = await cypher("MATCH (n:Person {key: 'person:to-lam'}) RETURN count(n) AS n");
      expect(toLam!['n'].toNumber()).toBe(1);
    });
  });
}
