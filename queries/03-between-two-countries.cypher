// Everything between two countries over time
// Answers: every act (congratulation, invitation, acceptance, thanks, praise, visit) between two countries, counting
// each country itself, the parties and bodies based in it and the people holding positions in either, plus the talks
// where people of both sides took part, oldest first. Countries by key (country:vnm), name or alias.
:param countryA => 'Vietnam';
:param countryB => 'Cuba';
CALL () {
  MATCH (ca:Country) WHERE $countryA IN [ca.key, ca.name] + ca.aliases
  MATCH (cb:Country) WHERE $countryB IN [cb.key, cb.name] + cb.aliases
  MATCH (x)-[r:CONGRATULATED|INVITED|ACCEPTED_INVITATION_OF|THANKED|PRAISED|VISITED|HOSTED_VISIT_OF]->(y)
  WHERE (EXISTS { (x)-[:HOLDS_POSITION|BASED_IN*0..2]->(ca) } AND EXISTS { (y)-[:HOLDS_POSITION|BASED_IN*0..2]->(cb) })
     OR (EXISTS { (x)-[:HOLDS_POSITION|BASED_IN*0..2]->(cb) } AND EXISTS { (y)-[:HOLDS_POSITION|BASED_IN*0..2]->(ca) })
  RETURN r.date AS date, x.name AS actor, type(r) AS act, y.name AS counterpart, r.evidenceSentences[0] AS sentence
  UNION
  MATCH (ca:Country) WHERE $countryA IN [ca.key, ca.name] + ca.aliases
  MATCH (cb:Country) WHERE $countryB IN [cb.key, cb.name] + cb.aliases
  MATCH (x:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Person)
  WHERE EXISTS { (x)-[:HOLDS_POSITION|BASED_IN*0..2]->(ca) } AND EXISTS { (y)-[:HOLDS_POSITION|BASED_IN*0..2]->(cb) }
  RETURN e.date AS date, x.name AS actor, 'TOOK_PART_IN_' + toUpper(e.kind) + '_WITH' AS act, y.name AS counterpart, e.name AS sentence
}
RETURN date, actor, act, counterpart, sentence
ORDER BY date, actor, act, counterpart;
