// The talks a person took part in
// Answers: each talks event (phone, in person, letter) a person took part in, with its date, the other participants
// and the articles that report it, oldest first. The person by key, name or alias.
:param person => 'Tô Lâm';
MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event {kind: 'talks'})
WHERE $person IN [p.key, p.name] + p.aliases
OPTIONAL MATCH (other:Person)-[:PARTICIPATED_IN]->(e)
WHERE other <> p
RETURN e.date AS date, e.mode AS mode, e.name AS talks, collect(other.name) AS withWhom, e.evidenceDocs AS articles
ORDER BY date;
