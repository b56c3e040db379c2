// Cypher statement builders for the Neo4j load: constraints, batched UNWIND ... MERGE per label and type, wipe, counts.
// Labels and types are spliced into the text only after checkLabel / checkRelationType; every value is a parameter
// (or, in the exported script, a literal built by script.ts), so no text from an article can become Cypher.
import { NODE_LABELS, type NodeLabel, type RelationType } from '../../schema/index.js';
import { checkLabel, checkRelationType } from './rows.js';

/** Label on every node this tool writes, so that --wipe touches nothing else in the database. */
export const KG_LABEL = 'KgNode';
/** Label of the article nodes that evidence points to. */
export const ARTICLE_LABEL = 'Article';
/** Relationship from a node to an article that mentions it. */
export const MENTIONED_IN = 'MENTIONED_IN';

/** The labels that get a uniqueness constraint on `key`: the vocabulary's, and Article. */
export const KEYED_LABELS: readonly string[] = [...NODE_LABELS, ARTICLE_LABEL];

/** `CREATE CONSTRAINT ... IF NOT EXISTS` for every keyed label; run before any data so MERGE uses the index. */
export function constraintStatements(): string[] {
  return KEYED_LABELS.map((label) => {
    const l = label === ARTICLE_LABEL ? label : checkLabel(label);
    return `CREATE CONSTRAINT kg_${l.toLowerCase()}_key IF NOT EXISTS FOR (n:${l}) REQUIRE n.key IS UNIQUE`;
  });
}

// Appends only evidence spans the element does not have yet, so loading the same graph twice changes nothing and a
// later load adds its articles' evidence. `known` and `fresh` are computed before SET, which applies items in order.
const EVIDENCE_LISTS = ['evidenceDocs', 'evidenceSentences', 'evidenceStarts', 'evidenceEnds', 'evidenceDates'] as const;
const freshEvidence = (v: string, carry: string): string =>
  `WITH ${v}, row, ${carry}known, [i IN range(0, size(row.evidenceIds) - 1) WHERE NOT row.evidenceIds[i] IN known] AS fresh`;
const appendEvidence = (v: string): string[] => [
  `${v}.evidenceIds = known + [i IN fresh | row.evidenceIds[i]]`,
  ...EVIDENCE_LISTS.map((p) => `${v}.${p} = coalesce(${v}.${p}, []) + [i IN fresh | row.${p}[i]]`),
];

/** Rows source: `$rows` for the driver, a list literal in the exported script. */
export type RowsSource = string;

/** MERGE of article nodes by key. */
export function articleStatement(rows: RowsSource = '$rows'): string {
  return [`UNWIND ${rows} AS row`, `MERGE (a:${ARTICLE_LABEL} {key: row.key})`, `SET a:${KG_LABEL}, a.name = row.name`, 'RETURN count(*) AS rows'].join('\n');
}

/**
 * MERGE of one label's nodes by key. The name is the latest load's; earlier names and aliases stay as aliases.
 * Mentions add up when all evidence is new (new articles), stay when none is (same graph again), and take the larger
 * count when loads overlap (a rebuilt corpus that includes the stored articles).
 */
export function nodeStatement(label: NodeLabel, rows: RowsSource = '$rows'): string {
  const l = checkLabel(label);
  return [
    `UNWIND ${rows} AS row`,
    `MERGE (n:${l} {key: row.key})`,
    'WITH n, row, coalesce(n.evidenceIds, []) AS known, n.mentions AS before,',
    '  coalesce(n.aliases, []) + CASE WHEN n.name IS NULL THEN [] ELSE [n.name] END + row.aliases AS forms',
    freshEvidence('n', 'before, forms, '),
    `SET n:${KG_LABEL},`,
    '  n += row.props,',
    '  n.name = row.name,',
    '  n.aliases = reduce(acc = [], f IN forms | CASE WHEN f = row.name OR f IN acc THEN acc ELSE acc + f END),',
    '  n.mentions = CASE',
    '    WHEN before IS NULL THEN row.mentions',
    '    WHEN size(fresh) = 0 THEN before',
    '    WHEN size(fresh) = size(row.evidenceIds) THEN before + row.mentions',
    '    WHEN row.mentions > before THEN row.mentions',
    '    ELSE before',
    '  END,',
    ...appendEvidence('n').map((s, i, all) => `  ${s}${i < all.length - 1 ? ',' : ''}`),
    'RETURN count(*) AS rows',
  ].join('\n');
}

/** MERGE of (node)-[:MENTIONED_IN]->(article) for one node label: the node's first mention in that article. */
export function mentionStatement(label: NodeLabel, rows: RowsSource = '$rows'): string {
  const l = checkLabel(label);
  return [
    `UNWIND ${rows} AS row`,
    `MATCH (n:${l} {key: row.node})`,
    `MATCH (a:${ARTICLE_LABEL} {key: row.article})`,
    `MERGE (n)-[m:${MENTIONED_IN}]->(a)`,
    'SET m.sentence = row.sentence, m.start = row.start, m.end = row.end',
    'RETURN count(*) AS rows',
  ].join('\n');
}

/** MERGE of one relationship type between two labels, identified by the graph's edge key. */
export function relationStatement(type: RelationType, from: NodeLabel, to: NodeLabel, rows: RowsSource = '$rows'): string {
  const t = checkRelationType(type);
  return [
    `UNWIND ${rows} AS row`,
    `MATCH (s:${checkLabel(from)} {key: row.source})`,
    `MATCH (t:${checkLabel(to)} {key: row.target})`,
    `MERGE (s)-[r:${t} {key: row.key}]->(t)`,
    'WITH r, row, coalesce(r.evidenceIds, []) AS known',
    freshEvidence('r', ''),
    'SET r += row.props,',
    ...appendEvidence('r').map((s, i, all) => `  ${s}${i < all.length - 1 ? ',' : ''}`),
    'RETURN count(*) AS rows',
  ].join('\n');
}

/** Deletes up to $limit of this tool's nodes (and their relationships); run until it deletes fewer than $limit. */
export const WIPE_STATEMENT = `MATCH (n:${KG_LABEL}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted`;

/** Counts this tool's nodes and the relationships between them. */
export const COUNT_STATEMENT = [
  `MATCH (n:${KG_LABEL})`,
  `OPTIONAL MATCH (n)-[r]->(:${KG_LABEL})`,
  'RETURN count(DISTINCT n) AS nodes, count(r) AS relationships',
].join('\n');
