// Pass 6b: acts (congratulated, invited, thanked, praised, visited), talks events, positions, and the dates they carry.
import type { RelationType } from '../schema/index.js';
import { agentOf, infinitiveVerbAt, jointGroupBefore, mainSubject, objectsAfter, relativeClausePerson, RELATIVE_PRONOUNS, skipOwnedTail } from './clauses.js';
import { actor, actorAt, KIN, SPOUSE, newDiscourse, remember, type Actor, type Discourse, type Reading } from './coref.js';
import { datelineBodyStart, datelineSentence, entsOf, newEnt, opensSentence, type Doc, type Ent, type Rel } from './doc.js';
import { countryEnt } from './entities.js';
import { FULL_DAY } from './dates.js';
import { lexicon, type TalksPattern } from './lexicon.js';
import { partyOf } from './persons.js';
import { LIGHT_VERB, tokenClasses, VERB } from './words.js';
import { slug } from '../names.js';
import { isPossessive, type Sentence } from './text.js';

const ACCEPT_VERBS = new Set(['accepted', 'accepts', 'accepting', 'accept']);
const PLANNED = new Set(['scheduled', 'will', 'would', 'due', 'plans', 'planned', 'expected', 'upcoming', 'shall']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const ACTORS = new Set(['Person', 'Party', 'Country', 'Organization']);

interface Act {
  rel: Rel;
  sentence: number;
  /** Dated by words of its own sentence. */
  ownDate: boolean;
  /** Told in the pluperfect: not done at the article's occasion. */
  background?: boolean;
}

interface Occasion {
  event: Ent;
  sentence: number;
  /** Told in the pluperfect ("had spoken by telephone on Saturday"): earlier than the story, not the occasion of its acts. */
  background?: boolean;
}

/** Extracts every relation of the article into doc.relations. */
export function findRelations(doc: Doc): void {
  const d = newDiscourse(doc);
  const occasions: Occasion[] = [];
  const lex = lexicon();
  const acts: Act[] = [];
  let lastDay: string | undefined;
  const rels: Rel[] = [];
  let invitation = nextInvitation(doc.text, 0);
  for (const s of doc.sentences) {
    d.subjects[s.index] = mainSubject(doc, d, s.index);
    let byPhone = false;
    for (let i = lex.talks.nextStart(doc.tokens, s.first, s.last); i < s.last; i = lex.talks.nextStart(doc.tokens, i + 1, s.last)) {
      const talks = lex.talks.match(doc.tokens, i, s.last);
      if (!talks) continue;
      if (talks.value.kind === 'by-phone') byPhone = true;
      const occ = talksAt(doc, d, i, talks.end, talks.value, lastDay);
      if (occ) occasions.push(pluperfect(doc, i) || recalled(doc, s.first, i) || toldInRelative(doc, s.first, i) ? { ...occ, background: true } : occ);
      if (occ?.event.date) lastDay = occ.event.date;
      i = talks.end - 1;
    }
    const met = participleTalks(doc, d, s, lastDay);
    if (met) occasions.push(met);
    const actsBefore = acts.length;
    for (let i = lex.triggers.nextStart(doc.tokens, s.first, s.last); i < s.last; i = lex.triggers.nextStart(doc.tokens, i + 1, s.last)) {
      const hit = lex.triggers.match(doc.tokens, i, s.last);
      if (!hit) continue;
      // "Anwar, who had extended congratulations to Lam on his election in August": told as before the story, the act
      // is dated by what its complement says, and never by the article's occasion.
      const background = pluperfect(doc, i);
      for (const rel of actsAt(doc, d, i, hit.end, hit.value.type, hit.value.form, hit.value.objectAfter, rels)) {
        // "In a message the same day, X extended congratulations".
        const date = dateNear(doc, rel.last, i, hit.value.type === 'VISITED' || background ? 'visit' : false) ?? (background ? undefined : relativeDay(doc, s.index, i, lastDay));
        if (date) rel.date = date;
        // A visit's first day ("on a state visit from March 10-12 at the invitation of ...") is the day to count from
        // only before any other.
        if (date && FULL_DAY.test(date) && ((hit.value.type !== 'VISITED' && hit.value.form !== 'inverse') || !lastDay)) lastDay = date;
        acts.push({ rel, sentence: s.index, ownDate: !!date, background });
        rels.push(rel);
      }
      i = hit.end - 1;
    }
    if (invitation < s.start) invitation = nextInvitation(doc.text, s.start);
    if (invitation < s.end) {
      const relative = relativeAcceptances(doc, d, s.first, s.last, rels);
      for (const rel of relative.length ? relative : bareAcceptances(doc, d, s.first, s.last, rels)) {
        acts.push({ rel, sentence: s.index, ownDate: false });
        rels.push(rel);
      }
    }
    // "was congratulated ... by telephone by X": the act was a phone call between the two.
    if (byPhone) {
      for (const a of acts.slice(actsBefore)) {
        if (a.rel.subject.label !== 'Person' || a.rel.object.label !== 'Person') continue;
        occasions.push(occasionFor(doc, d, [a.rel.subject, a.rel.object], 'phone', a.rel.date, s.index, a.rel.first, a.rel.last));
      }
    }
  }
  // Acts take the date of the occasion they belong to: the talks in their sentence, else the article's occasion.
  const story = occasions.filter((o) => !o.background);
  const main = story[0]?.event.date ?? leadDateOfActs(acts) ?? acts.find((a) => a.ownDate && a.rel.type !== 'VISITED')?.rel.date;
  const bySentence = new Map<number, Occasion>();
  for (const o of occasions) if (!bySentence.has(o.sentence)) bySentence.set(o.sentence, o);
  const single = new Set(story.map((o) => o.event)).size === 1 ? story[0] : undefined;
  // The only occasion stands for acts told after it, and for the lead's, which sums it up.
  const lead = datelineSentence(doc)?.index ?? 0;
  // The occasion told last before an act, among those its people took part in.
  const lastWith = (a: { rel: Rel; sentence: number }): Occasion | undefined => {
    let either: Occasion | undefined;
    for (let i = story.length - 1; i >= 0; i--) {
      const o = story[i]!;
      if (o.sentence > a.sentence) continue;
      const people = o.event.participants ?? [];
      const hasSubject = people.includes(a.rel.subject);
      const hasObject = people.includes(a.rel.object);
      if (hasSubject && hasObject) return o;
      if ((hasSubject || hasObject) && !either) either = o;
    }
    return either;
  };
  for (const a of acts) {
    if (a.background) {
      doc.relations.push(a.rel);
      continue;
    }
    let here = bySentence.get(a.sentence) ?? (a.rel.type !== 'VISITED' ? (single && (single.sentence <= a.sentence || a.sentence <= lead) ? single : undefined) ?? lastWith(a) : undefined);
    const scene = here?.sentence === a.sentence ? undefined : dayInParagraph(doc, a.sentence, true);
    if (scene && (!here || here.sentence < scene.sentence)) here = undefined;
    if (here && a.rel.type !== 'VISITED') a.rel.occasion = here.event;
    if (!a.ownDate && a.rel.type !== 'VISITED') {
      const date = here?.event.date ?? scene?.date ?? main;
      if (date) a.rel.date = date;
    }
    doc.relations.push(a.rel);
  }
  // "The visiting president was welcomed by ...": a visit to the article's country, unless one is already told.
  for (const [p, at] of [...doc.visitors, ...d.visiting]) {
    if (!doc.home || p.countries.has(doc.home) || rels.some((r) => r.type === 'VISITED' && r.subject === p)) continue;
    const visit = rel('VISITED', p, doc.home, at.first, at.last);
    rels.push(visit);
    doc.relations.push(visit);
  }
  // "Thongloun Sisoulith, ..., who arrived earlier in the day for a two-day official friendship visit": a guest of
  // the article's country, on a visit that names no other place.
  for (const g of d.homeGuests) {
    if (!doc.home || g.countries.has(doc.home) || rels.some((r) => r.type === 'VISITED' && r.subject === g)) continue;
    const at = visitClauseOf(doc, g);
    if (!at) continue;
    const visit = rel('VISITED', g, doc.home, at.first, at.last);
    rels.push(visit);
    doc.relations.push(visit);
  }
  addVisitEvents(doc, d, rels.filter((r) => r.type === 'VISITED'));
  visitorsNotHome(doc, d, rels);
  addStructure(doc);
}

// "The Vietnamese leader recalled the state visit he paid to China, during which he held talks with Xi": a memory
// verb earlier in the sentence.
function recalled(doc: Doc, from: number, at: number): boolean {
  for (let k = from; k < at; k++) if (RECALL.has(doc.tokens[k]!.lower)) return true;
  return false;
}
const RECALL = new Set(['recalled', 'recalling', 'recalls', 'recall', 'remembered']);

// "The Vietnamese leader, who paid a state visit to China in August and held talks with Xi, affirmed": told in a
// relative clause, as background to the sentence's own act.
function toldInRelative(doc: Doc, from: number, at: number): boolean {
  for (let k = at - 1; k > from; k--) {
    const t = doc.tokens[k]!;
    if (t.text === ',' || t.text === ';') return false;
    if (RELATIVE_PRONOUNS.has(t.lower)) return doc.tokens[k - 1]!.text === ',' || (doc.tokens[k - 1]!.lower === 'during' && doc.tokens[k - 2]?.text === ',');
  }
  return false;
}

// "Trump had spoken by telephone with both on Saturday", "had earlier met": "had" before a participle (not the
// "had" of "had a telephone conversation").
// The participle may be the light verb of a noun trigger ("had extended congratulations").
function pluperfect(doc: Doc, start: number): boolean {
  const { tokens } = doc;
  const verb = PARTICIPLE.test(tokens[start]!.lower) ? start : PARTICIPLE.test(tokens[start - 1]?.lower ?? '') ? start - 1 : -1;
  if (verb < 0) return false;
  return tokens[verb - 1]?.lower === 'had' || (tokens[verb - 2]?.lower === 'had' && ADVERB.test(tokens[verb - 1]!.lower));
}
const PARTICIPLE = /^(?:\p{L}+(?:ed|en)|met|held|spoke|paid|sent|made)$/u;
const ADVERB = /^(?:\p{L}+ly|earlier|already|also|just|twice|once)$/u;

// The last full day written in the sentences of the paragraph before `sentence`. `opening`: only a day that opens
// its sentence counts ("On Thursday, in Shanghai, Lula attended ... He hailed the bank": it sets the scene for the rest
// of the paragraph).
function dayInParagraph(doc: Doc, sentence: number, opening: boolean): { sentence: number; date: string } | undefined {
  for (let j = sentence - 1; j >= 0 && !doc.tokens[doc.sentences[j + 1]!.first]!.newline; j--) {
    const s = doc.sentences[j]!;
    let date: string | undefined;
    if (opening) for (let k = s.first; !date && k < Math.min(s.last, s.first + 5) && doc.tokens[k]!.text !== ','; k++) date = fullDayAt(doc, k);
    else for (let k = s.last - 1; !date && k >= s.first; k--) date = fullDayAt(doc, k);
    if (date) return { sentence: j, date };
  }
  return undefined;
}

function fullDayAt(doc: Doc, k: number): string | undefined {
  const date = doc.dateAt[k]?.date;
  return date && FULL_DAY.test(date) ? date : undefined;
}

// An article with no talks: the date its lead gives, when the first act is told there.
function leadDateOfActs(acts: Act[]): string | undefined {
  const first = acts.find((a) => a.rel.type !== 'VISITED');
  return first && first.sentence === 0 && first.ownDate ? first.rel.date : undefined;
}

/** A relation with every field present from the start: all relations share one object shape (no spreads, no added keys). */
function rel(type: RelationType, subject: Ent, object: Ent, first: number, last: number, details: Pick<Rel, 'date' | 'title' | 'former' | 'cameo'> = {}): Rel {
  return { type, subject, object, date: details.date, title: details.title, former: details.former, occasion: undefined, cameo: details.cameo, first, last };
}

// Every (agent, object) pair of one trigger, each a directed act.
function actsAt(doc: Doc, d: Discourse, start: number, end: number, type: RelationType, form: string, markers: string[], soFar: Rel[]): Rel[] {
  const { tokens } = doc;
  const lex = lexicon();
  // "to invite", "to pay a visit": a plan or wish, not an act (except "took the occasion to invite", handled as an act of the subject).
  if (type === 'VISITED' && isPlanned(doc, start)) return [];
  if (type === 'VISITED' && tokens[start]!.lower === 'visiting' && (doc.titleAt[end] || doc.mentionAt[end]?.inTitle)) return [];
  // "thanks to X" means "because of X".
  if (type === 'THANKED' && tokens[start]!.lower === 'thanks' && tokens[end]?.lower === 'to' && !lex.lightVerbs.has(tokens[start - 1]?.lower ?? '') && !lex.lightVerbs.has(tokens[start - 2]?.lower ?? '')) return [];
  // "(thanked X) for their congratulations": the reason of another act, read by thankedFor.
  if (form === 'noun' && precededByFor(doc, start)) return [];
  let agent: Actor | undefined;
  let objects: Actor[] = [];
  const passive = form === 'verb' && isPassive(doc, start);
  if (type === 'ACCEPTED_INVITATION_OF') {
    let invitee = agentOf(doc, d, start);
    // "invited the EU leader to visit, and she accepted the invitation": the pronoun is the one just invited.
    const invited = invitee?.pronoun ? lastInvitedIn(soFar, doc.sentences[tokens[start]!.sentence]!.first) : undefined;
    if (invited) invitee = actor([invited], invitee!.first, invitee!.last);
    return invitee ? accepted(invitee, start, end, soFar) : [];
  }
  if (form === 'inverse') {
    // "(X is visiting Y) at the invitation of Z": Z invited the sentence's subject.
    // "at the invitation of General Secretary X and State President Y": each inviter.
    // "(Lula held talks with Ramaphosa,) who is on a state visit at the invitation of ...": the relative clause's person.
    const invitee = relativeClausePerson(doc, d, start);
    const subj = invitee ? actor([invitee], start, end) : (d.subjects[tokens[start]!.sentence] ?? agentOf(doc, d, start) ?? visitorOfVisit(doc, start, soFar));
    objects = subj ? [subj] : [];
    // "Xi, who is on a state visit at the invitation of the King": the King is not Xi.
    agent = withCoordinated(doc, d, actorAt(doc, d, end, subj?.ents.length === 1 ? { agent: subj.ents[0] } : undefined));
  } else if (passive) {
    // "was congratulated (both in writing and by telephone) by X": X acts on the clause subject.
    const subj = agentOf(doc, d, start);
    agent = byAgent(doc, d, end, 12, subj?.ents[0]);
    objects = subj ? [subj] : [];
  } else if (form === 'noun') {
    const pairs = sentFromTo(doc, d, start, end, type);
    if (pairs.length) return pairs;
    const received = receivedFrom(doc, d, start, end);
    const among = received ? undefined : amongThose(doc, d, start, end);
    if (received) ({ agent, objects } = received);
    else if (among) agent = among;
    else {
      const possessor = possessorBefore(doc, d, start);
      // "Thưởng accepted Yoon's invitation": an acceptance, and the invitation it answers.
      if (type === 'INVITED' && possessor && !possessor.pronoun && ACCEPT_VERBS.has(tokens[possessor.first - 1]?.lower ?? '')) {
        const invitee = agentOf(doc, d, possessor.first - 1);
        const inviter = possessor.ents[0]!;
        const who = invitee?.ents.length === 1 && !invitee.joint ? invitee.ents[0]! : undefined;
        return who && who !== inviter ? [rel('INVITED', inviter, who, possessor.first, end), rel('ACCEPTED_INVITATION_OF', who, inviter, invitee!.first, end)] : [];
      }
      // "Prabowo expressed his gratitude": the pronoun is the light verb's subject.
      const light = possessor?.pronoun && (tokenClasses(tokens[possessor.first - 1]) & LIGHT_VERB) ? agentOf(doc, d, possessor.first - 1) : undefined;
      // "(The) messages of congratulation to X arrived ...": a noun opening its sentence has no agent before it.
      const lead = lightVerbEnd(doc, start);
      const opening = opensSentence(doc, lead) || (OPENING_DETERMINERS.has(doc.tokens[lead - 1]?.lower ?? '') && opensSentence(doc, lead - 1));
      agent = light ?? possessor ?? (opening ? undefined : agentOf(doc, d, lead));
      const ownerOfPhrase = markers.includes('for') && tokens[findMarker(doc, end, markers)]?.lower !== 'to';
      objects = objectsAfter(doc, d, end, { markers, agent: agent?.ents[0], ownerOfPhrase, rejectRelationships: type === 'PRAISED' });
      // "conveyed to his host an invitation": the object came before the noun.
      if (!objects.length) objects = objectBeforeNoun(doc, d, start, agent?.ents[0]);
    }
  } else if (type === 'VISITED' && tokens[end - 1]!.lower === 'of') {
    // "the historic visit of Leader Fidel Castro to the liberated zone of Quảng Trị".
    agent = actorAt(doc, d, end);
    const to = agent ? skipOwnedTail(doc, agent) : -1;
    objects = tokens[to]?.lower === 'to' ? destination(doc, to + 1) : [];
  } else if (type === 'VISITED' && (tokens[end - 1]!.lower === 'that' || tokens[end - 1]!.lower === 'which')) {
    // "the state visit that the Vietnamese leader paid to Laos".
    agent = actorAt(doc, d, end) ?? (tokens[end]?.lower === 'the' ? actorAt(doc, d, end + 1) : undefined);
    const verb = agent ? skipOwnedTail(doc, agent) : -1;
    objects = VISIT_MADE.has(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'to' ? destination(doc, verb + 2) : [];
  } else {
    agent = type === 'VISITED' ? possessorBefore(doc, d, start) ?? nominalVisitor(doc, d, start, end) : agentOf(doc, d, start);
    const whom = agent && ['whom', 'which'].includes(tokens[agent.first - 1]?.lower ?? '') ? antecedent(doc, d, agent.first - 1) : undefined;
    // "Hun Sen, ..., whom he praised": the relative pronoun is the object.
    if (whom) objects = [whom];
    else objects = type === 'VISITED' ? destination(doc, end) : objectsAfter(doc, d, end, { agent: agent?.ents[0], ownerOfPhrase: type === 'PRAISED', rejectRelationships: type === 'PRAISED' });
  }
  // "Lam and his spouse Ngo Phuong Ly are paying a state visit": the spouse comes along, the act is the leader's.
  if (agent) agent = leaderOfSpouse(doc, agent);
  // A visitor comes from elsewhere: "X welcomed Maris on his first official visit to Laos" is Maris's visit, not X's.
  if (type === 'VISITED' && agent && objects[0] && agent.ents[0] && surelyOf(agent.ents[0], objects[0].ents[0]!)) {
    const dest = objects[0].ents[0]!;
    const s = doc.sentences[tokens[start]!.sentence]!;
    let other: Ent | undefined;
    for (let k = start - 1; k >= s.first && !other; k--) {
      const m = doc.mentionAt[k];
      if (m?.ent.label === 'Person' && !m.inTitle && !m.ent.countries.has(dest)) other = m.ent;
    }
    agent = other ? actor([other], agent.first, agent.last) : undefined;
  }
  // "A and B sent congratulatory messages to C", "A and B, who is also ..., sent ...": each of the named subjects acts.
  const subj = d.subjects[tokens[start]!.sentence];
  if (agent && !agent.joint && type !== 'VISITED' && subj?.coordinated && subj.last <= start && (agent.last === subj.last || closesSubject(doc, agent, subj))) agent = { ...subj, joint: false };
  // "Chính and von der Leyen exchanged congratulations": each to the other.
  const exchanged = tokens.slice(Math.max(0, start - 4), start).some((t) => t.lower === 'exchanged');
  if (exchanged && subj?.coordinated && subj.ents.length === 2) {
    const [x, y] = subj.ents as [Ent, Ent];
    return [rel(type, x, y, subj.first, end), rel(type, y, x, subj.first, end)];
  }
  // "Li exchanged congratulatory messages with Alckmin".
  const partner = exchanged && agent?.ents.length === 1 && !agent.joint ? exchangedWith(doc, d, end, agent.ents[0]!) : undefined;
  if (partner) return [rel(type, agent!.ents[0]!, partner, agent!.first, end), rel(type, partner, agent!.ents[0]!, agent!.first, end)];
  // "X also extended their congratulations.": to whom the article's congratulations go.
  if (type === 'CONGRATULATED' && form === 'noun') {
    // "Congratulations have poured in from the heads of foreign legislatures for Trần Thanh Mẫn": whom they are for.
    if (!agent && !objects.length) d.congratulated = congratulationsFor(doc, d, end) ?? d.congratulated;
    if (objects.length) d.congratulated = objects[0];
    else if (d.congratulated && agent && !agent.ents.some((e) => d.congratulated!.ents.includes(e))) objects = [d.congratulated];
  }
  if (!agent || agent.joint || !objects.length) return [];
  const out: Rel[] = [];
  for (const a of agent.ents) {
    if (!ACTORS.has(a.label) || (type === 'VISITED' && a.label !== 'Person')) continue;
    for (const o of objects) {
      // A joint object is acted on by each ("met at the invitation of X"), except a vague "both sides".
      if (o.joint && form !== 'inverse') continue;
      for (const b of o.ents) {
        if (b === a || !ACTORS.has(b.label)) continue;
        if (type === 'VISITED' && b.label !== 'Country') continue;
        out.push(rel(type, a, b, Math.min(agent.first, start), Math.max(o.last, end)));
        remember(d, o.first, b);
        if (type === 'VISITED') d.guests.add(a);
      }
    }
  }
  // "thanked X for congratulating him" / "for their congratulations extended to Y": X congratulated; "for the
  // invitation": X invited.
  if (type === 'THANKED') out.push(...thankedFor(doc, d, end, agent, objects));
  return out;
}

// "A and B, who is also ..., sent": the agent found through the relative clause or apposition after the last subject.
function closesSubject(doc: Doc, agent: Actor, subj: Actor): boolean {
  return doc.tokens[subj.last]?.text === ',' && agent.first >= subj.last && !doc.mentionAt[agent.first] && agent.ents.length === 1 && agent.ents[0] === subj.ents[subj.ents.length - 1];
}

// "a delegation of the CPRF led by Gennady Zyuganov" right after a reception verb: the person leading it.
function delegationLeader(doc: Doc, d: Discourse, at: number): Actor | undefined {
  const { tokens } = doc;
  const k = ['a', 'an', 'the'].includes(tokens[at]?.lower ?? '') ? at + 1 : at;
  if (tokens[k]?.lower !== 'delegation') return undefined;
  const led = findForward(doc, k + 1, 'led', 14);
  return led >= 0 && tokens[led + 1]?.lower === 'by' ? actorAt(doc, d, led + 2) : undefined;
}

// The one person after "with" in "exchanged ... with X", within a few words of the trigger.
function exchangedWith(doc: Doc, d: Discourse, end: number, agent: Ent): Ent | undefined {
  const at = findForward(doc, end, 'with', 5);
  const partner = at >= 0 ? actorAt(doc, d, at + 1, { agent }) : undefined;
  return partner?.ents.length === 1 && !partner.joint && partner.ents[0] !== agent && ACTORS.has(partner.ents[0]!.label) ? partner.ents[0] : undefined;
}

// "to pay a visit to", "invite Putin to officially visit", "will visit": a plan, not a visit.
const PLAN_WORDS = new Set(['to', 'will', 'would', 'shall', 'plans', 'planned', 'upcoming', 'next', 'future']);
const PLAN_FILLERS = new Set(['pay', 'make', 'a', 'an', 'the', 'official', 'state', 'working', 'officially', 'also', 'soon']);

function isPlanned(doc: Doc, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    const t = doc.tokens[k]!.lower;
    if (PLAN_WORDS.has(t)) return true;
    if (!PLAN_FILLERS.has(t)) break;
  }
  // "He is scheduled to leave Vientiane for a state visit to Cambodia": a plan a few words before, in the same clause.
  for (let k = start - 1; k >= Math.max(0, start - 8) && doc.tokens[k]!.text !== ','; k--) if (PLANNED.has(doc.tokens[k]!.lower)) return true;
  return false;
}

const FOR_FILLERS = new Set(['their', 'his', 'her', 'its', 'the', 'warm', 'warmest', 'and', 'heartfelt', 'sincere', 'kind', 'cordial']);

function precededByFor(doc: Doc, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    const t = doc.tokens[k]!.lower;
    if (t === 'for') return true;
    if (!FOR_FILLERS.has(t)) return false;
  }
  return false;
}

