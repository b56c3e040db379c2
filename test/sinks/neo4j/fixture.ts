// Hand-written extraction records for the Neo4j tests: the contract's seed-corpus facts, split into two batches of articles.
import { buildGraph, type KnowledgeGraph } from '../../../src/graph/index.js';
import type { ExtractionRecord, RecordEntity, RecordRelation } from '../../../src/schema/index.js';

type EntitySpec = Omit<RecordEntity, 'evidence' | 'mentions' | 'aliases'> & { aliases?: string[]; mention: string };
type RelationSpec = Omit<RecordRelation, 'evidence'> & { span: string };

/** A record whose evidence offsets are found in `text`, so they are real spans of the article. */
function record(doc: string, text: string, entities: EntitySpec[], relations: RelationSpec[]): ExtractionRecord {
  const sentences = text.split(/(?<=\.) /);
  const evidence = (span: string) => {
    const start = text.indexOf(span);
    if (start < 0) throw new Error(`fixture: "${span}" not in ${doc}`);
    return { doc, sentence: sentences.find((s) => s.includes(span))!, start, end: start + span.length };
  };
  return {
    article: { id: doc, chars: text.length },
    entities: entities.map(({ mention, aliases, ...e }) => ({ ...e, aliases: aliases ?? [], mentions: mention ? text.split(mention).length - 1 : 0, evidence: evidence(mention) })),
    mentions: [],
    relations: relations.map(({ span, ...r }) => ({ ...r, evidence: evidence(span) })),
  };
}

const CPV = { label: 'Party' as const, key: 'party:communist-party-of-vietnam', name: 'Communist Party of Vietnam', aliases: ['CPV'] };
const CPC = { label: 'Party' as const, key: 'party:communist-party-of-cuba', name: 'Communist Party of Cuba' };

const A001 = 'General Secretary Tô Lâm held phone talks with President Miguel Díaz-Canel on January 26, 2026. Díaz-Canel congratulated the CPV and General Secretary Tô Lâm. Tô Lâm thanked Díaz-Canel for his warm words. The Communist Party of Cuba is based in Cuba; the CPV leads Vietnam.';
const A002 = "Tô Lâm visited Cuba in September 2024. Miguel Díaz-Canel visited Vietnam in September 2025. Tô Lâm's visit deepened ties with Cuba.";
const A003 = "General Secretary Tô Lâm of the Communist Party of Vietnam said the CPV's 14th congress was a success.";
const A004 = 'Nguyễn Phú Trọng held phone talks with Vladimir Putin on April 5, 2021. Putin congratulated Trọng. Trọng invited Putin to visit Vietnam. Putin accepted the invitation of Trọng with pleasure. Putin is President of Russia.';

/** Articles 001 and 002: the Vietnam–Cuba talks of 2026-01-26 and the two visits. */
export const firstBatch: ExtractionRecord[] = [
  record(
    '001_c67236414fa3b35e.txt',
    A001,
    [
      { id: 'e1', label: 'Person', key: 'person:to-lam', name: 'Tô Lâm', mention: 'Tô Lâm' },
      { id: 'e2', label: 'Person', key: 'person:miguel-diaz-canel', name: 'Miguel Díaz-Canel', aliases: ['Díaz-Canel'], mention: 'Miguel Díaz-Canel' },
      { id: 'e3', ...CPV, mention: 'CPV' },
      { id: 'e4', ...CPC, mention: 'Communist Party of Cuba' },
      { id: 'e5', label: 'Country', key: 'country:cub', name: 'Cuba', mention: 'Cuba' },
      { id: 'e6', label: 'Country', key: 'country:vnm', name: 'Vietnam', mention: 'Vietnam' },
      { id: 'e7', label: 'Event', key: 'event:talks:001-1', name: 'Phone talks', kind: 'talks', mode: 'phone', date: '2026-01-26', mention: 'phone talks' },
    ],
    [
      { type: 'PARTICIPATED_IN', subject: 'e1', object: 'e7', date: '2026-01-26', span: 'Tô Lâm held phone talks' },
      { type: 'PARTICIPATED_IN', subject: 'e2', object: 'e7', date: '2026-01-26', span: 'phone talks with President Miguel Díaz-Canel' },
      { type: 'CONGRATULATED', subject: 'e2', object: 'e3', date: '2026-01-26', occasion: 'e7', span: 'Díaz-Canel congratulated the CPV' },
      { type: 'CONGRATULATED', subject: 'e2', object: 'e1', date: '2026-01-26', occasion: 'e7', span: 'congratulated the CPV and General Secretary Tô Lâm' },
      { type: 'THANKED', subject: 'e1', object: 'e2', date: '2026-01-26', occasion: 'e7', span: 'Tô Lâm thanked Díaz-Canel' },
      { type: 'HOLDS_POSITION', subject: 'e1', object: 'e3', title: 'General Secretary', former: false, span: 'General Secretary Tô Lâm held' },
      { type: 'HOLDS_POSITION', subject: 'e2', object: 'e5', title: 'President', former: false, span: 'President Miguel Díaz-Canel' },
      { type: 'BASED_IN', subject: 'e4', object: 'e5', span: 'The Communist Party of Cuba is based in Cuba' },
      { type: 'BASED_IN', subject: 'e3', object: 'e6', span: 'the CPV leads Vietnam' },
    ],
  ),
  record(
    '002_edb47fd48101e0a4.txt',
    A002,
    [
      { id: 'e1', label: 'Person', key: 'person:to-lam', name: 'Tô Lâm', mention: 'Tô Lâm' },
      { id: 'e2', label: 'Person', key: 'person:miguel-diaz-canel', name: 'Miguel Díaz-Canel', mention: 'Miguel Díaz-Canel' },
      { id: 'e3', label: 'Country', key: 'country:cub', name: 'Cuba', mention: 'Cuba' },
      { id: 'e4', label: 'Country', key: 'country:vnm', name: 'Vietnam', mention: 'Vietnam' },
    ],
    [
      { type: 'VISITED', subject: 'e1', object: 'e3', date: '2024-09', span: 'Tô Lâm visited Cuba' },
      { type: 'VISITED', subject: 'e2', object: 'e4', date: '2025-09', span: 'Miguel Díaz-Canel visited Vietnam' },
    ],
  ),
];

