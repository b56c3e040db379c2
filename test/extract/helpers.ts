// Test helper: extracts a text given inline and returns its facts as short strings, easy to assert on.
import { parseArticle } from '../../src/corpus/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { checkRecord, type ExtractionRecord } from '../../src/schema/index.js';

export interface Facts {
  record: ExtractionRecord;
  /** "Label:name" of every entity. */
  entities: string[];
  /** "TYPE subject -> object [date]" of every relation. */
  relations: string[];
  /** Participants of each talks event, sorted and joined by " + ", with the date. */
  talks: string[];
  nameOf: (id: string) => string;
}

/** Extracts `body` as an article (with a dateline when `date` is given) and checks the record against its schema. */
export function facts(body: string, date?: string, id = 'test.txt'): Facts {
  const text = date ? ` date ${date}\n${body}` : body;
  const record = extractArticle(parseArticle(id, new TextEncoder().encode(text)));
  expect(checkRecord(record)).toEqual([]);
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  const nameOf = (id: string): string => byId.get(id)!.name;
  const relations = record.relations.map((r) => `${r.type} ${nameOf(r.subject)} -> ${nameOf(r.object)}${r.date ? ` ${r.date}` : ''}`);
  const talks = record.entities
    .filter((e) => e.kind === 'talks')
    .map((e) => {
      const who = record.relations.filter((r) => r.type === 'PARTICIPATED_IN' && r.object === e.id).map((r) => nameOf(r.subject)).sort();
      return `${who.join(' + ')}${e.date ? ` ${e.date}` : ''}`;
    });
  return { record, entities: record.entities.map((e) => `${e.label}:${e.name}`), relations, talks, nameOf };
}
