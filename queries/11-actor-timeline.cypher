// An actor's timeline
// Answers: everything an actor did or had done to it (acts, talks, positions), dated facts first in date order.
// The actor by key, name or alias.
:param actor => 'Tô Lâm';
MATCH (a:KgNode) WHERE NOT a:Article AND $actor IN [a.key, a.name] + a.aliases
MATCH (a)-[r]-(other:KgNode)
WHERE NOT other:Article
RETURN r.date AS date, CASE WHEN startNode(r) = a THEN 'by' ELSE 'to' END AS direction, type(r) AS relation,
       other.name AS counterpart, r.evidenceSentences[0] AS sentence
ORDER BY date, relation, counterpart;
