// The evidence of a relation
// Answers: every sentence that states a relation between two actors, with its article, character offsets and the
// Article node to click through to. Ends by key, name or alias; the type is a relationship type (CONGRATULATED, ...).
:param source => 'Miguel Díaz-Canel';
:param type => 'CONGRATULATED';
:param target => 'Tô Lâm';
MATCH (s:KgNode)-[r]->(t:KgNode)
WHERE type(r) = $type AND $source IN [s.key, s.name] + s.aliases AND $target IN [t.key, t.name] + t.aliases
UNWIND range(0, size(r.evidenceIds) - 1) AS i
OPTIONAL MATCH (article:Article {key: r.evidenceDocs[i]})
RETURN s.name AS source, type(r) AS relation, t.name AS target, r.date AS date, r.evidenceDocs[i] AS doc,
       r.evidenceSentences[i] AS sentence, r.evidenceStarts[i] AS spanStart, r.evidenceEnds[i] AS spanEnd, article
ORDER BY doc, spanStart;
