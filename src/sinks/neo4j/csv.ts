// Node and relationship CSVs (with typed headers) for `neo4j-admin database import full`, the bulk path for big corpora.
import { isInt } from 'neo4j-driver';
import { constraintStatements, ARTICLE_LABEL, KG_LABEL, MENTIONED_IN } from './cypher.js';
import { countRows, type Neo4jRows } from './rows.js';

/** Array delimiter inside a CSV field: the ASCII unit separator, which prose never contains (it is stripped if it does). */
export const ARRAY_DELIMITER = '\u001f';

const EVIDENCE_HEADERS = ['evidenceIds:string[]', 'evidenceDocs:string[]', 'evidenceSentences:string[]', 'evidenceStarts:int[]', 'evidenceEnds:int[]', 'evidenceDates:string[]'];
const EVIDENCE_FIELDS = ['evidenceIds', 'evidenceDocs', 'evidenceSentences', 'evidenceStarts', 'evidenceEnds', 'evidenceDates'] as const;

/** One CSV field: empty when absent (neo4j-admin then sets no property), else quoted with doubled quotes. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.length ? quote(value.map(scalar).join(ARRAY_DELIMITER)) : '';
  return quote(scalar(value));
}

function scalar(v: unknown): string {
  if (isInt(v)) return v.toString();
  return String(v).replaceAll(ARRAY_DELIMITER, ' ');
}

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
const line = (fields: unknown[]): string => `${fields.map(csvField).join(',')}\n`;
// Headers are written bare: neo4j-admin reads `name:type` and `:ID(space)` from them.
const header = (names: string[]): string => `${names.join(',')}\n`;

/** The files of one import folder: name -> content. */
export function importFiles(rows: Neo4jRows): { name: string; content: string }[] {
  const nodes = [header(['key:ID(Node)', ':LABEL', 'name', 'aliases:string[]', 'mentions:int', 'kind', 'mode', 'date', 'ordinal:int', ...EVIDENCE_HEADERS])];
  for (const g of rows.nodes) {
    for (const r of g.rows) {
      nodes.push(line([r.key, [g.label, KG_LABEL], r.name, r.aliases, r.mentions, r.props.kind, r.props.mode, r.props.date, r.props.ordinal, ...EVIDENCE_FIELDS.map((f) => r[f])]));
    }
  }
  const articles = [header(['key:ID(Article)', ':LABEL', 'name']), ...rows.articles.map((a) => line([a.key, [ARTICLE_LABEL, KG_LABEL], a.name]))];
  const relationships = [header([':START_ID(Node)', ':END_ID(Node)', ':TYPE', 'key', 'date', 'cameo', 'title', 'former:boolean', 'occasion', ...EVIDENCE_HEADERS])];
  for (const g of rows.relations) {
    for (const r of g.rows) {
      relationships.push(line([r.source, r.target, g.type, r.key, r.props.date, r.props.cameo, r.props.title, r.props.former, r.props.occasion, ...EVIDENCE_FIELDS.map((f) => r[f])]));
    }
  }
  const mentions = [header([':START_ID(Node)', ':END_ID(Article)', ':TYPE', 'sentence', 'start:int', 'end:int'])];
  for (const g of rows.mentions) for (const m of g.rows) mentions.push(line([m.node, m.article, MENTIONED_IN, m.sentence, m.start, m.end]));
  const n = countRows(rows);
  return [
    { name: 'nodes.csv', content: nodes.join('') },
    { name: 'articles.csv', content: articles.join('') },
    { name: 'relationships.csv', content: relationships.join('') },
    { name: 'mentioned_in.csv', content: mentions.join('') },
    { name: 'constraints.cypher', content: `// Run after the import (cypher-shell -f constraints.cypher): the uniqueness constraints \`kg load neo4j\` creates.\n${constraintStatements().map((s) => `${s};\n`).join('')}` },
    { name: 'import.sh', content: importScript(n) },
  ];
}

function importScript(n: { articles: number; nodes: number; mentions: number; relations: number }): string {
  return [
    '#!/bin/sh',
    `# Bulk import of ${n.nodes} nodes, ${n.articles} articles, ${n.relations} relationships and ${n.mentions} mentions (kg export neo4j-import).`,
    '# Run where neo4j-admin is, with the database stopped; it replaces the database (default "neo4j"). Then run constraints.cypher.',
    'set -e',
    'dir=$(cd "$(dirname "$0")" && pwd)',
    'neo4j-admin database import full "${1:-neo4j}" --overwrite-destination \\',
    "  --array-delimiter='U+001F' --multiline-fields=true \\",
    '  --nodes="$dir/nodes.csv" --nodes="$dir/articles.csv" \\',
    '  --relationships="$dir/relationships.csv" --relationships="$dir/mentioned_in.csv"',
    '',
  ].join('\n');
}
