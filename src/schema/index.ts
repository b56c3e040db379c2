// Stage 3: validates extraction records and graph files against the JSON Schemas in schema/ (ajv, compiled at build time).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SchemaError } from '../errors.js';
import { packagePath } from '../paths.js';
import type { ExtractionRecord, GraphFile } from './generated.js';

export * from './generated.js';

/** The validators, as ajv standalone code that `npm run build` generates from src/schema/compile.ts. */
type Validators = Record<'record' | 'recordCheck' | 'graph' | 'gold', ValidateFunction>;

/**
 * The built file, found from the package root so the TypeScript sources (under jest) load it too, as they do the
 * worker (src/pipeline/pool.ts).
 */
const VALIDATORS_FILE = packagePath('dist', 'schema', 'validators.cjs');

let validators: Validators | undefined;

/**
 * A validator, loaded with the others on first use (see compile.ts for what each one checks). A missing file is a
 * broken build, not a bad record: a plain Error, so no article is reported as failing for it.
 */
export function compiledValidator(name: keyof Validators): ValidateFunction {
  if (!validators) {
    if (!fs.existsSync(VALIDATORS_FILE)) throw new Error(`kg/schema: compiled validators not found at ${VALIDATORS_FILE}: run npm run build`);
    validators = createRequire(import.meta.url)(VALIDATORS_FILE) as Validators;
  }
  return validators[name];
}

/** One schema violation: where (JSON pointer) and what. */
export interface SchemaIssue {
  pointer: string;
  message: string;
}

function issues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  // `if`/`anyOf` wrappers repeat what their branches already said; keep the specific messages.
  const useful = (errors ?? []).filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf');
  return (useful.length ? useful : errors ?? []).map((e) => ({
    pointer: e.instancePath || '/',
    message: e.keyword === 'additionalProperties' ? `has unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`
      : e.keyword === 'enum' ? `${e.message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
      : e.message ?? e.keyword,
  }));
}

/** Schema issues of an extraction record, plus the referential checks JSON Schema cannot express. */
export function checkRecord(record: unknown): SchemaIssue[] {
  if (!compiledValidator('recordCheck')(record)) {
    const validate = compiledValidator('record');
    if (!validate(record)) return issues(validate.errors);
  }
  const r = record as ExtractionRecord;
  const out: SchemaIssue[] = [];
  const ids = new Set<string>();
  r.entities.forEach((e, i) => {
    if (ids.has(e.id)) out.push({ pointer: `/entities/${i}/id`, message: `duplicate entity id ${e.id}` });
    ids.add(e.id);
    if (e.label === 'Event' && !e.kind) out.push({ pointer: `/entities/${i}`, message: 'an Event needs a kind' });
  });
  const len = r.article.chars;
  r.mentions.forEach((m, i) => {
    if (!ids.has(m.entity)) out.push({ pointer: `/mentions/${i}/entity`, message: `unknown entity ${m.entity}` });
    if (m.end <= m.start || m.end > len) out.push({ pointer: `/mentions/${i}`, message: `offsets ${m.start}-${m.end} outside the article (${len} chars)` });
  });
  r.relations.forEach((rel, i) => {
    for (const end of ['subject', 'object', 'occasion'] as const) {
      const id = rel[end];
      if (id !== undefined && !ids.has(id)) out.push({ pointer: `/relations/${i}/${end}`, message: `unknown entity ${id}` });
    }
    if (rel.evidence.end < rel.evidence.start || rel.evidence.end > len) {
      out.push({ pointer: `/relations/${i}/evidence`, message: `offsets ${rel.evidence.start}-${rel.evidence.end} outside the article` });
    }
  });
  return out;
}

/** Schema issues of a graph file, plus edge ends that name no node. */
export function checkGraph(graph: unknown): SchemaIssue[] {
  const validate = compiledValidator('graph');
  if (!validate(graph)) return issues(validate.errors);
  const g = graph as GraphFile;
  const keys = new Set(g.nodes.map((n) => n.key));
  const out: SchemaIssue[] = [];
  if (keys.size !== g.nodes.length) out.push({ pointer: '/nodes', message: 'duplicate node keys' });
  g.nodes.forEach((n, i) => {
    if (n.attributes.label === 'Event' && !n.attributes.kind) out.push({ pointer: `/nodes/${i}/attributes`, message: 'an Event needs a kind' });
  });
  g.edges.forEach((e, i) => {
    if (!keys.has(e.source)) out.push({ pointer: `/edges/${i}/source`, message: `no node ${e.source}` });
    if (!keys.has(e.target)) out.push({ pointer: `/edges/${i}/target`, message: `no node ${e.target}` });
  });
  return out;
}

/** Throws SchemaError (naming `subject`, e.g. the article) unless the record is valid. */
export function assertRecord(record: unknown, subject: string): asserts record is ExtractionRecord {
  const found = checkRecord(record);
  if (found.length) throw new SchemaError(subject, found);
}

/** Throws SchemaError unless the graph file is valid. */
export function assertGraph(graph: unknown, subject: string): asserts graph is GraphFile {
  const found = checkGraph(graph);
  if (found.length) throw new SchemaError(subject, found);
}

/** Tells a record file from a graph file by shape: graphs have `nodes`, records `article`. */
export function detectKind(data: unknown): 'record' | 'records' | 'graph' | 'unknown' {
  if (Array.isArray(data)) return 'records';
  if (data && typeof data === 'object') {
    if ('nodes' in data) return 'graph';
    if ('article' in data) return 'record';
  }
  return 'unknown';
}
