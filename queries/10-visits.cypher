// Visits between countries
// Answers: who visited which country and when (VISITED), with the host country's own view where one was stated
// (HOSTED_VISIT_OF), oldest first.
MATCH (p:Person)-[v:VISITED]->(c:Country)
OPTIONAL MATCH (c)-[h:HOSTED_VISIT_OF]->(p)
RETURN v.date AS date, p.name AS visitor, c.name AS country, h IS NOT NULL AS hostReported, v.evidenceSentences[0] AS sentence
ORDER BY date, visitor;
