// Stage 2: text -> extraction record. Ordered passes over one article; the order matters because each pass reads
// what the earlier ones marked (dates and places are not names; titles own their complements; persons need titles).
import type { Article } from '../corpus/index.js';
import type { ExtractionRecord } from '../schema/index.js';
import type { Doc } from './doc.js';
import { findDates } from './dates.js';
import { findEntities } from './entities.js';
import { findPersons } from './persons.js';
import { toRecord } from './record.js';
import { findRelations } from './relations.js';
import { tokenize } from './text.js';
import { findTitleGroups } from './titles.js';
import { classesIn } from './words.js';

/** Extracts one article. Pure and deterministic: the same article gives the same record. */
export function extractArticle(article: Article): ExtractionRecord {
  const { tokens, sentences } = tokenize(article.text, article.bodyStart); // 1: tokens, sentences
  const n = tokens.length;
  const doc: Doc = {
    article,
    text: article.text,
    tokens,
    sentences,
    sentenceClasses: sentences.map((s) => classesIn(tokens, s.first, s.last)),
    ents: [],
    mentions: [],
    mentionAt: new Array(n),
    ownerAt: new Array(n),
    titleAt: new Array(n).fill(false),
    organAt: new Array(n),
    dateAt: new Array(n),
    placeAt: new Array(n),
    partyRefs: [],
    dates: [],
    relations: [],
    byKey: new Map(),
    byLabel: new Map(),
    personsByToken: new Map(),
    visitors: new Map(),
    nextId: 0,
  };
  findDates(doc); // 2: dates
  findEntities(doc); // 3: countries, places, parties, organisations, congresses
  const groups = findTitleGroups(doc); // 4a: titles
  findPersons(doc, groups); // 4b: persons, positions
  findRelations(doc); // 5-6: references, acts, talks, structure
  return toRecord(doc); // 7: record
}
