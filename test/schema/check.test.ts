// checkRecord and checkGraph: schema violations and broken references come back as JSON pointers with one-line messages.
import { SchemaError } from '../../src/errors.js';
import { assertRecord, checkGraph, checkRecord, detectKind, RELATION_TYPES, type ExtractionRecord } from '../../src/schema/index.js';

const ev = (start: number, end: number) => ({ doc: 'a.txt', sentence: 'Putin congratulated Trong.', start, end });

/** A small valid record: Putin congratulated Trọng. */
function valid(): ExtractionRecord {
  return {
    article: { id: 'a.txt', date: '2021-04-06', chars: 26 },
    entities: [
      { id: 'e1', label: 'Person', key: 'person:vladimir-putin', name: 'Putin', aliases: [], mentions: 1, evidence: ev(0, 5) },
      { id: 'e2', label: 'Person', key: 'person:nguyen-phu-trong', name: 'Trong', aliases: [], mentions: 1, evidence: ev(20, 25) },
    ],
    mentions: [
      { entity: 'e1', text: 'Putin', start: 0, end: 5, sentence: 0, via: 'name' },
      { entity: 'e2', text: 'Trong', start: 20, end: 25, sentence: 0, via: 'name' },
    ],
    relations: [{ type: 'CONGRATULATED', subject: 'e1', object: 'e2', date: '2021-04-05', cameo: '051', evidence: ev(0, 25) }],
  };
}

test('the valid record has no issues and asserts', () => {
  expect(checkRecord(valid())).toEqual([]);
  expect(() => assertRecord(valid(), 'a.txt')).not.toThrow();
  expect(detectKind(valid())).toBe('record');
});

test('unknown entity references are reported with JSON pointers', () => {
  const r = valid();
  r.relations[0]!.object = 'e7';
  r.relations.push({ type: 'INVITED', subject: 'e9', object: 'e1', occasion: 'e5', evidence: ev(0, 5) });
  r.mentions[1]!.entity = 'e3';
  expect(checkRecord(r)).toEqual([
    { pointer: '/mentions/1/entity', message: 'unknown entity e3' },
    { pointer: '/relations/0/object', message: 'unknown entity e7' },
    { pointer: '/relations/1/subject', message: 'unknown entity e9' },
    { pointer: '/relations/1/occasion', message: 'unknown entity e5' },
  ]);
});

test('an unknown relation type fails with a pointer to /relations/0/type', () => {
  const r = valid() as unknown as { relations: { type: string }[] };
  r.relations[0]!.type = 'HUGGED';
  expect(RELATION_TYPES).not.toContain('HUGGED');
  // One issue listing the allowed types (the vocabulary's oneOf of consts is checked as an enum).
  expect(checkRecord(r)).toEqual([{ pointer: '/relations/0/type', message: `must be equal to one of the allowed values: ${RELATION_TYPES.join(', ')}` }]);
  expect(() => assertRecord(r, 'a.txt')).toThrow(SchemaError);
  expect(() => assertRecord(r, 'a.txt')).toThrow(/^kg\/schema: a\.txt: \/relations\/0\/type /);
});

test('duplicate ids, offsets past the article and unknown properties are caught', () => {
  const r = valid();
  r.entities[1]!.id = 'e1';
  r.relations[0]!.evidence = ev(0, 99);
  expect(checkRecord(r)).toEqual([
    { pointer: '/entities/1/id', message: 'duplicate entity id e1' },
    { pointer: '/mentions/1/entity', message: 'unknown entity e2' },
    { pointer: '/relations/0/object', message: 'unknown entity e2' },
    { pointer: '/relations/0/evidence', message: 'offsets 0-99 outside the article' },
  ]);
  const extra = { ...valid(), comment: 'hi' };
  expect(checkRecord(extra)).toEqual([{ pointer: '/', message: 'has unknown property "comment"' }]);
});

test('checkGraph: an edge naming no node is reported at its end', () => {
  const node = (key: string) => ({ key, attributes: { label: 'Country', name: key, aliases: [], mentions: 1, evidence: [ev(0, 5)] } });
  const g = {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [node('country:vnm'), node('country:cub')],
    edges: [{ key: 'x', source: 'country:vnm', target: 'country:xxx', attributes: { type: 'PRAISED', evidence: [ev(0, 5)] } }],
  };
  expect(checkGraph(g)).toEqual([{ pointer: '/edges/0/target', message: 'no node country:xxx' }]);
});
