// Gold annotations: reads a folder of per-article gold files, checks them (schema/gold.schema.json and ids), picks the scored ones.
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { UsageError } from '../errors.js';
import { packagePath } from '../paths.js';
import { compiledValidator, RELATION_TYPES, type RelationType } from '../schema/index.js';
import { normalize } from './normalize.js';
import { readJsonFile } from '../json-file.js';
import { EvalError } from './read.js';

export interface GoldEntity {
  id: string;
  label: string;
  name: string;
  aliases?: string[];
  optional?: boolean;
}

export interface GoldRelation {
  type: RelationType;
  source: string;
  target: string;
  date?: string;
  optional?: boolean;
}

export interface GoldTalks {
  participants: string[];
  date?: string;
  optional?: boolean;
}

/** The JSON of one gold file (schema/gold.schema.json; `note` fields are allowed and ignored). */
export interface GoldFile {
  doc?: string;
  date?: string;
  entities: GoldEntity[];
  relations?: GoldRelation[];
  talks?: GoldTalks[];
}

/** A gold entity with its name keys: `norm` of the name, `norms` of the name and every alias. */
export interface IndexedEntity extends GoldEntity {
  optional: boolean;
  norm: string;
  norms: Set<string>;
}

/** A checked gold annotation of one article. */
export interface Gold {
  file: string;
  /** The article's file name, the `doc` that graph evidence names. */
  doc: string;
  entities: Map<string, IndexedEntity>;
  relations: GoldRelation[];
  talks: GoldTalks[];
}

interface GoldSchema {
  $defs: { GoldRelation: { properties: { type: { allOf: [unknown, { not: { enum: string[] } }] } } } };
}

const goldSchema = (): GoldSchema => JSON.parse(fs.readFileSync(packagePath('schema', 'gold.schema.json'), 'utf8')) as GoldSchema;

/** Relation types the gold may hold and the evaluator scores (the gold schema excludes the rest of the vocabulary). */
export const SCORED_RELATION_TYPES: readonly RelationType[] = (() => {
  const unscored = new Set(goldSchema().$defs.GoldRelation.properties.type.allOf[1].not.enum);
  return RELATION_TYPES.filter((t) => !unscored.has(t));
})();

/** The first schema problem as `<pointer> <what>`: one line, with the allowed values where there are some. */
function firstProblem(errors: ErrorObject[], data: unknown): string {
  const at = (pointer: string): unknown =>
    pointer.split('/').slice(1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
  // Wrappers (if, oneOf, allOf) repeat what their branches say; report the first specific error.
  const specific = errors.filter((e) => !['if', 'oneOf', 'anyOf', 'allOf'].includes(e.keyword));
  const e = specific[0] ?? errors[0]!;
  const where = e.instancePath || '/';
  const value = JSON.stringify(at(e.instancePath));
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where} has unknown property "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    // Only the relation type has const branches (the vocabulary's oneOf) or a `not` (the unscored types).
    case 'const':
    case 'not':
      return `${where} ${value} is not a scored relation type (use one of ${SCORED_RELATION_TYPES.join(', ')})`;
    case 'enum':
      return `${where} ${value} is not one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    // Only dates have a pattern.
    case 'pattern':
      return `${where} ${value} is not an ISO date (2026-01-26, 2024-09, 1973 or --05-05)`;
    default:
      return `${where} ${e.message ?? e.keyword}`;
  }
}

const baseName = (p: string): string => p.split(/[\\/]/).pop() ?? p;
/** Article name without extension: `x.txt`, `x.json`, `corpus/x.txt` and `x` all name article x. */
const docStem = (p: string): string => baseName(p).replace(/\.[^.]*$/, '');

/** Checks one gold annotation (`file` names it in messages) and indexes its entities by id. */
export function parseGold(data: unknown, file: string): Gold {
  // Compiled at build time with the others (src/schema/compile.ts).
  const validate = compiledValidator('gold');
  if (!validate(data)) throw new EvalError(file, firstProblem(validate.errors ?? [], data));
  const g = data as GoldFile;
  const entities = new Map<string, IndexedEntity>();
  g.entities.forEach((e, i) => {
    if (entities.has(e.id)) throw new EvalError(file, `/entities/${i} entity id ${e.id} appears twice`);
    const names = [e.name, ...(e.aliases ?? [])];
    entities.set(e.id, { ...e, optional: !!e.optional, norm: normalize(e.name), norms: new Set(names.map(normalize).filter(Boolean)) });
  });
  const known = (id: string, where: string): void => {
    if (!entities.has(id)) throw new EvalError(file, `${where} refers to unknown entity "${id}"`);
  };
  const relations = g.relations ?? [];
  const talks = g.talks ?? [];
  relations.forEach((r, i) => {
    known(r.source, `/relations/${i} ${r.type} source`);
    known(r.target, `/relations/${i} ${r.type} target`);
  });
  talks.forEach((t, i) => t.participants.forEach((p) => known(p, `/talks/${i} participant`)));
  const doc = g.doc !== undefined ? baseName(g.doc) : `${docStem(file)}.txt`;
  return { file, doc, entities, relations, talks };
}

/** Reads and checks every `*.json` gold file of a folder, in file-name order; one article may have one gold file. */
export function loadGoldDir(dir: string): Gold[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new EvalError(dir, 'not a folder of gold files');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (!files.length) throw new EvalError(dir, 'no .json gold files');
  const golds = files.map((f) => parseGold(readJsonFile(path.join(dir, f)), path.join(dir, f)));
  const byDoc = new Map<string, Gold>();
  for (const g of golds) {
    const twin = byDoc.get(g.doc);
    if (twin) throw new EvalError(g.file, `doc ${g.doc} is already annotated in ${twin.file}`);
    byDoc.set(g.doc, g);
  }
  return golds;
}

/**
 * The gold files to score: those of `docs` (each must exist, in the order given), else those whose
 * article is among `articles` (file-name order), else all. Articles match gold by name without extension.
 */
export function selectGold(golds: Gold[], choice: { docs?: string[]; articles?: string[] } = {}): Gold[] {
  if (choice.docs) {
    return choice.docs.map((d) => {
      const gold = golds.find((g) => docStem(g.doc) === docStem(d));
      if (!gold) throw new UsageError(`--docs: no gold file for ${d}`);
      return gold;
    });
  }
  if (choice.articles) {
    const wanted = new Set(choice.articles.map(docStem));
    return golds.filter((g) => wanted.has(docStem(g.doc)));
  }
  return golds;
}
