// Invitations and whether they were accepted
// Answers: who invited whom and when, and whether the invitee is recorded as accepting the invitation.
MATCH (inviter)-[i:INVITED]->(invitee)
OPTIONAL MATCH (invitee)-[a:ACCEPTED_INVITATION_OF]->(inviter)
RETURN i.date AS date, inviter.name AS inviter, invitee.name AS invitee, a IS NOT NULL AS accepted,
       a.date AS acceptedOn, i.evidenceSentences[0] AS sentence
ORDER BY date DESC, inviter;