/** The agent after "by" in a passive: the first "by" followed by an actor ("by telephone by Thongloun"). */
function byAgent(doc: Doc, d: Discourse, from: number, window: number, patient?: Ent): Actor | undefined {
  const s = doc.sentences[doc.tokens[from - 1]!.sentence]!;
  for (let k = from; k < Math.min(s.last, from + window); k++) {
    if (doc.tokens[k]!.lower !== 'by') continue;
    const a = namedActorAt(doc, d, k + 1, patient ? { agent: patient } : undefined);
    if (a && a.ents.length) return a;
  }
  return undefined;
}

const PASSIVE_FILLERS = new Set(['also', 'likewise', 'warmly', 'both', 'then', 'recently', 'had', 'has', 'have']);

function isPassive(doc: Doc, start: number): boolean {
  if (doc.tokens[start]!.lower.endsWith('ing')) return false;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const t = doc.tokens[k]!.lower;
    if (PASSIVE_AUX.has(t)) return true;
    if (!PASSIVE_FILLERS.has(t)) return false;
  }
  return false;
}

/** "X conveyed to Y an invitation": the start of the light verb, so its subject is found past the "to Y". */
function lightVerbEnd(doc: Doc, start: number): number {
  for (let k = start - 1; k >= Math.max(0, start - 8); k--) if (tokenClasses(doc.tokens[k]) & LIGHT_VERB) return k;
  return start;
}

