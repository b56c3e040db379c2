// Hand-written extraction records for the graph-stage tests: each entity and relation gets evidence in its article.
import { slug } from '../../src/names.js';
import { checkRecord, type ExtractionRecord, type RecordEntity, type RecordRelation } from '../../src/schema/index.js';

type EntitySpec = Pick<RecordEntity, 'label' | 'key' | 'name'> & Partial<Omit<RecordEntity, 'id' | 'evidence'>>;
type RelationSpec = Omit<RecordRelation, 'evidence'> & { start?: number };

/**
 * One article's record: entities get ids e0, e1, ... in order; relations name them by those ids.
 * Throws when the record is not valid, so a test never builds a graph from a malformed record.
 */
export function record(doc: string, entities: EntitySpec[], relations: RelationSpec[] = []): ExtractionRecord {
  const sentence = `A sentence of ${doc}.`;
  const ev = (start: number) => ({ doc, sentence, start, end: start + 1 });
  const r: ExtractionRecord = {
    article: { id: doc, chars: 1000 },
    entities: entities.map((e, i) => ({ aliases: [], mentions: 1, ...e, id: `e${i}`, evidence: ev(i) })),
    mentions: [],
    relations: relations.map(({ start, ...rel }, i) => ({ ...rel, evidence: ev(start ?? 100 + i) })),
  };
  const issues = checkRecord(r);
  if (issues.length) throw new Error(`invalid test record ${doc}: ${JSON.stringify(issues)}`);
  return r;
}

export const person = (name: string, aliases: string[] = []): EntitySpec => ({ label: 'Person', key: `person:${slug(name)}`, name, aliases });
