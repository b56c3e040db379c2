// What one article says
// Answers: every relation read in one article, in the order the article states them, with the sentence.
// The article by its file name.
:param article => '001_c67236414fa3b35e.txt';
MATCH (s:KgNode)-[r]->(t:KgNode)
WHERE $article IN r.evidenceDocs
WITH s, r, t, [i IN range(0, size(r.evidenceDocs) - 1) WHERE r.evidenceDocs[i] = $article][0] AS i
RETURN r.evidenceStarts[i] AS offset, s.name AS subject, type(r) AS relation, t.name AS object, r.date AS date,
       r.evidenceSentences[i] AS sentence
ORDER BY offset;
