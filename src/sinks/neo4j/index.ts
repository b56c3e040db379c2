// Stage 5 (Neo4j): rows with a vocabulary whitelist, Cypher builders, the driver loader, the cypher-shell script and import CSVs.
export { ARTICLE_LABEL, COUNT_STATEMENT, KEYED_LABELS, KG_LABEL, MENTIONED_IN, WIPE_STATEMENT, articleStatement, constraintStatements, mentionStatement, nodeStatement, relationStatement } from './cypher.js';
export { ARRAY_DELIMITER, csvField, importFiles } from './csv.js';
export { countNeo4j, describeNeo4jError, displayUri, formatLoadSummary, loadNeo4j, loadRows, openNeo4j, type LoadOptions, type LoadSummary, type Neo4jTarget } from './load.js';
export { Neo4jSinkError, buildRows, checkLabel, checkRelationType, countRows, evidenceId, type ArticleRow, type MentionRow, type Neo4jRows, type NodeRow, type RelationRow } from './rows.js';
export { cypherLiteral, cypherScript, cypherString, scriptStatements } from './script.js';
