// The real extractor on the seed corpus (corpus/, five articles): the facts the graph contract promises, and determinism.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph } from '../../src/graph/index.js';
import { runPipeline } from '../../src/pipeline/index.js';
import { RELATION_TABLE, type EdgeAttributes } from '../../src/schema/index.js';
import { writeGexf, writeGraphml, writeJson } from '../../src/sinks/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = path.join(ROOT, 'corpus');
const A001 = '001_c67236414fa3b35e.txt';
const A002 = '002_edb47fd48101e0a4.txt';
const A004 = '004_9ea85121afcd3242.txt';

let graph: KnowledgeGraph;
beforeAll(async () => {
  const result = await runPipeline([CORPUS]);
  expect(result.failures).toEqual([]);
  expect(result.articles).toBe(5);
  graph = result.graph;
});

/** Edges of a type from source to target (keys), optionally with a given date. */
function edges(type: string, source: string, target: string, date?: string): EdgeAttributes[] {
  return graph
    .filterEdges((_k, a, s, t) => a.type === type && s === source && t === target && (date === undefined || a.date === date))
    .map((k) => graph.getEdgeAttributes(k));
}

const personKey = (prefix: string): string => {
  const keys = graph.filterNodes((k, a) => a.label === 'Person' && k.startsWith(prefix));
  expect(keys).toHaveLength(1);
  return keys[0]!;
};

test('one Person node for Tô Lâm, with evidence in 001 and 002', () => {
  const lam = graph.filterNodes((_k, a) => a.label === 'Person' && [a.name, ...a.aliases].some((n) => /^(Tô Lâm|To Lam)$/.test(n)));
  expect(lam).toEqual(['person:to-lam']);
  const docs = graph.getNodeAttribute('person:to-lam', 'evidence').map((e) => e.doc);
  expect(docs).toEqual(expect.arrayContaining([A001, A002]));
});

test('the Communist Party of Cuba is BASED_IN Cuba', () => {
  expect(graph.getNodeAttribute('country:cub', 'label')).toBe('Country');
  expect(edges('BASED_IN', 'party:communist-party-of-cuba', 'country:cub')).toHaveLength(1);
});

test('001: phone talks on 2026-01-26 between Tô Lâm and Díaz-Canel, where Díaz-Canel congratulated Tô Lâm', () => {
  const dc = personKey('person:miguel-diaz-canel');
  const talks = graph.filterNodes((_k, a) => a.label === 'Event' && a.kind === 'talks' && a.evidence.some((e) => e.doc === A001));
  expect(talks).toHaveLength(1);
  const event = talks[0]!;
  expect(graph.getNodeAttributes(event)).toMatchObject({ kind: 'talks', mode: 'phone', date: '2026-01-26' });
  for (const who of ['person:to-lam', dc]) expect(graph.edges(who, event).map((k) => graph.getEdgeAttribute(k, 'type'))).toContain('PARTICIPATED_IN');
  const congrats = edges('CONGRATULATED', dc, 'person:to-lam', '2026-01-26');
  expect(congrats).toHaveLength(1);
  expect(congrats[0]!.occasion).toBe(event);
  expect(congrats[0]!.evidence.some((e) => e.doc === A001 && e.sentence.includes('extended congratulations'))).toBe(true);
});

test('004: Putin congratulated Trọng on 2021-04-05; Trọng invited Putin, who accepted', () => {
  const putin = personKey('person:vladimir-putin');
  const trong = personKey('person:nguyen-phu-trong');
  expect(edges('CONGRATULATED', putin, trong, '2021-04-05').some((e) => e.evidence.some((x) => x.doc === A004))).toBe(true);
  expect(edges('INVITED', trong, putin).some((e) => e.evidence.some((x) => x.doc === A004))).toBe(true);
  expect(edges('ACCEPTED_INVITATION_OF', putin, trong).some((e) => e.evidence.some((x) => x.doc === A004))).toBe(true);
});

test('002: Tô Lâm visited Cuba (2024-09) and Díaz-Canel visited Vietnam (2025-09)', () => {
  const dc = personKey('person:miguel-diaz-canel');
  expect(edges('VISITED', 'person:to-lam', 'country:cub', '2024-09').some((e) => e.evidence.some((x) => x.doc === A002))).toBe(true);
  expect(edges('VISITED', dc, 'country:vnm', '2025-09').some((e) => e.evidence.some((x) => x.doc === A002))).toBe(true);
});

test('Fidel Castro and Raúl Castro are two different nodes', () => {
  const fidel = graph.filterNodes((_k, a) => a.label === 'Person' && a.name === 'Fidel Castro');
  const raul = graph.filterNodes((_k, a) => a.label === 'Person' && /^Ra[uú]l Castro$/.test(a.name));
  expect(fidel).toHaveLength(1);
  expect(raul).toHaveLength(1);
  expect(fidel[0]).not.toBe(raul[0]);
});

test('every evidence span (edges and nodes) lies inside its evidence sentence in the article text', () => {
  const texts = new Map<string, string>();
  const text = (doc: string) => texts.get(doc) ?? texts.set(doc, fs.readFileSync(path.join(CORPUS, doc), 'utf8')).get(doc)!;
  const bad: string[] = [];
  const check = (where: string, ev: { doc: string; sentence: string; start: number; end: number }[]) => {
    for (const e of ev) {
      const span = text(e.doc).slice(e.start, e.end);
      if (e.end <= e.start || !e.sentence.includes(span)) bad.push(`${where} ${e.doc} ${e.start}-${e.end} ${JSON.stringify(span)}`);
    }
  };
  let n = 0;
  graph.forEachEdge((k, a) => void (check(k, a.evidence), (n += a.evidence.length)));
  graph.forEachNode((k, a) => check(k, a.evidence));
  expect(n).toBeGreaterThan(50);
  expect(bad).toEqual([]);
});

// PARTICIPATED_IN refines the table's 040 (consult) by the event: 041 phone talks, 042 a visit (CAMEO's own sub-codes).
test('every edge carries the CAMEO code of its type where the vocabulary has one', () => {
  const wrong: string[] = [];
  graph.forEachEdge((k, a, _s, t) => {
    const cameo: string | null = RELATION_TABLE[a.type].cameo;
    const event = graph.getNodeAttributes(t);
    const expected = a.type !== 'PARTICIPATED_IN' ? cameo : event.kind === 'visit' ? '042' : event.mode === 'phone' ? '041' : cameo;
    if ((expected ?? undefined) !== a.cameo) wrong.push(`${k}: ${a.cameo} (expected ${expected})`);
  });
  expect(wrong).toEqual([]);
  expect(edges('CONGRATULATED', personKey('person:vladimir-putin'), personKey('person:nguyen-phu-trong'), '2021-04-05')[0]!.cameo).toBe('051');
  expect(edges('BASED_IN', 'party:communist-party-of-cuba', 'country:cub')[0]!.cameo).toBeUndefined();
});

test('two runs give byte-identical JSON, GEXF and GraphML', async () => {
  const again = await runPipeline([CORPUS]);
  expect(writeJson(again.graph)).toBe(writeJson(graph));
  expect(writeGexf(again.graph)).toBe(writeGexf(graph));
  expect(writeGraphml(again.graph)).toBe(writeGraphml(graph));
});
