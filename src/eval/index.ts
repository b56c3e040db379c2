// Stage for measuring the extractor: gold files in, precision/recall/F1 out (the same figures as the project's referee).
export { loadGoldDir, parseGold, SCORED_RELATION_TYPES, selectGold, type Gold, type GoldEntity, type GoldFile, type GoldRelation, type GoldTalks } from './gold.js';
export { normalize } from './normalize.js';
export { EvalError, readGraphExport } from './read.js';
export { formatReport } from './report.js';
export { scoreGraph, type Counts, type DocResult, type EvalResult, type GraphExport, type PartDetail, type Prf } from './score.js';
