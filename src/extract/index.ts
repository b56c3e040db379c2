// Stage 2: text -> extraction record (entities, mentions, relations with evidence). Placeholder until the passes land.
import type { Article } from '../corpus/index.js';
import type { ExtractionRecord } from '../schema/index.js';

/** Extracts one article. Pure and deterministic: the same article gives the same record. */
export function extractArticle(article: Article): ExtractionRecord {
  return { article: { id: article.id, ...(article.date ? { date: article.date } : {}), chars: article.text.length }, entities: [], mentions: [], relations: [] };
}
