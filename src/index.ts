// The library API: every stage as a typed function, and the pipeline that wires them.
export { ArticleError, IoError, KgError, SchemaError, UsageError } from './errors.js';
export { listArticlePaths, parseArticle, readArticle, type Article } from './corpus/index.js';
export { extractArticle } from './extract/index.js';
export * from './schema/index.js';
export { buildGraph, fromGraphFile, GraphBuilder, toGraphFile, type KnowledgeGraph } from './graph/index.js';
export { GRAPH_FORMATS, serializeGraph, writeFilesAtomic, writeGexf, writeGraphml, writeJson, type GraphFormat } from './sinks/index.js';
export { processArticle, processFile, runPipeline, threadCount, type Failure, type Outcome, type PipelineOptions, type PipelineResult, type Progress } from './pipeline/index.js';
export { countGraph, formatSummary } from './pipeline/summary.js';
export { readGraphFile } from './cli/graph-input.js';
export { run } from './cli/run.js';