function objectBeforeNoun(doc: Doc, d: Discourse, start: number, agent: Ent | undefined): Actor[] {
  const light = lightVerbEnd(doc, start);
  if (light === start || doc.tokens[light + 1]?.lower !== 'to') return [];
  const a = actorAt(doc, d, light + 2, agent ? { agent } : {});
  return a && a.last <= start ? [a] : [];
}

function findForward(doc: Doc, from: number, word: string, window: number): number {
  const s = doc.sentences[doc.tokens[from - 1]!.sentence]!;
  for (let k = from; k < Math.min(s.last, from + window); k++) if (doc.tokens[k]!.lower === word) return k;
  return -1;
}

function findMarker(doc: Doc, from: number, markers: string[]): number {
  for (let k = from; k < Math.min(doc.tokens.length, from + 6); k++) if (markers.includes(doc.tokens[k]!.lower)) return k;
  return from;
}

// The receive verb a few words before a nominal trigger ("received messages of congratulations"), or -1.
function receiveVerbBefore(doc: Doc, start: number): number {
  const { receiveVerbs } = lexicon();
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    const t = doc.tokens[k]!;
    if (receiveVerbs.has(t.lower)) return k;
    if (!t.word || doc.mentionAt[k]) return -1;
  }
  return -1;
}

/** An actor and those coordinated with it by "and" ("X and Y", "X, title, and Y"), as one actor whose members each act. */
function withCoordinated(doc: Doc, d: Discourse, first: Actor | undefined): Actor | undefined {
  let agent = first;
  for (let k = agent ? tailEnd(doc, agent) : -1; agent && doc.tokens[k]?.lower === 'and'; ) {
    const more = namedActorAt(doc, d, k + 1);
    if (!more?.ents.length) break;
    agent = { ...agent, ents: [...agent.ents, ...more.ents], last: more.last };
    k = tailEnd(doc, more);
  }
  return agent;
}

const OPENING_DETERMINERS = new Set(['the', 'many', 'numerous']);