/** Articles 003 and 004: Tô Lâm again (a later load must merge into the same node), and the Trọng–Putin talks. */
export const secondBatch: ExtractionRecord[] = [
  record(
    '003_3bb503f606c20954.txt',
    A003,
    [
      { id: 'e1', label: 'Person', key: 'person:to-lam', name: 'Tô Lâm', mention: 'Tô Lâm' },
      { id: 'e2', ...CPV, mention: 'Communist Party of Vietnam' },
    ],
    [{ type: 'HOLDS_POSITION', subject: 'e1', object: 'e2', title: 'General Secretary', former: false, span: 'General Secretary Tô Lâm of the Communist Party of Vietnam' }],
  ),
  record(
    '004_9ea85121afcd3242.txt',
    A004,
    [
      { id: 'e1', label: 'Person', key: 'person:nguyen-phu-trong', name: 'Nguyễn Phú Trọng', aliases: ['Trọng'], mention: 'Nguyễn Phú Trọng' },
      { id: 'e2', label: 'Person', key: 'person:vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'], mention: 'Vladimir Putin' },
      { id: 'e3', label: 'Event', key: 'event:talks:004-1', name: 'Phone talks', kind: 'talks', mode: 'phone', date: '2021-04-05', mention: 'phone talks' },
      { id: 'e4', label: 'Country', key: 'country:rus', name: 'Russia', mention: 'Russia' },
    ],
    [
      { type: 'PARTICIPATED_IN', subject: 'e1', object: 'e3', date: '2021-04-05', span: 'Nguyễn Phú Trọng held phone talks' },
      { type: 'PARTICIPATED_IN', subject: 'e2', object: 'e3', date: '2021-04-05', span: 'phone talks with Vladimir Putin' },
      { type: 'CONGRATULATED', subject: 'e2', object: 'e1', date: '2021-04-05', occasion: 'e3', span: 'Putin congratulated Trọng' },
      { type: 'INVITED', subject: 'e1', object: 'e2', date: '2021-04-05', occasion: 'e3', span: 'Trọng invited Putin' },
      { type: 'ACCEPTED_INVITATION_OF', subject: 'e2', object: 'e1', date: '2021-04-05', occasion: 'e3', span: 'Putin accepted the invitation of Trọng' },
      { type: 'HOLDS_POSITION', subject: 'e2', object: 'e4', title: 'President', former: false, span: 'Putin is President of Russia' },
    ],
  ),
];

export const firstGraph = (): KnowledgeGraph => buildGraph(firstBatch);
export const secondGraph = (): KnowledgeGraph => buildGraph(secondBatch);
export const fullGraph = (): KnowledgeGraph => buildGraph([...firstBatch, ...secondBatch]);
