// Example: every invitation that was accepted, with when it was made and the sentences that say so.
// Usage: node scripts/examples/accepted-invitations.mjs [out/graph.json]   (copy it and change what you need)
import { allActs, readGraphFile } from '../../dist/index.js';

const graph = readGraphFile(process.argv[2] ?? 'out/graph.json');
const acts = allActs(graph);
const accepted = acts.filter((a) => a.type === 'ACCEPTED_INVITATION_OF');

for (const invitation of acts.filter((a) => a.type === 'INVITED')) {
  // The invitee accepted the inviter's invitation: the acceptance runs the other way.
  const acceptance = accepted.find((a) => a.source.key === invitation.target.key && a.target.key === invitation.source.key);
  if (!acceptance) continue;
  console.log(`${invitation.date ?? 'undated'}\t${invitation.source.name} invited ${invitation.target.name}; accepted${acceptance.date ? ` ${acceptance.date}` : ''}`);
  for (const e of [...invitation.evidence, ...acceptance.evidence]) console.log(`\t> ${e.sentence} (${e.doc})`);
}
