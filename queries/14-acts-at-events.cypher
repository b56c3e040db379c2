// What happened at each talks or visit
// Answers: for each event, its participants and the acts (congratulations, thanks, invitations...) made at it.
MATCH (e:Event)
OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(e)
WITH e, collect(p.name) AS participants
OPTIONAL MATCH (a)-[r]->(b)
WHERE r.occasion = e.key
RETURN e.date AS date, e.name AS event, participants, collect(a.name + ' ' + type(r) + ' ' + b.name) AS acts
ORDER BY date;
