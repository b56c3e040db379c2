// Paths between two actors
// Answers: the shortest chains of relations (positions, parties, countries, talks, acts) that connect two actors,
// drawn as a graph in Browser. Actors by key, name or alias; article links are left out.
:param actorA => 'Tô Lâm';
:param actorB => 'Vladimir Putin';
MATCH (a:KgNode) WHERE NOT a:Article AND $actorA IN [a.key, a.name] + a.aliases
MATCH (b:KgNode) WHERE NOT b:Article AND a <> b AND $actorB IN [b.key, b.name] + b.aliases
MATCH path = allShortestPaths((a)-[:CONGRATULATED|INVITED|ACCEPTED_INVITATION_OF|THANKED|PRAISED|VISITED|HOSTED_VISIT_OF|HOLDS_POSITION|BASED_IN|ORGANIZED|PARTICIPATED_IN|TOOK_PLACE_IN*..6]-(b))
RETURN path
LIMIT 25;