// "Among those who extended congratulations were Zhao Leji, Chairman of ...; Vyacheslav Volodin, ...; and Khuon Sudary":
// the actors the list after "were" opens with, one per item.
function amongThose(doc: Doc, d: Discourse, start: number, end: number): Actor | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[start]!.sentence]!;
  if (tokens[s.first]?.lower !== 'among' || tokens[s.first + 1]?.lower !== 'those' || tokens[s.first + 2]?.lower !== 'who') return undefined;
  let k = end;
  while (k < s.last && !['were', 'was', 'are', 'is'].includes(tokens[k]!.lower)) k++;
  const semicolons = tokens.slice(k, s.last).some((t) => t.text === ';');
  let agent: Actor | undefined;
  while (k < s.last) {
    const item = namedActorAt(doc, d, k + 1) ?? (tokens[k + 1]?.lower === 'and' ? namedActorAt(doc, d, k + 2) : undefined);
    if (item?.ents.length) agent = agent ? { ...agent, ents: [...agent.ents, ...item.ents], last: item.last } : item;
    // The next item starts after the next ";" (or ", and" in a list without semicolons).
    k = item ? item.last : k + 1;
    while (k < s.last && tokens[k]!.text !== (semicolons ? ';' : ',') && !(tokens[k]!.lower === 'and' && !semicolons)) k++;
    if (tokens[k]?.lower === 'and') k--;
  }
  return agent;
}

// "(Congratulations have poured in ...) for X": the person X after "for" in the rest of the sentence.
function congratulationsFor(doc: Doc, d: Discourse, end: number): Actor | undefined {
  const s = doc.sentences[doc.tokens[end]!.sentence]!;
  for (let k = end; k < s.last - 1; k++) {
    if (doc.tokens[k]!.lower !== 'for') continue;
    const a = actorAt(doc, d, k + 1);
    if (a?.ents[0]?.label === 'Person' && !a.pronoun) return a;
  }
  return undefined;
}

// Past an actor's apposition and a bracketed abbreviation: "the Communist Party of China (CPC) and ...".
function tailEnd(doc: Doc, a: Actor): number {
  const k = skipOwnedTail(doc, a);
  return doc.tokens[k]?.text === '(' && doc.tokens[k + 2]?.text === ')' ? k + 3 : k;
}

// The actor at k, or after a "the" that does not start one ("by the Communist Party of China").
function namedActorAt(doc: Doc, d: Discourse, k: number, opts?: Reading): Actor | undefined {
  return actorAt(doc, d, k, opts) ?? (doc.tokens[k]?.lower === 'the' ? actorAt(doc, d, k + 1, opts) : undefined);
}

// "has received congratulations from X", "Congratulations were conveyed by X to Y".
function receivedFrom(doc: Doc, d: Discourse, start: number, end: number): { agent?: Actor; objects: Actor[] } | undefined {
  const { tokens } = doc;
  // "received (a stream of messages of) congratulations from X and Y": each sent one to the subject.
  const verb = receiveVerbBefore(doc, start);
  const from = verb >= 0 ? findForward(doc, end, 'from', 3) : -1;
  if (from >= 0) {
    const agent = withCoordinated(doc, d, actorAt(doc, d, from + 1));
    const subj = agentOf(doc, d, verb);
    return { ...(agent ? { agent } : {}), objects: subj ? [subj] : [] };
  }
  // "Congratulatory messages were also sent by X and Y".
  const agent = ['were', 'was'].includes(tokens[end]?.lower ?? '') ? withCoordinated(doc, d, byAgent(doc, d, end, 5)) : undefined;
  if (agent) {
    const objects = objectsAfter(doc, d, skipOwnedTail(doc, agent), { markers: ['to'], agent: agent.ents[0] });
    return { agent, objects };
  }
  return undefined;
}

// "messages of congratulations went from A to B; from C to D; and from E to F", "messages were sent by A to B, and by C
// to D": pair by pair.
function sentFromTo(doc: Doc, d: Discourse, start: number, end: number, type: RelationType): Rel[] {
  const { tokens } = doc;
  const s = doc.sentences[tokens[start]!.sentence]!;
  let k = end;
  while (k < end + 4 && (SENT_VERBS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'also')) k++;
  if (k === end || (tokens[k]?.lower !== 'from' && tokens[k]?.lower !== 'by')) return [];
  const out: Rel[] = [];
  while (k < s.last && (tokens[k]!.lower === 'from' || tokens[k]!.lower === 'by')) {
    const sender = actorAt(doc, d, k + 1);
    if (!sender?.ents.length) break;
    let to = skipOwnedTail(doc, sender);
    while (to < s.last && tokens[to]!.lower !== 'to' && tokens[to]!.text !== ';') to++;
    if (tokens[to]?.lower !== 'to') break;
    const receivers = objectsAfter(doc, d, to + 1, { agent: sender.ents[0], firstOnly: true });
    for (const a of sender.ents) for (const r of receivers) for (const o of r.ents) if (a !== o && ACTORS.has(o.label)) out.push(rel(type, a, o, k, r.last));
    // The next pair, after a semicolon or ", and".
    let next = receivers.at(-1)?.last ?? to + 1;
    while (next < s.last && tokens[next]!.text !== ';' && !(tokens[next]!.text === ',' && tokens[next + 1]?.lower === 'and' && ['from', 'by'].includes(tokens[next + 2]?.lower ?? ''))) next++;
    k = next + 1;
    if (tokens[k]?.lower === 'and') k++;
  }
  return out;
}
const SENT_VERBS = new Set(['went', 'came', 'were', 'was', 'sent']);

/** What "who"/"whom" at k refers to: the person before the comma, past an apposition. */
function antecedent(doc: Doc, d: Discourse, k: number): Actor | undefined {
  if (doc.tokens[k - 1]?.text !== ',') return undefined;
  // "Lao Prime Minister Sonexay Siphandone, whom": the name right before the comma.
  const m = doc.mentionAt[k - 2];
  if (m?.ent.label === 'Person' && !m.inTitle) return actor([m.ent], m.first, m.last);
  const a = agentOf(doc, d, k);
  return a && a.ents[0]?.label === 'Person' ? a : undefined;
}

// The visitor of "visit to X": "the first visit to China by X" names them after "by"; "the first visit to China since
// 2016" with no one named is nobody's; otherwise ("for a state visit to") the visitor is the clause's subject.
function nominalVisitor(doc: Doc, d: Discourse, start: number, end: number): Actor | undefined {
  const { tokens } = doc;
  const dest = doc.mentionAt[end];
  const after = dest ? dest.last : end + 1;
  if (tokens[after]?.lower === 'by') return namedActorAt(doc, d, after + 1);
  // "the many visits to Việt Nam that Raúl Castro made".
  if (tokens[after]?.lower === 'that' || tokens[after]?.lower === 'which') {
    const visitor = actorAt(doc, d, after + 1);
    if (visitor && VISIT_MADE.has(tokens[skipOwnedTail(doc, visitor)]?.lower ?? '')) return visitor;
  }
  const lead = visitorEnd(doc, start);
  if (lead < start && tokens[lead]!.lower === 'the' && tokens[start]!.lower !== 'visiting') return undefined;
  return agentOf(doc, d, lead);
}

const VISIT_MADE = new Set(['made', 'paid', 'undertook']);

// "X, who is on a working visit to": the visitor stands before the words that lead to "visit".
function visitorEnd(doc: Doc, start: number): number {
  const filler = lexicon().words.visitFiller;
  let k = start;
  while (k > 0 && filler.has(doc.tokens[k - 1]!.lower)) k--;
  return k;
}

// "Tô Lâm’s state visit to Cuba", "his trip to Vietnam": the owner of the act noun is its agent.
function possessorBefore(doc: Doc, d: Discourse, start: number): Actor | undefined {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const t = doc.tokens[k]!;
    if (isPossessive(doc.tokens, k)) {
      for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
        const a = actorAt(doc, d, j);
        if (a && a.last === k + 1 && a.ents[0]?.label === 'Person') return a;
      }
      return undefined;
    }
    if (t.lower === 'his' || t.lower === 'her') return actorAt(doc, d, k);
    if (!['state', 'official', 'working', 'first', 'recent', 'historic', 'two-day', 'three-day', 'a', 'an', 'the'].includes(t.lower) && !t.lower.endsWith('-day')) return undefined;
  }
  return undefined;
}

