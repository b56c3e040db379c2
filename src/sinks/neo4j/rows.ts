// Graph -> typed Neo4j rows: labels and types checked against the vocabulary, evidence flattened into lists of primitives.
import { int, type Integer } from 'neo4j-driver';
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/index.js';
import { NODE_LABELS, RELATION_TYPES, type Evidence, type NodeLabel, type RelationType } from '../../schema/index.js';

/** A problem of the Neo4j sink: a graph it refuses, a server it cannot reach, a statement the server rejected. */
export class Neo4jSinkError extends KgError {
  constructor(subject: string, cause: string) {
    super('neo4j', `${subject}: ${cause}`);
  }
}

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);
const TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

/**
 * The only gate through which a node label reaches Cypher text: labels cannot be query parameters,
 * so anything outside the vocabulary is refused before a statement is built.
 */
export function checkLabel(label: string): NodeLabel {
  if (!LABELS.has(label)) throw new Neo4jSinkError('graph', `unknown node label ${JSON.stringify(label)} (allowed: ${NODE_LABELS.join(', ')})`);
  return label as NodeLabel;
}

/** The same gate for relationship types (see checkLabel). */
export function checkRelationType(type: string): RelationType {
  if (!TYPES.has(type)) throw new Neo4jSinkError('graph', `unknown relationship type ${JSON.stringify(type)} (allowed: ${RELATION_TYPES.join(', ')})`);
  return type as RelationType;
}

/**
 * Evidence as parallel lists (Neo4j properties hold only primitives and lists of one primitive type).
 * Item i of each list belongs to the same span; `evidenceIds` (doc#start-end) lets repeated loads skip known spans,
 * `evidenceDates` holds "" where the source gave no date.
 */
export interface EvidenceColumns {
  evidenceIds: string[];
  evidenceDocs: string[];
  evidenceSentences: string[];
  evidenceStarts: Integer[];
  evidenceEnds: Integer[];
  evidenceDates: string[];
}

/** Optional node properties, present only when the graph has them (SET += keeps what is already stored). */
export interface NodeProps {
  kind?: string;
  mode?: string;
  date?: string;
  ordinal?: Integer;
}

export interface NodeRow extends EvidenceColumns {
  key: string;
  name: string;
  aliases: string[];
  mentions: Integer;
  props: NodeProps;
}

export interface RelationProps {
  date?: string;
  cameo?: string;
  title?: string;
  former?: boolean;
  occasion?: string;
}

export interface RelationRow extends EvidenceColumns {
  key: string;
  source: string;
  target: string;
  props: RelationProps;
}

/** An article that evidence points to; `key` and `name` are its file name (the name is what Browser shows). */
export interface ArticleRow {
  key: string;
  name: string;
}

/** A node's first mention in one article, for the (node)-[:MENTIONED_IN]->(:Article) link. */
export interface MentionRow {
  node: string;
  article: string;
  sentence: string;
  start: Integer;
  end: Integer;
}

/** Everything one load writes, grouped so that each group's statement names fixed labels and one type. */
export interface Neo4jRows {
  articles: ArticleRow[];
  nodes: { label: NodeLabel; rows: NodeRow[] }[];
  mentions: { label: NodeLabel; rows: MentionRow[] }[];
  relations: { type: RelationType; from: NodeLabel; to: NodeLabel; rows: RelationRow[] }[];
}

/** The id that identifies one evidence span across loads. */
export const evidenceId = (e: Evidence): string => `${e.doc}#${e.start}-${e.end}`;

function evidenceColumns(list: readonly Evidence[]): EvidenceColumns {
  return {
    evidenceIds: list.map(evidenceId),
    evidenceDocs: list.map((e) => e.doc),
    evidenceSentences: list.map((e) => e.sentence),
    evidenceStarts: list.map((e) => int(e.start)),
    evidenceEnds: list.map((e) => int(e.end)),
    evidenceDates: list.map((e) => e.date ?? ''),
  };
}

/** Builds the rows of a graph; throws Neo4jSinkError on a label or type outside the vocabulary. */
export function buildRows(graph: KnowledgeGraph): Neo4jRows {
  const nodes = new Map<NodeLabel, NodeRow[]>();
  const mentions = new Map<NodeLabel, MentionRow[]>();
  const articles = new Map<string, ArticleRow>();
  const labelOf = new Map<string, NodeLabel>();
  graph.forEachNode((key, a) => {
    const label = checkLabel(a.label);
    labelOf.set(key, label);
    const props: NodeProps = {};
    if (a.kind) props.kind = a.kind;
    if (a.mode) props.mode = a.mode;
    if (a.date) props.date = a.date;
    if (a.ordinal !== undefined) props.ordinal = int(a.ordinal);
    push(nodes, label, { key, name: a.name, aliases: [...a.aliases], mentions: int(a.mentions), props, ...evidenceColumns(a.evidence) });
    for (const e of a.evidence) {
      noteArticle(articles, e);
      push(mentions, label, { node: key, article: e.doc, sentence: e.sentence, start: int(e.start), end: int(e.end) });
    }
  });
  const relations = new Map<string, { type: RelationType; from: NodeLabel; to: NodeLabel; rows: RelationRow[] }>();
  graph.forEachEdge((key, a, source, target) => {
    const type = checkRelationType(a.type);
    const from = labelOf.get(source)!;
    const to = labelOf.get(target)!;
    const props: RelationProps = {};
    if (a.date) props.date = a.date;
    if (a.cameo) props.cameo = a.cameo;
    if (a.title) props.title = a.title;
    if (a.former !== undefined) props.former = a.former;
    if (a.occasion) props.occasion = a.occasion;
    for (const e of a.evidence) noteArticle(articles, e);
    // Vocabulary order: relationship groups come out in the order of RELATION_TYPES, then of the end labels.
    const group = [RELATION_TYPES.indexOf(type), NODE_LABELS.indexOf(from), NODE_LABELS.indexOf(to)].map((i) => String(i).padStart(3, '0')).join(':');
    let g = relations.get(group);
    if (!g) relations.set(group, (g = { type, from, to, rows: [] }));
    g.rows.push({ key, source, target, props, ...evidenceColumns(a.evidence) });
  });
  const byLabel = <T>(m: Map<NodeLabel, T[]>) => NODE_LABELS.filter((l) => m.has(l)).map((label) => ({ label, rows: m.get(label)! }));
  return {
    articles: [...articles.entries()].sort(byKey).map(([, a]) => a),
    nodes: byLabel(nodes),
    mentions: byLabel(mentions),
    relations: [...relations.entries()].sort(byKey).map(([, g]) => g),
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function noteArticle(articles: Map<string, ArticleRow>, e: Evidence): void {
  if (!articles.has(e.doc)) articles.set(e.doc, { key: e.doc, name: e.doc });
}

const byKey = <T>([a]: [string, T], [b]: [string, T]): number => (a < b ? -1 : a > b ? 1 : 0);

/** Row counts of a load, for summaries. */
export function countRows(rows: Neo4jRows): { articles: number; nodes: number; mentions: number; relations: number } {
  const sum = (groups: { rows: unknown[] }[]) => groups.reduce((n, g) => n + g.rows.length, 0);
  return { articles: rows.articles.length, nodes: sum(rows.nodes), mentions: sum(rows.mentions), relations: sum(rows.relations) };
}

/** Splits rows into batches of at most `size`. */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
