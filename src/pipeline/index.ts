// Wires the stages for a corpus: read -> extract -> validate -> fold into the graph, one article at a time.
import { listArticlePaths, readArticle, type Article } from '../corpus/index.js';
import { KgError } from '../errors.js';
import { extractArticle } from '../extract/index.js';
import { GraphBuilder, type KnowledgeGraph } from '../graph/index.js';
import { assertRecord, type ExtractionRecord } from '../schema/index.js';

/** An article that did not make it into the graph, and why (one line). */
export interface Failure {
  file: string;
  error: string;
}

export interface PipelineOptions {
  /** Stop at the first bad article instead of skipping it. */
  strict?: boolean;
  /** Keep every validated record in the result (for `--format records` and tests). */
  keepRecords?: boolean;
  /** Called after each article with running counts. */
  onProgress?: (p: { done: number; total: number; bytes: number; file: string }) => void;
}

export interface PipelineResult {
  graph: KnowledgeGraph;
  /** Articles that were read, extracted, validated and added. */
  articles: number;
  failures: Failure[];
  warnings: string[];
  records: ExtractionRecord[];
}

/** Raised in strict mode at the first bad article. */
export class StrictStop extends KgError {
  constructor(readonly failure: Failure) {
    super('pipeline', `stopped at the first bad article (--strict): ${failure.error}`);
  }
}

/** Extracts and validates one article; a record that fails its schema never leaves this function. */
export function processArticle(article: Article): ExtractionRecord {
  const record = extractArticle(article);
  assertRecord(record, article.path);
  return record;
}

/** Builds the graph from files and folders (see listArticlePaths). Bad articles are skipped and reported. */
export async function runPipeline(paths: string[], options: PipelineOptions = {}): Promise<PipelineResult> {
  const { files, problems } = listArticlePaths(paths);
  const failures: Failure[] = problems.map((p) => ({ file: p.file, error: p.error }));
  if (options.strict && failures.length) throw new StrictStop(failures[0]!);
  const warnings: string[] = [];
  const records: ExtractionRecord[] = [];
  const builder = new GraphBuilder();
  const seen = new Map<string, string>();
  let articles = 0;
  let bytes = 0;
  for (const [i, file] of files.entries()) {
    try {
      const article = readArticle(file);
      const earlier = seen.get(article.id);
      if (earlier) throw new KgError('corpus', `${file}: same file name as ${earlier} (evidence names articles by file name)`);
      seen.set(article.id, file);
      warnings.push(...article.warnings);
      const record = processArticle(article);
      builder.add(record);
      if (options.keepRecords) records.push(record);
      articles++;
      bytes += article.text.length;
    } catch (e) {
      if (!(e instanceof KgError)) throw e;
      const failure = { file, error: e.message };
      if (options.strict) throw new StrictStop(failure);
      failures.push(failure);
    }
    options.onProgress?.({ done: i + 1, total: files.length, bytes, file });
  }
  return { graph: builder.finish(), articles, failures, warnings, records };
}