// Where a visit went: a country, a city's country, "Vietnam's newly-liberated region", "the Caribbean country".
function destination(doc: Doc, from: number): Actor[] {
  const { tokens } = doc;
  const k = tokens[from]?.lower === 'the' && doc.mentionAt[from + 1] ? from + 1 : from;
  const m = doc.mentionAt[k];
  // "received visiting Japanese Prime Minister ...": an adjective is not where a visit goes, unless it names the
  // country's capital or a city ("arrived in the Venezuelan capital").
  const placeNoun = m ? lexicon().words.placeNouns.has(tokens[m.last]?.lower ?? '') : false;
  if (m?.ent.label === 'Country' && m.first === k && (m.via !== 'demonym' || placeNoun) && !m.inTitle) {
    // "travelled to France and Poland": each country named in the coordination.
    const more = tokens[m.last]?.lower === 'and' ? doc.mentionAt[m.last + 1] : undefined;
    if (more?.ent.label === 'Country' && more.first === m.last + 1 && more.via !== 'demonym' && !placeNoun) return [actor([m.ent], k, m.last), actor([more.ent], more.first, more.last)];
    return [actor([m.ent], k, m.last)];
  }
  const code = doc.placeAt[k] ?? (tokens[k]?.lower === 'the' ? doc.placeAt[k + 1] : undefined);
  if (code) return [actor([countryEnt(doc, code)], k, k + 1)];
  // "the Caribbean country", "the Asian giant": the article's country in that part of the world.
  if (tokens[k]?.lower === 'the' && ['country', 'nation', 'island', 'giant'].includes(tokens[k + 2]?.lower ?? '')) {
    const adjective = tokens[k + 1]!.fold;
    // "Asian" is of Asia, "European" of Europe.
    const regions = [adjective, adjective.replace(/n$/, ''), adjective.replace(/an$/, 'e')];
    const hit = entsOf(doc, 'Country').find((e) => e.mentions > 0 && regions.some((r) => (lexicon().countries.get(e.key.slice(8).toUpperCase())?.subregion ?? '').toLowerCase().includes(r)));
    if (hit) return [actor([hit], k, k + 3)];
    // "the neighbouring country": where the article is set.
    if (doc.home) return [actor([doc.home], k, k + 3)];
  }
  // "the liberated zone of Quảng Trị", "the central province of Quang Ninh": where the place named after "of" lies.
  if (tokens[k]?.lower === 'the') {
    let j = k + 1;
    while (j < k + 5 && tokens[j]?.word && !tokens[j]!.cap && tokens[j]!.lower !== 'of') j++;
    if (j > k + 1 && tokens[j]?.lower === 'of' && (doc.placeAt[j + 1] || doc.mentionAt[j + 1]?.ent.label === 'Country')) return destination(doc, j + 1);
  }
  // "arrived here", "arrived in Putrajaya" when that is the dateline's city: the article's country.
  if (doc.home && (tokens[k]?.lower === 'here' || datelineCity(doc).includes(tokens[k]?.fold ?? ''))) return [actor([doc.home], k, k + 1)];
  return [];
}

/** Folded words of the dateline city ("PUTRAJAYA —"), if the article opens with one. */
function datelineCity(doc: Doc): string[] {
  const s = datelineSentence(doc);
  const out: string[] = [];
  for (let k = s?.first ?? 0; s && k < s.last && doc.tokens[k]!.allCaps; k++) out.push(doc.tokens[k]!.fold);
  return out;
}

// Where a relative clause after a mention of p tells of a visit with no destination: "X, ..., who arrived ... for a
// two-day official visit", "X, who is paying a state visit,".
function visitClauseOf(doc: Doc, p: Ent): { first: number; last: number } | undefined {
  const { tokens } = doc;
  for (const m of doc.mentions) {
    if (m.ent !== p) continue;
    const s = doc.sentences[tokens[m.first]!.sentence]!;
    // The clause right after the name, or after the titles set off after it.
    let who = m.last + 1;
    while (who < Math.min(s.last, m.last + 30) && tokens[who]!.lower !== 'who' && (doc.ownerAt[who] === p || APPOSITION_GLUE.has(tokens[who]!.text))) who++;
    if (tokens[who]?.lower !== 'who' || tokens[who - 1]?.text !== ',' || tokens[m.last]?.text !== ',') continue;
    for (let k = who + 1; k < Math.min(s.last, who + 16); k++) {
      const t = tokens[k]!;
      if (t.text === ',' || t.text === ';') break;
      if (VISIT_NOUNS.has(t.lower)) return tokens[k + 1]?.lower === 'to' || tokens[k + 1]?.lower === 'of' ? undefined : { first: m.first, last: k + 1 };
    }
  }
  return undefined;
}

const APPOSITION_GLUE = new Set([',', 'and', '(', ')']);

// "accepted the invitation": the invitee accepts the latest invitation made to them in the article.
// "The visit is being made at the invitation of X": a sentence about the visit, whose visitor is the one last told;
// "Marcos' state visit to Vietnam, which began on Jan. 29 upon the invitation of Thuong": the visit just told.
function visitorOfVisit(doc: Doc, start: number, soFar: Rel[]): Actor | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[start]!.sentence]!;
  const here = soFar.findLast((r) => r.type === 'VISITED' && r.first >= s.first && r.last <= start);
  if (here) return actor([here.subject], here.first, here.last);
  let k = s.first;
  while (k < start && k < s.first + 3 && !VISIT_NOUNS.has(tokens[k]!.lower)) k++;
  if (!VISIT_NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
  const visit = [...soFar].reverse().find((r) => r.type === 'VISITED');
  return visit ? actor([visit.subject], k, k + 1) : undefined;
}
const VISIT_NOUNS = new Set(['visit', 'trip', 'tour']);

function accepted(invitee: Actor, start: number, end: number, soFar: Rel[]): Rel[] {
  if (invitee.joint) return [];
  const out: Rel[] = [];
  for (const who of invitee.ents) {
    const inviter = [...soFar].reverse().find((r) => r.type === 'INVITED' && r.object === who)?.subject;
    if (inviter) out.push(rel('ACCEPTED_INVITATION_OF', who, inviter, Math.min(invitee.first, start), end));
  }
  return out;
}

// Any case: "invit" starts every form of the act ("invitation", "invited"); no other letters lower-case to these.
const INVITATION = /invit/gi;

/**
 * Where the text next spells "invit" at or after `from`, else Infinity. Only sentences with one can tell a relative
 * or bare acceptance: one search of the text spares the token scan of all others (few sentences have it).
 */
function nextInvitation(text: string, from: number): number {
  INVITATION.lastIndex = from;
  return INVITATION.exec(text)?.index ?? Infinity;
}

// "an invitation that Trung gladly accepted": the relative clause names the invitee.
function relativeAcceptances(doc: Doc, d: Discourse, from: number, to: number, soFar: Rel[]): Rel[] {
  const { tokens } = doc;
  for (let k = from; k < to - 2; k++) {
    // The length test first: most words are shorter.
    const word = tokens[k]!.lower;
    if (word.length < 10 || !word.startsWith('invitation')) continue;
    const at = ['that', 'which'].includes(tokens[k + 1]!.lower) ? k + 2 : k + 1;
    const invitee = actorAt(doc, d, at);
    if (!invitee) continue;
    for (let j = invitee.last; j < Math.min(to, invitee.last + 3); j++) {
      if (tokens[j]!.lower.startsWith('accept')) return accepted(invitee, k, j + 1, soFar);
    }
  }
  return [];
}

// The person last invited in the sentence starting at token `from`.
function lastInvitedIn(soFar: Rel[], from: number): Ent | undefined {
  for (let i = soFar.length - 1; i >= 0 && soFar[i]!.first >= from; i--) {
    const r = soFar[i]!;
    if (r.type === 'INVITED' && r.object.label === 'Person') return r.object;
  }
  return undefined;
}

/** Punctuation that ends the clause of a verb used without an object. */
const CLAUSE_END = new Set(['.', ',', ';', '!']);

// "invited Marcos to visit Japan, and the latter accepted (with pleasure).": an acceptance without an object.
function bareAcceptances(doc: Doc, d: Discourse, from: number, to: number, soFar: Rel[]): Rel[] {
  const { tokens } = doc;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.lower !== 'accepted') continue;
    let next = k + 1;
    // "and the latter accepted (it) (with pleasure)", "and Putin accepted it with thanks".
    if (tokens[next]?.lower === 'it' || tokens[next]?.lower === 'them') next++;
    if (tokens[next]?.lower === 'with' && ACCEPTED_WITH.has(tokens[next + 1]?.lower ?? '')) next += 2;
    if (next < to && !CLAUSE_END.has(tokens[next]!.text)) continue;
    let invitee = agentOf(doc, d, k);
    // "invited X to visit Y, which she accepted": the pronoun of a relative clause is the one just invited.
    if (invitee?.pronoun && ['which', 'that'].includes(tokens[invitee.first - 1]?.lower ?? '')) {
      const invited = lastInvitedIn(soFar, from);
      if (invited) invitee = actor([invited], invitee.first, invitee.last);
    }
    // The invitee is named (or referred to) right before the verb, not merely the sentence's subject.
    return invitee && invitee.last >= k - 2 ? accepted(invitee, k, next, soFar) : [];
  }
  return [];
}

const ACCEPTED_WITH = new Set(['pleasure', 'thanks', 'gratitude', 'appreciation']);

// "thanked Trong and Phuc for congratulating him", "thanks to X ... for their congratulations extended to the Party and people of Y".
function thankedFor(doc: Doc, d: Discourse, end: number, agent: Actor | undefined, thanked: Actor[]): Rel[] {
  const { tokens } = doc;
  const s = doc.sentences[tokens[end - 1]!.sentence]!;
  const out: Rel[] = [];
  for (let k = end; k < s.last; k++) {
    const t = tokens[k]!.lower;
    // "thanked his counterpart for the invitation": the one thanked made it, to the one thanking; "thanked X for
    // accepting the invitation": X accepted the thanking one's.
    const accepting = tokens[k - 1]?.lower === 'accepting' || tokens[k - 2]?.lower === 'accepting';
    if ((t === 'invitation' || t === 'invitations') && (accepting || precededByFor(doc, k))) {
      for (const g of thanked.flatMap((a) => a.ents)) {
        for (const r of agent?.ents ?? []) if (g !== r && ACTORS.has(g.label) && r.label === 'Person') out.push(accepting ? rel('ACCEPTED_INVITATION_OF', g, r, end, k + 1) : rel('INVITED', g, r, end, k + 1));
      }
      break;
    }
    if (t === 'congratulating' || t === 'congratulations') {
      const givers = thanked.flatMap((a) => a.ents).filter((e) => e.label === 'Person');
      let receivers: Ent[] = [];
      if (t === 'congratulating') {
        const o = actorAt(doc, d, k + 1, givers[0] ? { agent: givers[0] } : {});
        receivers = o?.ents ?? agent?.ents ?? [];
      } else {
        // "for their congratulations extended to Y" (not "for the congratulations and invited him to visit Cambodia").
        const to = findForward(doc, k + 1, 'to', 4);
        receivers = to >= 0 && !infinitiveVerbAt(doc, to + 1) ? objectsAfter(doc, d, to + 1, { ...(givers[0] ? { agent: givers[0] } : {}) }).flatMap((a) => a.ents) : agent?.ents ?? [];
      }
      for (const g of givers) for (const r of receivers) if (g !== r && ACTORS.has(r.label)) out.push(rel('CONGRATULATED', g, r, end, k + 1));
      break;
    }
  }
  return out;
}

