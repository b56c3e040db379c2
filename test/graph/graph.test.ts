// GraphBuilder and PersonResolver: cross-article person merging, talks merging, evidence accumulation, key order.
import { buildGraph, GraphBuilder } from '../../src/graph/index.js';
import { PersonResolver } from '../../src/graph/resolve.js';
import type { RecordEntity } from '../../src/schema/index.js';
import { person, record } from './records.js';

const VNM = { label: 'Country', key: 'country:vnm', name: 'Vietnam' } as const;
const talks = (date: string): Pick<RecordEntity, 'label' | 'key' | 'name' | 'kind' | 'mode' | 'date' | 'mentions'> =>
  ({ label: 'Event', key: 'event:talks:t', name: 'Phone talks', kind: 'talks', mode: 'phone', date, mentions: 0 });

const personNodes = (g: ReturnType<typeof buildGraph>): string[] => g.filterNodes((_k, a) => a.label === 'Person');

test('"Tô Lâm" and "To Lam" in two articles are one node carrying both forms and both articles', () => {
  const g = buildGraph([record('a.txt', [person('Tô Lâm')]), record('b.txt', [person('To Lam')])]);
  expect(personNodes(g)).toEqual(['person:to-lam']);
  const a = g.getNodeAttributes('person:to-lam');
  expect(a.name).toBe('Tô Lâm');
  expect(a.aliases).toEqual(['To Lam']);
  expect(a.evidence.map((e) => e.doc)).toEqual(['a.txt', 'b.txt']);
  expect(a.mentions).toBe(2);
});

test('"Miguel Díaz-Canel" and "Miguel Diaz-Canel Bermudez" merge, keyed by the shorter full form', () => {
  const g = buildGraph([record('a.txt', [person('Miguel Díaz-Canel')]), record('b.txt', [person('Miguel Diaz-Canel Bermudez')])]);
  expect(personNodes(g)).toEqual(['person:miguel-diaz-canel']);
  const a = g.getNodeAttributes('person:miguel-diaz-canel');
  expect([a.name, ...a.aliases].sort()).toEqual(['Miguel Diaz-Canel Bermudez', 'Miguel Díaz-Canel']);
});

test('the key holds whichever spelling comes first', () => {
  const g = buildGraph([record('b.txt', [person('Miguel Diaz-Canel Bermudez')]), record('a.txt', [person('Miguel Díaz-Canel')])]);
  expect(personNodes(g)).toEqual(['person:miguel-diaz-canel']);
});

test('a one-token "Trong" in a third article joins "Nguyễn Phú Trọng"', () => {
  const g = buildGraph([
    record('a.txt', [person('Nguyễn Phú Trọng')]),
    record('b.txt', [person('Vladimir Putin')]),
    record('c.txt', [person('Trong'), VNM], [{ type: 'VISITED', subject: 'e0', object: 'e1', date: '2020-01' }]),
  ]);
  expect(personNodes(g)).toEqual(['person:nguyen-phu-trong', 'person:vladimir-putin']);
  const a = g.getNodeAttributes('person:nguyen-phu-trong');
  expect(a.name).toBe('Nguyễn Phú Trọng');
  expect(a.aliases).toContain('Trong');
  expect(a.evidence.map((e) => e.doc)).toEqual(['a.txt', 'c.txt']);
  expect(g.hasEdge('VISITED:person:nguyen-phu-trong->country:vnm@2020-01')).toBe(true);
});

test('"Fidel Castro" and "Raúl Castro" stay two people, even in one article', () => {
  const g = buildGraph([record('a.txt', [person('Fidel Castro')]), record('b.txt', [person('Raúl Castro'), person('Fidel Castro')])]);
  expect(personNodes(g)).toEqual(['person:fidel-castro', 'person:raul-castro']);
  expect(g.getNodeAttribute('person:fidel-castro', 'evidence').map((e) => e.doc)).toEqual(['a.txt', 'b.txt']);
});

test('a single token shared by two full names stays its own node', () => {
  const g = buildGraph([record('a.txt', [person('Fidel Castro')]), record('b.txt', [person('Raúl Castro')]), record('c.txt', [person('Castro')])]);
  expect(personNodes(g)).toEqual(['person:castro', 'person:fidel-castro', 'person:raul-castro']);
});

