// Neo4j's own Cypher linter with this tool's schema: labels, types and property keys the loader writes.
import { lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { ARTICLE_LABEL, KG_LABEL, MENTIONED_IN } from '../../../src/sinks/neo4j/index.js';
import { NODE_LABELS, RELATION_TYPES } from '../../../src/schema/index.js';

/** Every property key the loader, the script and the import CSVs write. */
export const PROPERTY_KEYS = [
  'key', 'name', 'aliases', 'mentions', 'kind', 'mode', 'date', 'ordinal', 'cameo', 'title', 'former', 'occasion', 'sentence', 'start', 'end',
  'evidenceIds', 'evidenceDocs', 'evidenceSentences', 'evidenceStarts', 'evidenceEnds', 'evidenceDates',
  // Fields of the row maps (row.source, row.props): the linter cannot tell a map from a node.
  'props', 'source', 'target', 'node', 'article',
];

/** Diagnostics (errors and warnings) as `line:col message`; an empty list means the text is clean Cypher for our schema. */
export function lint(text: string, parameters: Record<string, unknown> = {}): string[] {
  const schema: DbSchema = {
    labels: [...NODE_LABELS, ARTICLE_LABEL, KG_LABEL],
    relationshipTypes: [...RELATION_TYPES, MENTIONED_IN],
    propertyKeys: PROPERTY_KEYS,
    parameters,
  };
  return lintCypherQuery(text, schema).diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}
