// neo4j-admin import CSVs: typed headers, quoting, array delimiter, one line per node, article and relationship.
import { ARRAY_DELIMITER, buildRows, csvField, importFiles } from '../../../src/sinks/neo4j/index.js';
import { fullGraph } from './fixture.js';

/** RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes), enough to read our files back. */
function readCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), out.push(row), (row = []), (field = '');
    else field += c;
  }
  return out;
}

const files = Object.fromEntries(importFiles(buildRows(fullGraph())).map((f) => [f.name, f.content]));
const table = (name: string) => {
  const [header, ...rows] = readCsv(files[name]!);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

test('fields: absent values empty, strings quoted with doubled quotes, lists joined by the unit separator', () => {
  expect(csvField(undefined)).toBe('');
  expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
  expect(csvField(['a', 'b'])).toBe(`"a${ARRAY_DELIMITER}b"`);
  expect(csvField([])).toBe('');
  expect(csvField(`a${ARRAY_DELIMITER}b`)).toBe('"a b"');
});

test('nodes.csv: a typed header and one line per node with its labels', () => {
  expect(files['nodes.csv']!.split('\n')[0]).toBe(
    'key:ID(Node),:LABEL,name,aliases:string[],mentions:int,kind,mode,date,ordinal:int,evidenceIds:string[],evidenceDocs:string[],evidenceSentences:string[],evidenceStarts:int[],evidenceEnds:int[],evidenceDates:string[]',
  );
  const nodes = table('nodes.csv');
  expect(nodes).toHaveLength(fullGraph().order);
  const toLam = nodes.find((n) => n['key:ID(Node)'] === 'person:to-lam')!;
  expect(toLam[':LABEL']).toBe(`Person${ARRAY_DELIMITER}KgNode`);
  expect(toLam['evidenceDocs:string[]']!.split(ARRAY_DELIMITER)).toEqual(['001_c67236414fa3b35e.txt', '002_edb47fd48101e0a4.txt', '003_3bb503f606c20954.txt']);
  expect(toLam['kind']).toBe('');
  const talks = nodes.find((n) => n['key:ID(Node)']!.startsWith('event:talks:2021'))!;
  expect([talks['kind'], talks['mode'], talks['date']]).toEqual(['talks', 'phone', '2021-04-05']);
});

test('relationships.csv, articles.csv and mentioned_in.csv link by the key ID spaces', () => {
  const rels = table('relationships.csv');
  expect(rels).toHaveLength(fullGraph().size);
  const thanked = rels.find((r) => r[':TYPE'] === 'THANKED')!;
  expect([thanked[':START_ID(Node)'], thanked[':END_ID(Node)'], thanked['cameo']]).toEqual(['person:to-lam', 'person:miguel-diaz-canel', '051']);
  expect(table('articles.csv').map((a) => a['key:ID(Article)'])).toHaveLength(4);
  const mentions = table('mentioned_in.csv');
  expect(mentions.filter((m) => m[':START_ID(Node)'] === 'person:to-lam').map((m) => m[':END_ID(Article)'])).toHaveLength(3);
  expect(mentions.every((m) => m[':TYPE'] === 'MENTIONED_IN')).toBe(true);
});

test('an import script and the constraints come along', () => {
  expect(files['import.sh']).toContain('neo4j-admin database import full');
  expect(files['import.sh']).toContain("--array-delimiter='U+001F'");
  expect(files['constraints.cypher']).toContain('CREATE CONSTRAINT kg_person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;');
});
