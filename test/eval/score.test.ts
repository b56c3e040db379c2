// eval/score: the referee's hand-counted fixtures (test/fixtures/eval), ported assertion for assertion from its self-test.
import { loadGoldDir, normalize, readGraphExport, scoreGraph } from '../../src/eval/index.js';
import { c, evalFx, goldOf, graphOf, tfp } from './helpers.js';

const res = scoreGraph(loadGoldDir(evalFx('gold')), readGraphExport(evalFx('graph.json')));
const doc = (name: string) => res.perDoc[name]!;

test('eval/normalize: folds diacritics, đ and Ð, case, punctuation and a leading "the"', () => {
  expect(normalize('Việt Nam')).toBe('viet nam');
  expect(normalize('ĐẶNG VĂN THỬ')).toBe(normalize('Đặng Văn Thử'));
  expect(normalize('Đặng Văn Thử')).toBe('dang van thu');
  expect(normalize('Ðặng')).toBe('dang');
  expect(normalize('  The   Republic of Testland! ')).toBe('republic of testland');
  expect(normalize('Testland Workers’ Party')).toBe(normalize("Testland Workers' Party"));
  expect(normalize('Meynardo L.B. Montealegre')).toBe(normalize('Meynardo L. B. Montealegre'));
  expect(normalize('the')).toBe('the');
  expect(normalize(undefined)).toBe('');
});

test('eval/score: entities count duplicates, ignore optional and non-congress events, match aliases with diacritics', () => {
  const a1 = doc('a1.txt').entities;
  // TP: Alice, Bob, Đặng (via alias "ĐẶNG VĂN THỬ"), Testland (via alias), congress. FP: duplicate Alice,
  // Ghost, the party labelled Organization. FN: the party. Ignored: optional Central Committee, visit event, City.
  expect(tfp(a1)).toEqual(c(5, 3, 1));
  expect(a1.fps.some((s) => s.includes('[person:alice-dup] duplicate of alice_example'))).toBe(true);
  expect(a1.fps.some((s) => s.includes('"Ghost Person"'))).toBe(true);
  expect(a1.fps.some((s) => s.includes('[org:twp]'))).toBe(true); // labels must agree
  expect(a1.fps.some((s) => /org:cc|event:visit|city:|event:talks/.test(s))).toBe(false);
  expect(a1.fns).toEqual(["Party Testland Workers' Party (twp)"]);
  // a2: optional Dave ignored; Carol found through a plain `docs` array instead of evidence.
  expect(tfp(doc('a2.txt').entities)).toEqual(c(4, 0, 0));
  // a3: the Testland node has no evidence in a3, so Testland is missed there.
  expect(tfp(doc('a3.txt').entities)).toEqual(c(2, 0, 1));
  expect(tfp(res.entities)).toEqual(c(11, 3, 2));
});

test('eval/score: relations dedupe triples, ignore optional ones, count unmapped ends as FP', () => {
  // a1: CONGRATULATED twice (dup node) counts once; PRAISED matches an optional relation; HOLDS_POSITION
  // to the optional Central Committee is ignored; THANKED from the unmatched Ghost is an FP.
  const a1 = doc('a1.txt').relations;
  expect(tfp(a1)).toEqual(c(2, 1, 3));
  expect(a1.fps).toEqual(['THANKED ?"Ghost Person" [person:ghost] -> Republic of Testland (unmapped end)']);
  expect(a1.fns).toContain("ORGANIZED Testland Workers' Party -> 1st Congress of the Testland Workers' Party");
  // a2: two INVITED multi-edges count once; the undirected THANKED edge matches the gold direction.
  expect(tfp(doc('a2.txt').relations)).toEqual(c(3, 0, 0));
  // a3: the edge's target node has no evidence in a3, so the edge cannot be mapped there.
  expect(tfp(doc('a3.txt').relations)).toEqual(c(0, 1, 1));
  expect(tfp(res.relations)).toEqual(c(5, 2, 4));
  expect(tfp(res.byType.HOLDS_POSITION!)).toEqual(c(1, 1, 2));
  expect(tfp(res.byType.THANKED!)).toEqual(c(1, 1, 0));
  expect(Object.keys(res.byType)).toEqual(['CONGRATULATED', 'INVITED', 'THANKED', 'VISITED', 'HOLDS_POSITION', 'BASED_IN', 'ORGANIZED']);
});

test('eval/score: talks compare unordered person pairs', () => {
  // a1 system persons: Alice (twice, collapsed), Bob, Ghost -> Alice+Bob TP, two Ghost pairs FP;
  // gold Alice+Bob+Đặng -> the two pairs with Đặng are FN.
  const a1 = doc('a1.txt').talks;
  expect(tfp(a1)).toEqual(c(1, 2, 2));
  expect(a1.fps.filter((s) => s.endsWith('(unmapped person)'))).toHaveLength(2);
  // a2: Alice+Carol TP, Alice+Eve FP, Carol+Eve matches an optional talks entry, pairs with optional Dave ignored.
  expect(tfp(doc('a2.txt').talks)).toEqual(c(1, 1, 0));
  expect(doc('a2.txt').talks.fps).toEqual(['talks Alice Example + Eve Witness']);
  expect(tfp(res.talks)).toEqual(c(2, 3, 2));
});

