// Overview: what is loaded
// Answers: how many nodes of each label and relationships of each type this tool has loaded (a check after `kg load neo4j`).
MATCH (n:KgNode)
UNWIND [l IN labels(n) WHERE l <> 'KgNode'] AS label
RETURN 'node' AS element, label AS name, count(*) AS total
UNION ALL
MATCH (:KgNode)-[r]->(:KgNode)
RETURN 'relationship' AS element, type(r) AS name, count(*) AS total;