test('PersonResolver: ids of merged forms share a root; describe gives key, fullest name and aliases', () => {
  const r = new PersonResolver();
  const a = r.add('Tô Lâm', ['Lâm']);
  const b = r.add('To Lam', []);
  const c = r.add('Lam', []);
  const d = r.add('Lam Son', []);
  r.settle();
  expect(r.root(a)).toBe(r.root(b));
  expect(r.root(c)).not.toBe(r.root(a)); // "Lam" is in two full names: ambiguous
  expect(r.root(d)).not.toBe(r.root(a));
  expect(r.describe(a)).toEqual({ key: 'person:to-lam', name: 'Tô Lâm', aliases: ['Lâm', 'To Lam'] });
});

test('PersonResolver: a reversed two-token name and a name with one more middle name are the same person', () => {
  const r = new PersonResolver();
  const a = r.add('Shigeru Ishiba', ['Ishiba']);
  const b = r.add('Ishiba Shigeru', []);
  const c = r.add('Miguel Mario Díaz-Canel Bermúdez', []);
  const d = r.add('Miguel Díaz-Canel Bermúdez', []);
  const e = r.add('Raúl Castro Ruz', []);
  const f = r.add('Juan Pablo Fernández Ruz', []);
  const g = r.add('Raúl Modesto Castro Ruz', []);
  r.settle();
  expect(r.root(a)).toBe(r.root(b));
  expect(r.root(c)).toBe(r.root(d));
  expect(r.describe(d).name).toBe('Miguel Mario Díaz-Canel Bermúdez');
  expect(r.root(g)).toBe(r.root(e));
  expect(r.root(f)).not.toBe(r.root(e));
});

test('PersonResolver: middle initials do not count ("Donald J. Trump" = "Donald Trump"), and the key keeps the full form', () => {
  const r = new PersonResolver();
  const a = r.add('Donald J. Trump', ['Trump']);
  const b = r.add('Donald Trump', []);
  const c = r.add('Meynardo L. B. Montealegre', []);
  const d = r.add('Salman bin Abdulaziz Al Saud', []);
  const e = r.add('Mohammed bin Salman bin Abdulaziz Al Saud', []);
  r.settle();
  expect(r.root(a)).toBe(r.root(b));
  expect(r.describe(c).key).toBe('person:meynardo-l-b-montealegre');
  expect(r.root(d)).not.toBe(r.root(e));
});

test('PersonResolver: a Russian patronymic does not count ("Vladimir Vladimirovich Putin" = "Vladimir Putin"), a surname ending like one does', () => {
  const r = new PersonResolver();
  const a = r.add('Vladimir Vladimirovich Putin', ['Putin']);
  const b = r.add('Vladimir Putin', []);
  const c = r.add('Mikhail Mishustin', []);
  const d = r.add('Aleksandar Vucic', []);
  const e = r.add('Aleksandar Ivanovich', []);
  r.settle();
  expect(r.root(a)).toBe(r.root(b));
  expect(r.root(c)).not.toBe(r.root(a));
  // Only an inner token is a patronymic: "Ivanovich" as a last name stays.
  expect(r.root(d)).not.toBe(r.root(e));
});

test('a one-word name an article keeps apart from a fuller name holding it stays apart', () => {
  const g = buildGraph([record('a.txt', [person('Anwar Ibrahim'), person('Ibrahim')]), record('b.txt', [person('Anwar Ibrahim')])]);
  expect(personNodes(g)).toEqual(['person:anwar-ibrahim', 'person:ibrahim']);
});

