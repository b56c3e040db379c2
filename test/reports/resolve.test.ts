// Actor-name lookup: keys, names, aliases, diacritics optional, partial names when unique, clear errors otherwise.
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';
import { NameError, resolveNode } from '../../src/reports/index.js';

const graph = fixtureGraph();

test.each([
  ['Diaz-Canel', 'person:miguel-diaz-canel'],
  ['Miguel Díaz-Canel Bermúdez', 'person:miguel-diaz-canel'],
  ['miguel diaz canel', 'person:miguel-diaz-canel'],
  ['To Lam', 'person:to-lam'],
  ['Tô Lâm', 'person:to-lam'],
  ['Viet Nam', 'country:vnm'],
  ['Vietnam', 'country:vnm'],
  ['vnm', 'country:vnm'],
  ['CPV', 'party:communist-party-of-vietnam'],
  ['Communist Party of Viet Nam', 'party:communist-party-of-vietnam'],
  ['Putin', 'person:vladimir-putin'],
  ['person:raul-castro', 'person:raul-castro'],
])('%s -> %s', (query, key) => {
  expect(resolveNode(graph, query)).toBe(key);
});

test('an ambiguous name lists its candidates', () => {
  expect(() => resolveNode(graph, 'Castro')).toThrow('kg/reports: "Castro": ambiguous, it matches Fidel Castro (person:fidel-castro), Raul Castro (person:raul-castro)');
  try {
    resolveNode(graph, 'Castro');
  } catch (e) {
    expect(e).toBeInstanceOf(NameError);
    expect((e as NameError).candidates).toEqual(['person:fidel-castro', 'person:raul-castro']);
  }
});

test('an unknown name suggests near ones, or says none is near', () => {
  expect(() => resolveNode(graph, 'Vladimir Putn')).toThrow('no Person/Party/Country/Organization of that name; candidates: Vladimir Putin (person:vladimir-putin)');
  expect(() => resolveNode(graph, 'Obama')).toThrow('"Obama": no Person/Party/Country/Organization of that name among 13');
});

test('events are not actors', () => {
  expect(() => resolveNode(graph, 'event:talks:2026-01-26:miguel-diaz-canel+to-lam')).toThrow(NameError);
});
