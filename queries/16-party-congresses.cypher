// Party congresses and who congratulated on them
// Answers: each party congress (number, date), the party that organized it, and the congratulations made on it.
MATCH (e:Event {kind: 'congress'})
OPTIONAL MATCH (organizer)-[:ORGANIZED]->(e)
OPTIONAL MATCH (giver)-[c:CONGRATULATED]->(receiver)
WHERE c.occasion = e.key
RETURN e.ordinal AS number, e.name AS congress, e.date AS date, collect(DISTINCT organizer.name) AS organizers,
       collect(DISTINCT giver.name + ' -> ' + receiver.name) AS congratulations
ORDER BY date, number;