test('eval/score: dates are checked on true positives whose gold has a date', () => {
  // a1: CONGRATULATED right on one of its two edges, talks right; a2: VISITED right after trimming,
  // INVITED wrong on both edges, talks right; THANKED has no gold date.
  expect({ correct: doc('a1.txt').dates.correct, total: doc('a1.txt').dates.total }).toEqual({ correct: 2, total: 2 });
  expect(doc('a2.txt').dates.errors).toEqual(['INVITED Carol Tester -> Alice Example: gold 2026-02-01, system 2026-02-02, 2026-02-03']);
  expect(res.dates).toEqual({ correct: 4, total: 5, accuracy: 0.8 });
});

test('eval/score: merging wants one node per gold entity seen in two or more articles', () => {
  // Eligible: Alice (a1, a2), Testland (a1, a2, a3), Bob (a1, a3). Dave is optional in a2, so not eligible.
  expect(res.merging.merged).toBe(1);
  expect(res.merging.total).toBe(3);
  expect(res.merging.failures).toEqual([
    { id: 'alice_example', name: 'Alice Example', nodes: ['person:alice', 'person:alice-dup'] },
    { id: 'testland', name: 'Republic of Testland', nodes: ['country:testland', 'country:testland2'] },
  ]);
});

test('eval/score: overall pools entities, relations and talks', () => {
  expect(tfp(res.overall)).toEqual(c(18, 8, 8));
  expect(res.overall.f1).toBeCloseTo(18 / 26, 12);
});

test('eval/score: a node matches by name before aliases; ties prefer an equal canonical name, then file order', () => {
  const gold = goldOf([
    { id: 'sam_sample', label: 'Person', name: 'Sam Sample', aliases: ['Sam'] },
    { id: 'sam', label: 'Person', name: 'Sam', aliases: [] },
    { id: 'kim_first', label: 'Person', name: 'Kim First', aliases: ['Kim'] },
    { id: 'kim_second', label: 'Person', name: 'Kim Second', aliases: ['Kim'] },
    { id: 'lee_one', label: 'Person', name: 'Lee One', aliases: ['Lee'] },
  ]);
  const graph = graphOf(
    [
      ['n1', 'Person', 'Sam'], // both Sam entities: the one named "Sam" wins
      ['n2', 'Person', 'Kim'], // both Kim entities: first in file order
      ['n3', 'Person', 'Lee One', ['Sam']], // name matches, alias not consulted
      ['n4', 'Person', 'Mr. Nobody', ['Kim Second']], // name fails, alias matches
    ],
    [['n1', 'n2', 'PRAISED'], ['n3', 'n4', 'THANKED']],
  );
  const d = scoreGraph(gold, graph).perDoc['t.txt']!;
  expect(tfp(d.entities)).toEqual(c(4, 0, 1));
  expect(d.entities.fns).toEqual(['Person Sam Sample (sam_sample)']);
  expect(d.relations.fps).toEqual(['PRAISED Sam -> Kim First', 'THANKED Lee One -> Kim Second']);
});

test('eval/score: an edge touching an optional entity is ignored even when its other end is unmapped', () => {
  const gold = goldOf(
    [
      { id: 'alice', label: 'Person', name: 'Alice Example', aliases: [] },
      { id: 'cc', label: 'Organization', name: 'Central Committee', aliases: [], optional: true },
    ],
    [{ type: 'HOLDS_POSITION', source: 'alice', target: 'cc' }],
  );
  const graph = graphOf(
    [['a', 'Person', 'Alice Example'], ['x', 'Person', 'Unknown Person'], ['cc', 'Organization', 'Central Committee']],
    [['x', 'cc', 'HOLDS_POSITION'], ['a', 'cc', 'HOLDS_POSITION'], ['a', 'x', 'PRAISED'], ['a', 'cc', 'PARTICIPATED_IN']],
  );
  const d = scoreGraph(gold, graph).perDoc['t.txt']!;
  // The gold relation touches an optional entity, so it is not a FN either.
  expect(tfp(d.relations)).toEqual(c(0, 1, 0));
  expect(d.relations.fps).toEqual(['PRAISED Alice Example -> ?"Unknown Person" [x] (unmapped end)']);
});

test('eval/score: undirected graphs may match a relation in either direction', () => {
  const gold = goldOf(
    [
      { id: 'alice', label: 'Person', name: 'Alice Example', aliases: [] },
      { id: 'testland', label: 'Country', name: 'Republic of Testland', aliases: [] },
    ],
    [{ type: 'VISITED', source: 'alice', target: 'testland' }],
  );
  const nodes: Parameters<typeof graphOf>[0] = [['a', 'Person', 'Alice Example'], ['t', 'Country', 'Republic of Testland']];
  const reversed: Parameters<typeof graphOf>[1] = [['t', 'a', 'VISITED']];
  expect(tfp(scoreGraph(gold, graphOf(nodes, reversed, { type: 'undirected' })).relations)).toEqual(c(1, 0, 0));
  expect(tfp(scoreGraph(gold, graphOf(nodes, reversed, { type: 'directed' })).relations)).toEqual(c(0, 1, 1));
});

test('eval/score: types outside the scored table (HOSTED_VISIT_OF, TOOK_PLACE_IN, unknown) are ignored', () => {
  const gold = goldOf([
    { id: 'alice', label: 'Person', name: 'Alice Example', aliases: [] },
    { id: 'testland', label: 'Country', name: 'Testland', aliases: [] },
  ]);
  const graph = graphOf(
    [['a', 'Person', 'Alice Example'], ['t', 'Country', 'Testland']],
    [['t', 'a', 'HOSTED_VISIT_OF'], ['a', 't', 'TOOK_PLACE_IN'], ['a', 't', 'MENTIONED_WITH']],
  );
  const r = scoreGraph(gold, graph);
  expect(tfp(r.relations)).toEqual(c(0, 0, 0));
  expect(r.byType).toEqual({});
});
