// The compact graph stage: sentences spilled to disk read back exactly, streaming nodes/edges equal the graphology
// graph, integer columns grow without losing rows, node evidence is the first mention per article.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphBuilder, graphSource } from '../../src/graph/index.js';
import { ArticleStarts, IntArray, IntColumns, Interner } from '../../src/graph/columns.js';
import { SentenceStore } from '../../src/graph/sentences.js';
import { processArticle } from '../../src/pipeline/index.js';
import { listArticlePaths, parseArticle } from '../../src/corpus/index.js';
import { GRAPH_FORMATS, graphChunks, serializeGraph } from '../../src/sinks/index.js';
import { person, record } from './records.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(here, '..', '..', 'corpus');

test('SentenceStore: sentences spilled to its temporary file read back exactly, in any order', () => {
  const store = new SentenceStore(2 << 20);
  const sentences = Array.from({ length: 6000 }, (_, i) => `Câu ${i}: Tô Lâm và Miguel Díaz-Canel — ${'x'.repeat(i % 900)} 🇻🇳`);
  const ids = sentences.map((s) => store.add(s));
  expect(store.count).toBe(6000);
  for (const i of [5999, 0, 3000, 1, 4242]) expect(store.getMany([ids[i]!])).toEqual([sentences[i]]);
  expect(ids.every((id, i) => store.getMany([id])[0] === sentences[i])).toBe(true);
  // In one call: spilled and in-memory sentences, neighbours read together, repeats, any order.
  const picks = [5999, 12, 13, 14, 5999, 3000, 0, 2999, 14, 4242, 5998];
  expect(store.getMany(picks.map((i) => ids[i]!))).toEqual(picks.map((i) => sentences[i]));
  expect(store.getMany([])).toEqual([]);
  store.close();
});

test('SentenceStore: no writable temporary folder is a one-line IoError naming it', () => {
  const store = new SentenceStore(1, '/nonexistent/kg-tmp');
  expect(() => store.add('x'.repeat(2 << 20))).toThrow(/^kg\/io: \/nonexistent\/kg-tmp: cannot create the evidence sentence store \(ENOENT\); set TMPDIR to a writable folder$/);
});

test('IntColumns and IntArray grow past their first chunk or capacity and keep every value', () => {
  const t = new IntColumns({ a: Int32Array, b: Int8Array });
  for (let i = 0; i < 140_000; i++) {
    const row = t.push();
    t.col.a.set(row, i);
    if (i % 2) t.col.b.set(row, -(i % 100));
  }
  expect([t.length, t.col.a.get(139_999), t.col.b.get(70_001), t.col.b.get(70_002), t.col.a.get(0)]).toEqual([140_000, 139_999, -1, 0, 0]);
  const starts = new ArticleStarts();
  // Articles 0..3 start at rows 0, 3, 3 (article 1 has no rows) and 5.
  [0, 3, 3, 5].forEach((row, article) => starts.add(article, row));
  expect([0, 2, 3, 4, 5, 99].map((row) => starts.articleOf(row))).toEqual([0, 0, 2, 2, 3, 3]);
  const a = new IntArray(-1);
  a.set(100_000, 7);
  expect([a.get(100_000), a.get(99_999), a.get(5_000_000)]).toEqual([7, -1, -1]);
  const names = new Interner();
  expect([names.id('Hà Nội'), names.id('Havana'), names.id('Hà Nội')]).toEqual([0, 1, 0]);
  expect(names.values).toEqual(['Hà Nội', 'Havana']);
});

test('the compact graph streams the same nodes, edges and files as its graphology form; tiny sentence memory changes nothing', () => {
  const records = listArticlePaths([CORPUS]).files.map((f) => processArticle(parseArticle(f, fs.readFileSync(f))));
  const build = (sentenceMemory?: number) => {
    const b = new GraphBuilder(sentenceMemory === undefined ? {} : { sentenceMemory });
    for (const r of records) b.add(r);
    return b.finish();
  };
  const compact = build();
  const graph = compact.toGraphology();
  expect([compact.order, compact.size]).toEqual([graph.order, graph.size]);
  const viaGraph = graphSource(graph);
  expect([...compact.nodes()]).toEqual([...viaGraph.nodes()]);
  expect([...compact.edges()]).toEqual([...viaGraph.edges()]);
  for (const format of GRAPH_FORMATS) expect([...graphChunks(compact, format)].join('')).toBe(serializeGraph(graph, format));
  expect([...compact.nodes('none')].every((n) => n.attributes.evidence.every((e) => e.sentence === ''))).toBe(true);
  expect([...compact.edges('first')].every((e) => e.attributes.evidence[0].sentence !== '' && e.attributes.evidence.slice(1).every((x) => x.sentence === ''))).toBe(true);
  const spilled = build(1);
  expect([...spilled.nodes()]).toEqual([...compact.nodes()]);
  expect([...spilled.edges()]).toEqual([...compact.edges()]);
  spilled.close();
  compact.close();
});

test('node evidence keeps the first mention in each article, even across merged spellings', () => {
  const a = record('a.txt', [person('To Lam'), person('Tô Lâm')]);
  const b = new GraphBuilder();
  b.add(a);
  b.add(record('b.txt', [person('Tô Lâm')]));
  const nodes = [...b.finish().nodes()];
  expect(nodes.map((n) => n.key)).toEqual(['person:to-lam']);
  expect(nodes[0]!.attributes.evidence.map((e) => [e.doc, e.start])).toEqual([['a.txt', 0], ['b.txt', 0]]);
  expect(nodes[0]!.attributes.mentions).toBe(3);
});

test('an evidence date stated in a record reaches the node and edge evidence', () => {
  const r = record('a.txt', [person('Tô Lâm'), person('Vladimir Putin')], [{ type: 'CONGRATULATED', subject: 'e1', object: 'e0' }]);
  r.entities[0]!.evidence.date = '2024-08-03';
  r.relations[0]!.evidence.date = '2024-08';
  const b = new GraphBuilder();
  b.add(r);
  const g = b.finish();
  expect([...g.nodes()].map((n) => n.attributes.evidence[0]!.date)).toEqual(['2024-08-03', undefined]);
  expect([...g.edges()][0]!.attributes.evidence[0]!.date).toBe('2024-08');
});
