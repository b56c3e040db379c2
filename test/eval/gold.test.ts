// eval/gold: gold files are checked against schema/gold.schema.json and their ids; errors are one line naming the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KgError } from '../../src/errors.js';
import { loadGoldDir, parseGold, SCORED_RELATION_TYPES, selectGold } from '../../src/eval/index.js';
import { evalFx, FIXTURES, goldOf } from './helpers.js';

const person = { id: 'alice', label: 'Person', name: 'Alice Example', aliases: [] };
const problem = (data: unknown): string => {
  try {
    parseGold(data, 'g/t.json');
  } catch (e) {
    expect(e).toBeInstanceOf(KgError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error('expected the gold to be refused');
};

test('eval/gold: the seed and dev gold files all pass the schema, one per article', () => {
  const golds = loadGoldDir(path.join(FIXTURES, 'gold'));
  expect(golds).toHaveLength(15);
  expect(golds[1]!.doc).toBe('001_c67236414fa3b35e.txt');
  expect(golds[1]!.entities.get('to_lam')!.norms).toEqual(new Set(['to lam', 'lam']));
  expect(golds.every((g) => g.entities.size > 0)).toBe(true);
});

test('eval/gold: labels, relation types, ids, dates and unknown properties are checked', () => {
  expect(problem({ entities: [{ ...person, label: 'person' }] })).toBe('kg/eval: g/t.json: /entities/0/label "person" is not one of Person, Party, Country, Organization, Event');
  expect(problem({ entities: [person], relations: [{ type: 'CONGRATULATE', source: 'alice', target: 'alice' }] })).toMatch(/\/relations\/0\/type "CONGRATULATE" is not a scored relation type \(use one of CONGRATULATED, /);
  expect(problem({ entities: [person], relations: [{ type: 'HOSTED_VISIT_OF', source: 'alice', target: 'alice' }] })).toMatch(/"HOSTED_VISIT_OF" is not a scored relation type/);
  expect(problem({ entities: [person, person] })).toBe('kg/eval: g/t.json: /entities/1 entity id alice appears twice');
  expect(problem({ entities: [person], talks: [{ participants: ['alice', 'bob'] }] })).toBe('kg/eval: g/t.json: /talks/0 participant refers to unknown entity "bob"');
  expect(problem({ entities: [person], relations: [{ type: 'PRAISED', source: 'alice', target: 'nobody' }] })).toMatch(/\/relations\/0 PRAISED target refers to unknown entity "nobody"/);
  expect(problem({ entities: [{ ...person, optinal: true }] })).toBe('kg/eval: g/t.json: /entities/0 has unknown property "optinal"');
  expect(problem({ entities: [person], talks: [{ participants: ['alice'], date: '2026-13-01' }] })).toMatch(/\/talks\/0\/date "2026-13-01" is not an ISO date/);
  expect(problem({ entites: [] })).toMatch(/ \/ must have required property 'entities'/);
  expect(problem({ entities: [{ id: 'x', label: 'Person' }] })).toMatch(/\/entities\/0 must have required property 'name'/);
});

test('eval/gold: an optional entity may carry any label; notes and a publication date are allowed', () => {
  const [g] = goldOf([person, { id: 'hanoi', label: 'City', name: 'Testville', aliases: [], optional: true }]);
  expect(g!.entities.get('hanoi')!.optional).toBe(true);
  expect(() => parseGold({ doc: 'dir/t.txt', date: '2026-01-27', note: 'n', entities: [{ ...person, note: 'n' }], relations: [], talks: [{ participants: ['alice'], note: 'n' }] }, 't.json')).not.toThrow();
  expect(parseGold({ doc: 'dir/t.txt', entities: [] }, 'x.json').doc).toBe('t.txt');
  expect(parseGold({ entities: [] }, 'gold/x.json').doc).toBe('x.txt');
});

test('eval/gold: the scored relation types are the vocabulary minus HOSTED_VISIT_OF, PARTICIPATED_IN and TOOK_PLACE_IN', () => {
  expect(SCORED_RELATION_TYPES).toEqual(['CONGRATULATED', 'INVITED', 'ACCEPTED_INVITATION_OF', 'THANKED', 'PRAISED', 'VISITED', 'HOLDS_POSITION', 'BASED_IN', 'ORGANIZED']);
});

test('eval/gold: bad folders and files give one-line errors naming them', () => {
  expect(() => loadGoldDir(evalFx('missing'))).toThrow(/^kg\/eval: .*missing: not a folder of gold files$/);
  expect(() => loadGoldDir(evalFx('bad', 'gold-empty'))).toThrow(/gold-empty: no \.json gold files$/);
  expect(() => loadGoldDir(evalFx('bad', 'gold-broken'))).toThrow(/^kg\/io: .*b1\.json: invalid JSON/);
  expect(() => loadGoldDir(evalFx('bad', 'gold-unknown-ref'))).toThrow(/b2\.json: \/relations\/0 PRAISED target refers to unknown entity "nobody_known"$/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-gold-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ doc: 'same.txt', entities: [] }));
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ doc: 'same.txt', entities: [] }));
    expect(() => loadGoldDir(dir)).toThrow(/b\.json: doc same\.txt is already annotated in .*a\.json$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('eval/gold: selection by --docs (in the order given), by the articles given, or all', () => {
  const golds = loadGoldDir(evalFx('gold'));
  expect(selectGold(golds).map((g) => g.doc)).toEqual(['a1.txt', 'a2.txt', 'a3.txt']);
  expect(selectGold(golds, { docs: ['corpus/a3.txt', 'a1.json'] }).map((g) => g.doc)).toEqual(['a3.txt', 'a1.txt']);
  expect(selectGold(golds, { articles: ['x/a3.txt', 'x/zz.txt', 'a1.txt'] }).map((g) => g.doc)).toEqual(['a1.txt', 'a3.txt']);
  expect(selectGold(golds, { articles: [] })).toEqual([]);
  expect(() => selectGold(golds, { docs: ['zz.txt'] })).toThrow('kg/cli: --docs: no gold file for zz.txt');
});
