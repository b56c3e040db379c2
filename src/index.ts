// The library API: every stage as a typed function, and the pipeline that wires them.
export { ArticleError, IoError, KgError, SchemaError, UsageError } from './errors.js';
export { listArticlePaths, parseArticle, readArticle, type Article } from './corpus/index.js';
export { extractArticle } from './extract/index.js';
export * from './schema/index.js';
export { buildGraph, CompactGraph, fromGraphFile, GraphBuilder, graphSource, toGraphFile, type BuilderOptions, type GraphSource, type KnowledgeGraph, type SourceEdge, type SourceNode } from './graph/index.js';
export { GRAPH_FORMATS, graphChunks, serializeGraph, writeFilesAtomic, writeGexf, writeGraphFiles, writeGraphml, writeJson, type FileContent, type GraphFormat } from './sinks/index.js';
export * from './sinks/neo4j/index.js';
export { processArticle, processFile, runPipeline, threadCount, type Failure, type Outcome, type PipelineOptions, type PipelineResult, type Progress } from './pipeline/index.js';
export { countGraph, formatSummary } from './pipeline/summary.js';
export { HEAP_GROWING_PERCENT, limitHeapGrowth, prepareForWriting, WRITING_HEAP_GROWING_PERCENT } from './pipeline/heap.js';
export { readGraphFile } from './cli/graph-input.js';
export { run } from './cli/run.js';
export {
  EvalError, formatReport, loadGoldDir, parseGold, readGraphExport, SCORED_RELATION_TYPES, scoreGraph, selectGold,
  type EvalResult, type Gold, type GoldFile, type GraphExport, type Prf,
} from './eval/index.js';
export * from './reports/index.js';
export { formatMarkdown } from './reports/format/md.js';
export { formatHtml, graphHtml } from './reports/format/html.js';
export { pictureSvg } from './reports/format/svg.js';
export { screenshotHtml } from './reports/format/screenshot.js';
export { graphPicture, reportPicture, type Picture } from './reports/picture.js';
