// One article through stages 1-3 (read, extract, validate), shaped so a worker thread can post the outcome back.
import { readArticle, type Article } from '../corpus/index.js';
import { KgError } from '../errors.js';
import { extractArticle } from '../extract/index.js';
import { assertRecord, type ExtractionRecord } from '../schema/index.js';

/** What became of one article file; plain data, so it crosses a worker_threads boundary by structured clone. */
export interface Outcome {
  file: string;
  /** UTF-8 size of the article text (0 when the file could not be read). */
  bytes: number;
  /** The article's file name, present once the file was read as an article. */
  id?: string;
  warnings: string[];
  record?: ExtractionRecord;
  /** One-line KgError message when the article failed to read, extract or validate. */
  error?: string;
}

/** Extracts and validates one article; a record that fails its schema never leaves this function. */
export function processArticle(article: Article): ExtractionRecord {
  const record = extractArticle(article);
  assertRecord(record, article.path);
  return record;
}

/** Reads, extracts and validates one file. Tool errors (KgError) become `error`; anything else is a bug and throws. */
export function processFile(file: string): Outcome {
  let article: Article;
  try {
    article = readArticle(file);
  } catch (e) {
    if (!(e instanceof KgError)) throw e;
    return { file, bytes: 0, warnings: [], error: e.message };
  }
  const read = { file, bytes: Buffer.byteLength(article.text), id: article.id, warnings: article.warnings };
  try {
    return { ...read, record: processArticle(article) };
  } catch (e) {
    if (!(e instanceof KgError)) throw e;
    return { ...read, error: e.message };
  }
}
