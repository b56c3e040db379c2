// Who congratulated whom
// Answers: every congratulation, who extended it to whom and when, the talks or visit it was made at, and the sentence
// that states it, newest first.
MATCH (giver)-[r:CONGRATULATED]->(receiver)
OPTIONAL MATCH (occasion:Event {key: r.occasion})
RETURN r.date AS date, giver.name AS congratulator, receiver.name AS congratulated, occasion.name AS occasion,
       r.evidenceSentences[0] AS sentence, r.evidenceDocs AS articles
ORDER BY date DESC, congratulator, congratulated;
