// A person's positions
// Answers: the titles a person holds or held, in which party, country or body, whether former, and the sources.
// The person by key (person:to-lam), name or alias.
:param person => 'Tô Lâm';
MATCH (p:Person)-[r:HOLDS_POSITION]->(body)
WHERE $person IN [p.key, p.name] + p.aliases
RETURN p.name AS person, r.title AS title, body.name AS body, [l IN labels(body) WHERE l <> 'KgNode'][0] AS bodyLabel,
       coalesce(r.former, false) AS former, size(r.evidenceIds) AS sources, r.evidenceSentences[0] AS sentence
ORDER BY former, title, body;
