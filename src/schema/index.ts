// Stage 3: validates extraction records and graph files against the JSON Schemas in schema/ (ajv, compiled once).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SchemaError } from '../errors.js';
import { packagePath } from '../paths.js';
import type { ExtractionRecord, GraphFile } from './generated.js';

export * from './generated.js';

// ajv's 2020-12 build is CommonJS with a default export; createRequire sidesteps ESM interop differences.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;

const readSchema = (name: string): object => JSON.parse(fs.readFileSync(packagePath('schema', name), 'utf8')) as object;

/**
 * The schema with every `oneOf` whose branches are all `const` (the relation types, each branch carrying its codes)
 * turned into the `enum` it means. ajv checks every branch of a oneOf and builds an error object for each miss, a
 * dozen per relation of every record; an enum is one comparison chain, and its message lists the allowed values.
 */
function constOneOfsAsEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(constOneOfsAsEnums);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = constOneOfsAsEnums(value);
  const branches = out.oneOf;
  if (Array.isArray(branches) && branches.every((b) => b && typeof b === 'object' && 'const' in b)) {
    out.enum = branches.map((b: { const: unknown }) => b.const);
    delete out.oneOf;
  }
  return out;
}

/**
 * A schema as the fast check compiles it, accepting and rejecting exactly what the schema does, in two rewrites ajv
 * compiles to cheaper code:
 * - every `$ref` replaced by the schema it points to (a file of schema/ before the `#`, none for the same file; the
 *   record's schemas are not recursive): ajv calls a referenced schema as a function of its own, with an options
 *   object and a JSON-pointer string made for every array item;
 * - `additionalProperties: false` beside `properties` stated as `propertyNames` in an enum of those properties: for an
 *   object of more than 8 properties ajv checks each key with a hasOwnProperty call, an enum is a comparison chain.
 */
function fastCheckSchema(file: string): unknown {
  const documents = new Map<string, unknown>();
  const documentOf = (name: string): unknown => {
    if (!documents.has(name)) documents.set(name, constOneOfsAsEnums(readSchema(name)));
    return documents.get(name);
  };
  const rewrite = (node: unknown, file: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, file));
    if (!node || typeof node !== 'object') return node;
    const { $ref, ...rest } = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    // The definitions are inlined where used.
    for (const [key, value] of Object.entries(rest)) if (key !== '$defs') out[key] = rewrite(value, file);
    if (out.additionalProperties === false && out.properties && !out.patternProperties) {
      delete out.additionalProperties;
      out.propertyNames = { enum: Object.keys(out.properties) };
    }
    if (typeof $ref !== 'string') return out;
    const [refFile, pointer = ''] = $ref.split('#');
    const targetFile = refFile || file;
    let target = documentOf(targetFile);
    for (const step of pointer.split('/').slice(1)) target = (target as Record<string, unknown>)[step];
    if (!target) throw new Error(`unresolved $ref ${$ref} in ${file}`);
    const resolved = rewrite(target, targetFile);
    // Keywords beside a $ref apply as well.
    return Object.keys(out).length ? { ...out, allOf: [resolved] } : resolved;
  };
  return rewrite(documentOf(file), file);
}

/** An ajv instance with the vocabulary schema and our annotation keywords. */
function makeAjv(allErrors: boolean, unicode = true): InstanceType<typeof Ajv2020> {
  // The fast twin stays quiet: ajv flags `unicode` as deprecated, and anything else it says the full one says too.
  const ajv = new Ajv2020({ allErrors, strict: true, ...(unicode ? {} : { unicode, logger: false }) });
  // Our annotation keywords on the relation vocabulary (CAMEO, PLOVER, allowed ends).
  ajv.addVocabulary(['x-cameo', 'x-plover', 'x-from', 'x-to']);
  ajv.addSchema(constOneOfsAsEnums(readSchema('vocabulary.schema.json')) as object);
  return ajv;
}

let fullAjv: InstanceType<typeof Ajv2020> | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * Validators, compiled on first use (compiling costs a worker thread's start-up time, and most runs need one).
 * `record` and `graph` report every issue (allErrors). `recordCheck` is the record schema (in its fastCheckSchema
 * form) without allErrors: it stops at the first violation, several times faster on the valid records that are the
 * norm; only when it fails does `record` run again to list every issue (the messages users see). It also counts string lengths in UTF-16 units
 * (unicode: false), which is exact for `minLength: 1` and only stricter for maxLength, so a pass there is a pass;
 * schemas with a longer minimum keep code-point counting.
 */
function validator(name: 'record' | 'recordCheck' | 'graph'): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const file = name === 'graph' ? 'graph.schema.json' : 'extraction-record.schema.json';
    if (name === 'recordCheck') v = makeAjv(false, !onlyNonEmptyMinimums()).compile(fastCheckSchema(file) as object);
    else v = (fullAjv ??= makeAjv(true)).compile(readSchema(file));
    compiled.set(name, v);
  }
  return v;
}

// True when every `minLength` in the record's schemas is at most 1 (see recordCheck).
function onlyNonEmptyMinimums(): boolean {
  const ok = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return true;
    const o = node as Record<string, unknown>;
    if (typeof o.minLength === 'number' && o.minLength > 1) return false;
    return Object.values(o).every(ok);
  };
  return ok(readSchema('extraction-record.schema.json')) && ok(readSchema('vocabulary.schema.json'));
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
  if (!validator('recordCheck')(record)) {
    const validate = validator('record');
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
  const validate = validator('graph');
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
