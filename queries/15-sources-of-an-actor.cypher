// The articles that mention an actor
// Answers: the articles an actor appears in, drawn as a graph (actor -MENTIONED_IN-> Article); each link holds the
// sentence and offsets of the first mention. The actor by key, name or alias.
:param actor => 'Tô Lâm';
MATCH (a:KgNode)-[m:MENTIONED_IN]->(article:Article)
WHERE $actor IN [a.key, a.name] + a.aliases
RETURN a, m, article;
