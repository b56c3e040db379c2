// The most active actors
// Answers: which persons, parties, countries and bodies take part in the most diplomatic acts (given or received:
// congratulations, invitations, thanks, praise, visits, talks), and in how many articles they appear.
MATCH (a:KgNode)-[r:CONGRATULATED|INVITED|ACCEPTED_INVITATION_OF|THANKED|PRAISED|VISITED|HOSTED_VISIT_OF|PARTICIPATED_IN]-()
WHERE NOT a:Event AND NOT a:Article
RETURN a.name AS actor, [l IN labels(a) WHERE l <> 'KgNode'][0] AS label, count(r) AS acts,
       count(DISTINCT type(r)) AS kindsOfAct, size(a.evidenceDocs) AS articles
ORDER BY acts DESC, actor
LIMIT 25;