/** The date written nearest an act: before its trigger in the sentence, or just after its objects (same clause). */
function dateNear(doc: Doc, last: number, trigger: number, afterFirst: false | 'visit' | 'talks' = false): string | undefined {
  const anyYear = afterFirst === 'visit';
  // A visit's date follows its destination ("visit to Cuba in September 2024"); an act's often precedes it ("on Monday congratulated").
  return afterFirst ? dateAfter(doc, last, trigger, anyYear) ?? dateBefore(doc, trigger, anyYear) : dateBefore(doc, trigger, anyYear) ?? dateAfter(doc, last, trigger, anyYear);
}

const YEAR_ONLY = /^\d{4}$/;

// A bare year ("growth in 2024") is context, not the day of talks or an act; a visit may be dated by its year.
function usableDate(doc: Doc, k: number, anyYear: boolean): string | undefined {
  const span = doc.dateAt[k];
  return span && (anyYear || !YEAR_ONLY.test(span.date)) ? span.date : undefined;
}

function dateBefore(doc: Doc, trigger: number, anyYear: boolean): string | undefined {
  const from = Math.max(doc.sentences[doc.tokens[trigger]!.sentence]!.first, trigger - 40);
  for (let k = trigger - 1; k >= from; k--) {
    const date = usableDate(doc, k, anyYear);
    if (date !== undefined && !inRelativeClause(doc, k, trigger) && (anyYear || !inInfinitive(doc, k))) return date;
  }
  return undefined;
}

// "invited Guterres to attend the summit in April 2025, and he accepted": a date inside an infinitive clause.
function inInfinitive(doc: Doc, k: number): boolean {
  const from = Math.max(doc.sentences[doc.tokens[k]!.sentence]!.first, k - 12);
  for (let j = k - 1; j >= from; j--) {
    const t = doc.tokens[j]!;
    if (t.text === ',' || t.text === ';') return false;
    if (t.lower === 'to' && infinitiveVerbAt(doc, j + 1)) return true;
  }
  return false;
}

function dateAfter(doc: Doc, last: number, trigger: number, anyYear: boolean): string | undefined {
  const to = Math.min(doc.sentences[doc.tokens[trigger]!.sentence]!.last, last + 10);
  for (let k = trigger; k < to; k++) {
    const date = usableDate(doc, k, anyYear);
    if (date !== undefined) return date;
    // "a state visit to Vietnam, which began on Jan. 29": the clause dates the visit.
    if (k >= last && doc.tokens[k]!.text === ',' && doc.tokens[k + 1]?.lower === 'which' && BEGAN.has(doc.tokens[k + 2]?.lower ?? '')) continue;
    if (k >= last && (doc.tokens[k]!.text === ',' || doc.tokens[k]!.text === ';')) break;
    // "invited X to attend the summit in April 2025": the date of what X is invited to, not of the act; and
    // "congratulated X on its victory in the election in July": the date of what the act is about.
    if (!anyYear && doc.tokens[k]!.lower === 'to' && infinitiveVerbAt(doc, k + 1)) break;
    if (!anyYear && k > trigger && (doc.tokens[k]!.lower === 'on' || doc.tokens[k]!.lower === 'for') && !doc.dateAt[k + 1]) break;
  }
  return undefined;
}

const BEGAN = new Set(['began', 'begins', 'started', 'starts', 'opened']);

// Talks: "held phone talks with X", "X and Y held talks", "X received Y", "Y was received by X", "paid calls on X".
function talksAt(doc: Doc, d: Discourse, start: number, end: number, p: TalksPattern, lastDay: string | undefined): Occasion | undefined {
  const { tokens } = doc;
  if (p.kind === 'joint') {
    // "phone talks on May 5 with X", "held talks in Beijing on Monday with X": a date or a place between the noun and
    // "with"; "made a telephone call on Wednesday to X".
    const k = skipSetting(doc, end);
    if ((tokens[k]?.lower === 'with' || (tokens[k]?.lower === 'to' && tokens[end - 1]!.lower === 'call')) && k > end) {
      p = { ...p, kind: 'with' };
      end = k + 1;
    }
  }
  // "met on Saturday with X": the date or place before "with".
  if (p.kind === 'with' && tokens[end - 1]!.lower !== 'with') {
    const k = skipSetting(doc, end);
    if (k > end && tokens[k]?.lower === 'with') end = k + 1;
  }
  const s = doc.sentences[tokens[start]!.sentence]!;
  const groups: Ent[][] = [];
  if (p.kind === 'host' && isPassive(doc, start)) {
    const guest = persons(agentOf(doc, d, start));
    // "Prime Minister Abiy was welcomed by his host": the host is not the guest.
    const host = persons(byAgent(doc, d, end, 12, guest[0]));
    if (host.length && guest.length) groups.push([...host, ...guest]);
    noteHosting(doc, d, host, guest);
  } else if (p.kind === 'host' || p.kind === 'with' || p.kind === 'call-on') {
    // "her phone call with Hun Sen", "his last meeting with": the owner of the call.
    const modified = modifiersBefore(doc, start);
    const owner = tokens[modified - 1]?.lower === 'his' || tokens[modified - 1]?.lower === 'her' ? actorAt(doc, d, modified - 1) : undefined;
    const subj = owner ?? agentOf(doc, d, pastModifiers(doc, start));
    // "Sonexay Siphandone, whom he met later in the day": the one met stands before "whom"; "received a delegation
    // of the CPRF led by Gennady Zyuganov": its leader.
    const whom = subj && tokens[subj.first - 1]?.lower === 'whom' ? antecedent(doc, d, subj.first - 1) : undefined;
    const leader = whom ? undefined : delegationLeader(doc, d, end);
    // "received at the Royal Palace H.E. Xi Jinping", "received in Riyadh today President Xi": past the setting.
    const objects = whom ? [whom] : leader ? [leader] : objectsAfter(doc, d, p.kind === 'host' ? skipSetting(doc, end) : end, subj?.ents[0] ? { agent: subj.ents[0] } : {});
    // "Chinese Ambassador Yao Wen and Russian Ambassador Alexander Mantytskiy also met ...": both.
    const coordinated = subj && !whom && tokens[titlesBefore(doc, subj.first) - 1]?.lower === 'and' ? jointGroupBefore(doc, d, subj.last) : [];
    const host = coordinated.length > 1 ? coordinated : persons(subj);
    // "welcomed Xi and his wife Peng Liyuan": a spouse comes along, and is not a party to the talks.
    const guests: Ent[] = [];
    for (const o of objects) if (!KIN.has(tokens[titlesBefore(doc, o.first, true) - 1]?.lower ?? '')) addPersons(guests, o);
    // "separate meetings with", and a visitor meeting several leaders ("met with President X and Prime Minister Y"):
    // one meeting each, so the people met are not paired with each other.
    const separate = saysSeparate(doc, start) || ((p.kind === 'with' || p.kind === 'call-on') && guests.length > 1 && host.length === 1);
    if (host.length > 1 && guests.length === 1 && (separate || separatelyAfter(doc, end, s.last))) {
      // "X and Y also met the Prime Minister separately".
      for (const h of host) groups.push([h, guests[0]!]);
    } else if (p.kind === 'host' || separate) {
      if (p.kind === 'host') noteHosting(doc, d, host, guests);
      if (p.kind === 'call-on') noteHosting(doc, d, guests, host);
      // A host receiving several guests in turn, or "separate meetings with": one meeting each.
      for (const g of guests) groups.push([...host, g]);
    } else if (p.kind === 'call-on') {
      noteHosting(doc, d, guests, host);
      if (host.length && guests.length) groups.push([...host, ...guests]);
    } else if (!guests.length) {
      // "X and Y met", "the two leaders met": the people before the verb.
      const group = subj?.joint ? persons(subj) : jointGroupBefore(doc, d, start);
      groups.push(group);
    } else groups.push([...host, ...guests]);
  } else if (p.kind === 'joint' && betweenAt(doc, end, s.last) >= 0) {
    // "talks held in Beijing yesterday between Prime Minister Abiy Ahmed and Chinese President Xi Jinping".
    const people: Ent[] = [];
    for (const o of objectsAfter(doc, d, betweenAt(doc, end, s.last))) addPersons(people, o);
    groups.push(people);
  } else if (p.kind === 'joint') {
    // "attended the talks": the talks already told, not new ones.
    if (tokens[start - 1]?.lower === 'the' || tokens[start]?.lower === 'the') return undefined;
    const group = jointGroupBefore(doc, d, start);
    groups.push(group.length >= 2 ? group : persons(d.subjects[s.index]));
  } else if (p.kind === 'by-phone') {
    return undefined;
  }
  // "is scheduled to leave for Washington for his first summit with Trump": not a meeting that took place.
  for (let k = start - 1; k >= Math.max(s.first, start - 12); k--) if (PLANNED.has(tokens[k]!.lower)) return undefined;
  let made: Occasion | undefined;
  for (const g of groups) {
    const people = [...new Set(g)];
    if (people.length < 2) continue;
    const date = talksDate(doc, start, end, s.index, lastDay) ?? seriesDate(d, people);
    made = occasionFor(doc, d, people, p.phone ? 'phone' : 'in-person', date, s.index, start, end);
  }
  // "held bilateral talks on Friday with three leaders", "held a string of meetings on December 1": no one named yet,
  // the day of the meetings told after.
  const date = made || (p.kind !== 'with' && p.kind !== 'joint') ? undefined : dateNear(doc, end, start, 'talks');
  if (date) {
    const named = groups.flat();
    const people = named.length ? named : persons(d.subjects[s.index]);
    if (people.length) d.seriesDay = { date, people };
  }
  return made;
}

