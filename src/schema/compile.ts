// Build time: compiles the schema validators with ajv into standalone code (scripts/gen-validators.mjs writes it to
// dist/schema/validators.cjs), so no process pays for ajv's compiler at run time.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../paths.js';

// ajv's builds are CommonJS with a default export; createRequire sidesteps ESM interop differences.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const standaloneCode = require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js').default;

type Ajv = InstanceType<typeof Ajv2020>;

const RECORD_SCHEMA = 'extraction-record.schema.json';
const GRAPH_SCHEMA = 'graph.schema.json';
const GOLD_SCHEMA = 'gold.schema.json';

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

// True when every `minLength` in the record's schemas is at most 1 (see recordCheck).
function onlyNonEmptyMinimums(): boolean {
  const ok = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return true;
    const o = node as Record<string, unknown>;
    if (typeof o.minLength === 'number' && o.minLength > 1) return false;
    return Object.values(o).every(ok);
  };
  return ok(readSchema(RECORD_SCHEMA)) && ok(readSchema('vocabulary.schema.json'));
}

/**
 * An ajv instance with the vocabulary schema and our annotation keywords, keeping each validator's source. The
 * vocabulary's oneOfs of consts become enums unless `enums` is false (the gold check names the const misses).
 */
function makeAjv(allErrors: boolean, { unicode = true, enums = true } = {}): Ajv {
  // The fast twin stays quiet: ajv flags `unicode` as deprecated, and anything else it says the full one says too.
  const ajv = new Ajv2020({ allErrors, strict: true, code: { source: true }, ...(unicode ? {} : { unicode, logger: false }) });
  // Our annotation keywords on the relation vocabulary (CAMEO, PLOVER, allowed ends).
  ajv.addVocabulary(['x-cameo', 'x-plover', 'x-from', 'x-to']);
  const vocabulary = readSchema('vocabulary.schema.json');
  ajv.addSchema((enums ? constOneOfsAsEnums(vocabulary) : vocabulary) as object);
  return ajv;
}

/** CommonJS code exporting each schema as a validator under its name, in a block of its own. */
function exportsCode(ajv: Ajv, schemas: Record<string, object>): string {
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(schemas).map((name) => [name, name])));
  // Each ajv instance numbers its functions and constants from the same start; a block keeps them apart.
  return `{\n${code}\n}`;
}

/**
 * The module of validators, as standalone CommonJS (ajv's ESM output still `require`s its runtime helpers).
 * `record` and `graph` report every issue (allErrors). `recordCheck` is the record schema (in its fastCheckSchema
 * form) without allErrors: it stops at the first violation, several times faster on the valid records that are the
 * norm; only when it fails does `record` run again to list every issue (the messages users see). It also counts string lengths in UTF-16 units
 * (unicode: false), which is exact for `minLength: 1` and only stricter for maxLength, so a pass there is a pass;
 * schemas with a longer minimum keep code-point counting. `gold` checks gold annotations for the evaluator.
 */
export function validatorsModuleSource(): string {
  const full = exportsCode(makeAjv(true), { record: readSchema(RECORD_SCHEMA), graph: readSchema(GRAPH_SCHEMA) });
  const check = exportsCode(makeAjv(false, { unicode: !onlyNonEmptyMinimums() }), { recordCheck: fastCheckSchema(RECORD_SCHEMA) as object });
  const gold = exportsCode(makeAjv(true, { enums: false }), { gold: readSchema(GOLD_SCHEMA) });
  return `// Generated by scripts/gen-validators.mjs from src/schema/compile.ts and schema/*.json. Do not edit.\n"use strict";\n${full}\n${check}\n${gold}\n`;
}