test('talks with the same full date and participants from two articles are one Event node', () => {
  const article = (doc: string, a: string, b: string) =>
    record(doc, [person(a), person(b), talks('2026-01-26')], [
      { type: 'PARTICIPATED_IN', subject: 'e0', object: 'e2' },
      { type: 'PARTICIPATED_IN', subject: 'e1', object: 'e2' },
      { type: 'CONGRATULATED', subject: 'e1', object: 'e0', date: '2026-01-26', occasion: 'e2' },
    ]);
  const g = buildGraph([article('a.txt', 'Tô Lâm', 'Miguel Díaz-Canel'), article('b.txt', 'To Lam', 'Miguel Diaz-Canel')]);
  const events = g.filterNodes((_k, a) => a.label === 'Event');
  const key = 'event:talks:2026-01-26:miguel-diaz-canel+to-lam';
  expect(events).toEqual([key]);
  expect(g.getNodeAttributes(key)).toMatchObject({ kind: 'talks', mode: 'phone', date: '2026-01-26' });
  expect(g.getNodeAttribute(key, 'evidence').map((e) => e.doc)).toEqual(['a.txt', 'b.txt']);
  expect(g.inNeighbors(key).sort()).toEqual(['person:miguel-diaz-canel', 'person:to-lam']);
  const congrats = g.getEdgeAttributes('CONGRATULATED:person:miguel-diaz-canel->person:to-lam@2026-01-26');
  expect(congrats.occasion).toBe(key);
  expect(congrats.evidence.map((e) => e.doc)).toEqual(['a.txt', 'b.txt']);
});

test('talks on different dates, or with a partial date, stay apart', () => {
  const article = (doc: string, date: string) =>
    record(doc, [person('Tô Lâm'), person('Miguel Díaz-Canel'), talks(date)], [
      { type: 'PARTICIPATED_IN', subject: 'e0', object: 'e2' },
      { type: 'PARTICIPATED_IN', subject: 'e1', object: 'e2' },
    ]);
  const g = buildGraph([article('a.txt', '2026-01-26'), article('b.txt', '2026-01-27'), article('c.txt', '2026-01'), article('d.txt', '2026-01')]);
  expect(g.filterNodes((_k, a) => a.label === 'Event')).toHaveLength(4);
});

test('edge evidence accumulates across articles, one entry per article and span, sorted by doc', () => {
  const art = (doc: string, start?: number) =>
    record(doc, [person('Vladimir Putin'), person('Nguyễn Phú Trọng')], [{ type: 'CONGRATULATED', subject: 'e0', object: 'e1', date: '2021-04-05', ...(start !== undefined ? { start } : {}) }]);
  const g = buildGraph([art('c.txt'), art('a.txt', 7), art('a.txt', 7), art('a.txt', 9)]);
  expect(g.size).toBe(1);
  const e = g.getEdgeAttributes('CONGRATULATED:person:vladimir-putin->person:nguyen-phu-trong@2021-04-05');
  expect(e.evidence.map((x) => [x.doc, x.start])).toEqual([['a.txt', 7], ['a.txt', 9], ['c.txt', 100]]);
  expect(e.cameo).toBe('051');
});

test('nodes and edges come out in sorted key order whatever the record order', () => {
  const recs = [
    record('b.txt', [person('Vladimir Putin'), { label: 'Country', key: 'country:rus', name: 'Russia' }], [{ type: 'HOLDS_POSITION', subject: 'e0', object: 'e1', title: 'President' }]),
    record('a.txt', [person('Tô Lâm'), VNM, { label: 'Party', key: 'party:communist-party-of-vietnam', name: 'Communist Party of Vietnam' }], [
      { type: 'VISITED', subject: 'e0', object: 'e1', date: '2024-09' },
      { type: 'BASED_IN', subject: 'e2', object: 'e1' },
    ]),
  ];
  const g = buildGraph(recs);
  const sorted = (xs: string[]) => [...xs].sort();
  expect(g.nodes()).toEqual(sorted(g.nodes()));
  expect(g.edges()).toEqual(sorted(g.edges()));
  expect(g.edges()).toEqual([
    'BASED_IN:party:communist-party-of-vietnam->country:vnm',
    'HOLDS_POSITION:person:vladimir-putin->country:rus#president',
    'VISITED:person:to-lam->country:vnm@2024-09',
  ]);
  const b = new GraphBuilder();
  for (const r of [...recs].reverse()) b.add(r);
  expect(b.finish().toGraphology().export()).toEqual(g.export());
});