// The day of a series of meetings told before, for a meeting of one of its people with no date of its own.
function seriesDate(d: Discourse, people: Ent[]): string | undefined {
  return d.seriesDay && people.some((p) => d.seriesDay!.people.includes(p)) ? d.seriesDay.date : undefined;
}

// "Meeting Israeli President Isaac Herzog, the Prime Minister expressed ...", "Receiving X, Y said": an opening
// participle of meeting, whose object met the sentence's subject.
function participleTalks(doc: Doc, d: Discourse, s: Sentence, lastDay: string | undefined): Occasion | undefined {
  const { tokens } = doc;
  let k = s.first;
  if (!MEETING_PARTICIPLES.has(tokens[k]!.lower)) {
    // Only after a dateline ("DUBAI — Meeting ..."): most sentences open with none of these words.
    if (!tokens[k]!.allCaps && doc.placeAt[k] === undefined) return undefined;
    k = datelineBodyStart(doc, s);
    if (k < 0) return undefined;
  }
  const verb = tokens[k];
  if (!verb?.cap || !MEETING_PARTICIPLES.has(verb.lower)) return undefined;
  const met = actorAt(doc, d, tokens[k + 1]?.lower === 'with' ? k + 2 : k + 1);
  if (!met || met.pronoun || tokens[met.last]?.text !== ',') return undefined;
  const guests = persons(met);
  const hosts = persons(d.subjects[s.index]).filter((p) => !guests.includes(p));
  if (guests.length !== 1 || hosts.length !== 1) return undefined;
  if (verb.lower !== 'meeting') noteHosting(doc, d, hosts, guests);
  const people = [hosts[0]!, guests[0]!];
  // The rest of the sentence tells what was said, whose dates are not the meeting's.
  const date = seriesDate(d, people) ?? talksDate(doc, k, met.last, s.index, lastDay);
  return occasionFor(doc, d, people, 'in-person', date, s.index, k, met.last);
}
const MEETING_PARTICIPLES = new Set(['meeting', 'receiving', 'welcoming']);

// The token after the "between" that names who met, a few words after the talks noun ("talks held in Beijing
// yesterday between"), else -1.
function betweenAt(doc: Doc, from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    const t = doc.tokens[k]!;
    if (t.lower === 'between') return k + 1;
    if (t.text === ',' || t.text === ';' || (t.lower !== 'held' && (tokenClasses(t) & VERB) !== 0)) break;
  }
  return -1;
}

// Who hosted whom; a guest of a host from the article's country is visiting it.
function noteHosting(doc: Doc, d: Discourse, hosts: Ent[], guests: Ent[]): void {
  for (const h of hosts) d.hosts.add(h);
  for (const g of guests) d.guests.add(g);
  if (doc.home && hosts.some((h) => h.countries.has(doc.home!))) for (const g of guests) d.homeGuests.add(g);
}

// "held official talks with": the talks noun's modifiers and its verb, stepped over back to the verb's subject.
function pastModifiers(doc: Doc, start: number): number {
  const k = modifiersBefore(doc, start);
  return k < start && HOLD_VERBS.has(doc.tokens[k - 1]?.lower ?? '') ? k - 1 : start;
}

// The first of the talks noun's modifiers before it ("official", "last"), or the noun itself.
function modifiersBefore(doc: Doc, start: number): number {
  const { talksModifiers } = lexicon().words;
  let k = start;
  while (k > start - 3 && talksModifiers.has(doc.tokens[k - 1]?.lower ?? '')) k--;
  return k;
}
const HOLD_VERBS = new Set(['held', 'had', 'holds', 'has', 'hold', 'holding']);

// "separate meetings", "held separate talks": "separate(ly)" among the two words before the talks and their first.
function saysSeparate(doc: Doc, start: number): boolean {
  for (let k = start - 2; k <= start; k++) if (doc.tokens[k]?.lower.startsWith('separate')) return true;
  return false;
}

// The first token of the titles right before k ("Russian Ambassador Alexander Mantytskiy"), or k; with `punctuation`,
// past commas and honorifics' dots too ("his wife, Mrs. Brigitte Macron").
function titlesBefore(doc: Doc, k: number, punctuation = false): number {
  const passes = (j: number): boolean => !!doc.titleAt[j] || !!doc.mentionAt[j]?.inTitle || (punctuation && (doc.tokens[j]!.text === ',' || doc.tokens[j]!.text === '.'));
  while (k > 0 && passes(k - 1)) k--;
  return k;
}

// "met the Prime Minister separately at ...": "separately" a few words after the talks.
function separatelyAfter(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 8); k++) if (doc.tokens[k]!.lower === 'separately') return true;
  return false;
}

/** The persons of an actor. */
function persons(a: Actor | undefined): Ent[] {
  return a ? addPersons([], a) : [];
}

/** Appends the persons of an actor to `to`. */
function addPersons(to: Ent[], a: Actor): Ent[] {
  for (const e of a.ents) if (e.label === 'Person') to.push(e);
  return to;
}

// "Lula, who took office on January 1, thanked Xi": a date inside ", who ... ," before the act is not the act's.
function inRelativeClause(doc: Doc, at: number, trigger: number): boolean {
  const from = doc.sentences[doc.tokens[at]!.sentence]!.first;
  let k = at;
  while (k > from && doc.tokens[k]!.text !== ',' && k > at - 25) k--;
  if (doc.tokens[k]?.text !== ',' || !['who', 'which', 'whose', 'since'].includes(doc.tokens[k + 1]?.lower ?? '')) return false;
  for (let j = at + 1; j < trigger; j++) if (doc.tokens[j]!.text === ',') return true;
  return false;
}

// The last full day written before token `at`, within the two sentences before it.
function lastDayBefore(doc: Doc, at: number): string | undefined {
  const from = doc.sentences[Math.max(0, doc.tokens[at]!.sentence - 2)]!.first;
  for (let k = at - 1; k >= from; k--) {
    const date = doc.dateAt[k]?.date;
    if (date && FULL_DAY.test(date)) return date;
  }
  return undefined;
}

