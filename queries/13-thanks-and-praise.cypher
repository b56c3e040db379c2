// Thanks and praise
// Answers: who thanked or praised whom and when, with the sentence, newest first.
MATCH (actor)-[r:THANKED|PRAISED]->(counterpart)
RETURN r.date AS date, actor.name AS actor, type(r) AS act, counterpart.name AS counterpart, r.evidenceSentences[0] AS sentence
ORDER BY date DESC, actor, act;