// The day `days` after a full date; a partial one ("2024-09") gives none.
function shiftDay(date: string | undefined, days: number): string | undefined {
  if (!date || !FULL_DAY.test(date)) return undefined;
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// "met X on Tuesday, a day after holding talks with Y": talks told as the day before the sentence's date.
function dayBeforeMarker(doc: Doc, start: number): boolean {
  const t = (k: number): string => doc.tokens[k]?.lower ?? '';
  let k = start - 1;
  while (k > start - 3 && (t(k) === 'holding' || t(k) === 'having' || t(k) === 'held' || t(k) === 'his' || t(k) === 'her')) k--;
  return t(k) === 'after' && t(k - 1) === 'day' && (t(k - 2) === 'a' || t(k - 2) === 'one');
}

/** The first date of the article's first sentence: the day the lead reports. */
function leadDate(doc: Doc): string | undefined {
  const s = doc.sentences[0];
  if (!s) return undefined;
  for (let k = s.first; k < s.last; k++) if (doc.dateAt[k]) return doc.dateAt[k]!.date;
  return undefined;
}

// The token after the date and place phrases starting at k ("in Beijing on Monday"), or k itself.
function skipSetting(doc: Doc, k: number): number {
  for (let step = 0; step < 3; step++) {
    const from = k;
    k = skipDate(doc, k);
    if (doc.tokens[k]?.lower === 'in' && isPlaceAt(doc, k + 1)) for (k++; isPlaceAt(doc, k); k++);
    else if (doc.tokens[k]?.lower === 'at') k = venueEnd(doc, k + 1) ?? k;
    if (k === from) break;
  }
  return k;
}

// The token after a named venue at k ("the Great Hall of the People", "Hyderabad House"), if one is there.
function venueEnd(doc: Doc, k: number): number | undefined {
  const { tokens } = doc;
  if (tokens[k]?.lower === 'the') k++;
  if (!tokens[k]?.cap) return undefined;
  const limit = k + 8;
  const joins = (j: number): boolean => (tokens[j]?.lower === 'of' || tokens[j]?.lower === 'the') && (!!tokens[j + 1]?.cap || (tokens[j + 1]?.lower === 'the' && !!tokens[j + 2]?.cap));
  const named = (j: number): boolean => !!doc.titleAt[j] || doc.mentionAt[j]?.ent.label === 'Person';
  while (k < limit && !named(k) && (tokens[k]?.cap || joins(k) || isPossessive(tokens, k))) k++;
  return k;
}

function isPlaceAt(doc: Doc, k: number): boolean {
  return doc.placeAt[k] !== undefined || doc.mentionAt[k]?.ent.label === 'Country';
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** The token after a date phrase starting at k ("on May 5", "late Monday evening", "in June"), or k itself. */
function skipDate(doc: Doc, k: number): number {
  while (dateWordAt(doc, k) || (DATE_LEADS.has(doc.tokens[k]?.lower ?? '') && dateWordAt(doc, k + 1))) k++;
  return k;
}
const DATE_LEADS = new Set(['on', 'in', 'late', 'early', 'last', 'from', 'mid']);

function dateWordAt(doc: Doc, j: number): boolean {
  return !!doc.dateAt[j] || MONTHS.has(doc.tokens[j]?.lower ?? '');
}

// `lastDay`: the day of the occasion or act told last, which "the same day" and "the next day" count from.
// "the same day", "the next day" in the sentence before token `until`: counted from the occasion or act told last, or
// from the last day the text named.
function relativeDay(doc: Doc, sentence: number, until: number, lastDay: string | undefined): string | undefined {
  const s = doc.sentences[sentence]!;
  const { sameDay, nextDay } = lexicon();
  for (let k = sameDay.nextStart(doc.tokens, s.first, until); k < until; k = sameDay.nextStart(doc.tokens, k + 1, until)) {
    if (sameDay.match(doc.tokens, k, s.last)) return lastDay ?? lastDayBefore(doc, s.first);
  }
  for (let k = nextDay.nextStart(doc.tokens, s.first, until); k < until; k = nextDay.nextStart(doc.tokens, k + 1, until)) {
    if (nextDay.match(doc.tokens, k, s.last)) return shiftDay(lastDay ?? lastDayBefore(doc, s.first), 1);
  }
  return undefined;
}

function talksDate(doc: Doc, start: number, end: number, sentence: number, lastDay: string | undefined): string | undefined {
  const s = doc.sentences[sentence]!;
  const near = dateNear(doc, end, start, 'talks');
  if (near) return dayBeforeMarker(doc, start) ? shiftDay(near, -1) : near;
  for (let k = start; k < Math.min(s.last, start + 40); k++) {
    // "their first meeting since the latter was sworn in on 17 November": the date of what came before.
    if (k >= end && doc.tokens[k]!.lower === 'since') break;
    if (usableDate(doc, k, false) !== undefined) return doc.dateAt[k]!.date;
  }
  const relative = relativeDay(doc, s.index, s.last, lastDay);
  if (relative) return relative;
  // "... paid farewell calls on X on Tuesday. In separate meetings, X received ...": the occasion was dated just before.
  const prev = doc.sentences[sentence - 1];
  if (prev) {
    let talks = false;
    let date: string | undefined;
    for (let k = prev.first; k < prev.last; k++) {
      talks ||= !!lexicon().talks.match(doc.tokens, k, prev.last);
      const day = doc.dateAt[k]?.date;
      if (day && FULL_DAY.test(day)) date ??= day;
    }
    if (talks && date) return date;
  }
  // Talks told in the opening lines take the date the lead gives ("pledged on Saturday ... The visiting president was welcomed").
  if (sentence <= 2) return leadDate(doc);
  // "Putin flew into Ha Noi in the early hours of Thursday. After a welcome ceremony, he held talks with ...": the day
  // written last before, in the same paragraph; "Putin also met separately with ...": the day of the occasion before.
  return dayInParagraph(doc, sentence, false)?.date ?? (doc.tokens[start - 1]?.lower === 'also' ? lastDay : undefined);
}


// One event per set of participants in an article; a later mention adds its date if the first had none.
function occasionFor(doc: Doc, d: Discourse, people: Ent[], mode: 'phone' | 'in-person', date: string | undefined, sentence: number, start: number, end: number): Occasion {
  const same = talksOf(d, people);
  if (same) {
    same.date ??= date;
    return { event: same, sentence };
  }
  const event = newEnt(doc, 'Event', eventKey(doc, d, 'talks', d.talks.length + 1), 'talks');
  d.talks.push(event);
  event.kind = 'talks';
  event.mode = mode;
  event.participants = people;
  event.firstAt = { first: start, last: end };
  if (date) event.date = date;
  for (const p of people) doc.relations.push(rel('PARTICIPATED_IN', p, event, start, end, { cameo: mode === 'phone' ? '041' : undefined }));
  return { event, sentence };
}

// The talks event of these people, if told before: an article tells a few, so a scan finds it.
function talksOf(d: Discourse, people: Ent[]): Ent | undefined {
  for (const event of d.talks) if (samePeople(event.participants!, people)) return event;
  return undefined;
}

// Compared both ways: a pair may name one person twice ("Trong and he exchanged ...").
function samePeople(a: Ent[], b: Ent[]): boolean {
  if (a.length !== b.length) return false;
  for (const p of a) if (!b.includes(p)) return false;
  for (const p of b) if (!a.includes(p)) return false;
  return true;
}

// "event:talks:<article>-2": the article's slug is made once (folding a new id is not cached).
function eventKey(doc: Doc, d: Discourse, kind: 'talks' | 'visit', n: number): string {
  d.articleSlug ??= slug(doc.article.id.replace(/\.[^.]*$/, ''));
  return `event:${kind}:${d.articleSlug}-${n}`;
}

// Each visit becomes an Event (kind visit) with its visitor and the country it took place in.
function addVisitEvents(doc: Doc, d: Discourse, visits: Rel[]): void {
  const byTrip = new Map<string, Ent>();
  for (const v of visits) {
    // The same trip told twice ("arrived in Pyongyang ... his first visit to North Korea") is one event.
    const trip = `${v.subject.id}>${v.object.id}`;
    const told = byTrip.get(trip);
    if (told) {
      told.date ??= v.date;
      v.occasion = told;
      continue;
    }
    const event = newEnt(doc, 'Event', eventKey(doc, d, 'visit', byTrip.size + 1), 'visit');
    event.kind = 'visit';
    event.participants = [v.subject];
    event.place = v.object;
    event.firstAt = { first: v.first, last: v.last };
    if (v.date) event.date = v.date;
    v.occasion = event;
    byTrip.set(trip, event);
    doc.relations.push(rel('PARTICIPATED_IN', v.subject, event, v.first, v.last, { cameo: '042' }));
    doc.relations.push(rel('TOOK_PLACE_IN', event, v.object, v.first, v.last));
    doc.relations.push(rel('HOSTED_VISIT_OF', v.object, v.subject, v.first, v.last, { date: v.date }));
  }
}

// Positions, the countries of parties and bodies, and the parties of congresses.
// "X and his wife Y" as the subject: X.
function leaderOfSpouse(doc: Doc, a: Actor): Actor {
  const { tokens } = doc;
  let k = a.first - 1;
  if (tokens[k]?.text === ',') k--;
  if (a.ents.length !== 1 || !SPOUSE.has(tokens[k]?.lower ?? '') || !['his', 'her'].includes(tokens[k - 1]?.lower ?? '') || tokens[k - 2]?.lower !== 'and') return a;
  const leader = doc.mentionAt[k - 3];
  return leader?.ent.label === 'Person' ? actor([leader.ent], leader.first, a.last) : a;
}

// A country the person belongs to by more than a guess: "MOSCOW — President Tebboune" took Russia for his bare title
// only because the article is set there, and his visit to Russia says otherwise.
function surelyOf(p: Ent, country: Ent): boolean {
  return p.countries.has(country) && !p.positions.some((pos) => pos.guessed && (pos.target === country || pos.target?.country === country));
}

// "BEIJING — President Samia Suluhu Hassan held talks with Chinese President Xi Jinping ... on her state visit to
// China": a visitor's bare title is not the article's country's. It is the other country the article names most, if
// one does; else it stays unknown.
function visitorsNotHome(doc: Doc, d: Discourse, rels: Rel[]): void {
  const home = doc.home;
  if (!home) return;
  // Those who visited it, and guests its leaders received (of whom only those whose titles are guessed change).
  const visitors = new Set([...rels.filter((r) => r.type === 'VISITED' && r.object === home).map((r) => r.subject), ...d.homeGuests]);
  if (!visitors.size) return;
  const other = otherCountry(doc, home);
  for (const p of visitors) {
    if (!p.positions.some((pos) => pos.guessed)) continue;
    for (const pos of p.positions) {
      if (!pos.guessed) continue;
      if (pos.target === home) pos.target = other;
      else if (pos.target?.country === home) pos.target = other && partyOf(doc, other);
    }
    p.countries.delete(home);
    p.positions = p.positions.filter((pos) => pos.target);
  }
}

// The country other than `home` the article names most, when one is named more than the rest.
function otherCountry(doc: Doc, home: Ent): Ent | undefined {
  const ranked = entsOf(doc, 'Country').filter((c) => c !== home && c.mentions > 0).sort((a, b) => b.mentions - a.mentions);
  return ranked[0] && (ranked.length === 1 || ranked[0].mentions > ranked[1]!.mentions) ? ranked[0] : undefined;
}

function addStructure(doc: Doc): void {
  for (const e of doc.ents) {
    if (e.label === 'Person') {
      for (const p of e.positions) {
        if (!p.target) continue;
        doc.relations.push(rel('HOLDS_POSITION', e, p.target, p.first, p.last, { title: p.title, former: p.former }));
      }
    }
    if ((e.label === 'Party' || e.label === 'Organization') && e.country && e.mentions > 0) {
      if (!e.country.mentions) e.country.mentions = 0;
      const at = e.firstAt ?? { first: 0, last: 1 };
      doc.relations.push(rel('BASED_IN', e, e.country, at.first, at.last));
    }
    if (e.kind === 'congress' && e.party) {
      const at = e.firstAt ?? { first: 0, last: 1 };
      doc.relations.push(rel('ORGANIZED', e.party, e, at.first, at.last));
    }
  }
}
