// Pass 5: what a span of text refers to: names, pronouns, "the latter", descriptions ("the Cuban leader", "his
// Vietnamese counterpart", "the host"), "the Party and people of Viet Nam" — resolved against the article so far.
import { lowerBound, type Doc, type Ent } from './doc.js';
import { lexicon } from './lexicon.js';
import { partyOf } from './persons.js';
import { DETERMINER, PEOPLE_OF, PERSON_PRONOUN, PLURAL_PRONOUN, SKIP_BEFORE_VERB, tokenClasses, VERB } from './words.js';
import { isPossessive, type Token } from './text.js';

/** What an argument position holds: entities (several for "the Party and people of X"), or a joint group. */
export interface Actor {
  ents: Ent[];
  first: number;
  last: number;
  /** "the two leaders", "both sides": acting together, no direction. */
  joint?: boolean;
  /** Named people joined by "and" ("Thongloun Sisoulith and Raúl Castro sent messages"): each does the act. */
  coordinated?: boolean;
  pronoun?: boolean;
  possessive?: boolean;
}

/** An actor with every field present, so that all actors share one object shape (spreads of one keep it). */
export function actor(ents: Ent[], first: number, last: number, flags: Pick<Actor, 'joint' | 'coordinated' | 'pronoun' | 'possessive'> = {}): Actor {
  return { ents, first, last, joint: flags.joint, coordinated: flags.coordinated, pronoun: flags.pronoun, possessive: flags.possessive };
}

/** Discourse state carried through the article in reading order. */
export interface Discourse {
  /** Persons in order of mention (names, and references once resolved): token positions and who. */
  trailAt: number[];
  trail: Ent[];
  /** Main subject of each sentence, once known. */
  subjects: (Actor | undefined)[];
  /** First token of each sentence's main clause, once asked (clauses.ts). */
  clauseStarts: number[];
  hosts: Set<Ent>;
  guests: Set<Ent>;
  /** Guests of hosts from the article's country: visitors to it. */
  homeGuests: Set<Ent>;
  /** Talks events of the article (one per set of participants), and the article's slug for event keys (relations.ts). */
  talks: Ent[];
  articleSlug: string | undefined;
  /** Persons named as "the visiting president" (and where): they are visiting the article's country. */
  visiting: Map<Ent, { first: number; last: number }>;
  /** Who the article's congratulations went to so far: the object of "X also sent a congratulatory message." */
  congratulated: Actor | undefined;
  /** "held bilateral talks on Friday with three leaders": the day of the meetings told one by one after (relations.ts). */
  seriesDay: { date: string; people: Ent[] } | undefined;
}

const NO_MODIFIERS: ReadonlySet<string> = new Set();
const DESCRIPTION_MODIFIERS = new Set(['newly', 'elected', 'appointed', 'new', 'visiting', 'outgoing', 'late', 'former', 'top', 'then', 'incoming', 'two', 'senior', 'chinese', 'high-ranking']);

export function newDiscourse(doc: Doc): Discourse {
  const d: Discourse = { trailAt: [], trail: [], subjects: [], clauseStarts: [], hosts: new Set(), guests: new Set(), homeGuests: new Set(), talks: [], articleSlug: undefined, visiting: new Map(), congratulated: undefined, seriesDay: undefined };
  for (const m of doc.mentions) if (m.ent.label === 'Person') addToTrail(d, m.first, m.ent);
  return d;
}

// Person mentions are found pass by pass, not in text order: each goes after those starting at or before it.
function addToTrail(d: Discourse, at: number, ent: Ent): void {
  let i = d.trailAt.length;
  while (i > 0 && d.trailAt[i - 1]! > at) i--;
  d.trailAt.splice(i, 0, at);
  d.trail.splice(i, 0, ent);
}

/** Records a resolved reference so later pronouns and "the latter" see it. */
export function remember(d: Discourse, at: number, ent: Ent): void {
  if (ent.label !== 'Person') return;
  const i = lowerBound(d.trailAt, at);
  if (d.trailAt[i] === at) return;
  d.trailAt.splice(i, 0, at);
  d.trail.splice(i, 0, ent);
}

/** The last `n` distinct persons mentioned before token `at`, most recent first, `skip` left out (a loop: few are needed). */
function recentPersons(d: Discourse, at: number, n: number, skip?: Ent): Ent[] {
  const out: Ent[] = [];
  for (let i = lowerBound(d.trailAt, at) - 1; i >= 0 && out.length < n; i--) {
    const ent = d.trail[i]!;
    if (ent !== skip && !out.includes(ent)) out.push(ent);
  }
  return out;
}

// The role the plural noun of "the two ministers" names.
const JOINT_ROLES: Record<string, string> = { ministers: 'minister', presidents: 'head-of-state', pms: 'head-of-government', premiers: 'head-of-government' };

const TOP_RANKS = ['party', 'head-of-state', 'head-of-government'];

export const SPOUSE = new Set(['wife', 'husband', 'spouse']);
/** Kin of a person named with them ("his wife X", "his son Y"): they come along, they are no party to acts or talks. */
export const KIN = new Set([...SPOUSE, 'son', 'daughter', 'father', 'mother']);

// Introduced as someone's spouse: "his wife Kim Keon-hee", "his wife, Peng Liyuan", "his wife, Mrs. Brigitte Macron".
export function isSpouse(doc: Doc, p: Ent): boolean {
  const at = p.firstAt?.first ?? 0;
  let k = at - 1;
  while (k > 0 && k >= at - 4 && (doc.tokens[k]!.text === ',' || doc.tokens[k]!.text === '.' || doc.titleAt[k])) {
    // "First Lady Melania Trump".
    if (doc.tokens[k]!.lower === 'lady' && doc.tokens[k - 1]!.lower === 'first') return true;
    k--;
  }
  return SPOUSE.has(doc.tokens[k]?.lower ?? '');
}

/**
 * How a position is read: `agent` is the act's subject when resolving an object ("his Vietnamese counterpart" is not
 * the agent himself); `asSubject` marks the main-subject position for pronouns.
 */
export interface Reading {
  agent?: Ent;
  asSubject?: boolean;
}

// Shared, not a literal per call: actorAt is asked at most tokens of a clause.
const PLAIN: Reading = {};
export const AS_SUBJECT: Reading = { asSubject: true };

/** The actor that starts at token k, if any. */
export function actorAt(doc: Doc, d: Discourse, k: number, opts: Reading = PLAIN): Actor | undefined {
  const { tokens } = doc;
  const t = tokens[k];
  if (!t) return undefined;
  const lex = lexicon();
  const s = doc.sentences[t.sentence]!;
  const words = tokenClasses(t);

  const joint = lex.jointSubjects.match(tokens, k, s.last);
  if (joint) {
    // "the two Presidents" after "Yoon and his wife Kim Keon-hee": spouses come along, they are not the two; "the two
    // ministers" are the last two ministers named, not a president told of in between.
    const recent = recentPersons(d, k, 6).filter((p) => !isSpouse(doc, p));
    const role = JOINT_ROLES[tokens[joint.end - 1]!.lower];
    const holders = role ? recent.filter((p) => p.roles.has(role) || (role === 'minister' && p.roles.has('counterpart'))) : [];
    const two = (holders.length >= 2 ? holders : recent).slice(0, 2);
    return actor(two, k, joint.end, { joint: true });
  }
  if (t.lower === 'the' && (tokens[k + 1]?.lower === 'latter' || tokens[k + 1]?.lower === 'former') && standsAlone(doc, k + 2)) {
    // Of the last two persons named; "Xi thanked the former" is not Xi, whichever the two were.
    const latter = tokens[k + 1]!.lower === 'latter';
    const two = recentPersons(d, k, 2);
    let ent = latter ? two[0] : two[1];
    if (!ent || ent === opts.agent) ent = recentPersons(d, k, 2, opts.agent)[latter ? 0 : 1];
    return ent ? withPossessive(doc, actor([ent], k, k + 2)) : undefined;
  }
  // A title written before a name stands for the person: "Chinese Vice President Han Zheng".
  const owner = doc.ownerAt[k];
  if (owner && (doc.titleAt[k] || doc.mentionAt[k]?.inTitle)) {
    let j = k;
    while (j < s.last && doc.ownerAt[j] === owner && doc.mentionAt[j]?.ent !== owner) j++;
    const m = doc.mentionAt[j];
    if (m?.ent === owner && m.first === j) return withPossessive(doc, actor([owner], k, m.last));
  }
  // Only at a determiner: describe's closures cost an allocation per call.
  const description = words & DETERMINER ? describe(doc, d, k, opts) : undefined;
  if (description) return description;
  // "His Highness" standing for its holder is a mention, not a pronoun.
  if (words & PERSON_PRONOUN && doc.mentionAt[k]?.first !== k) {
    // "his Lao counterpart Sonexay Siphandone": the phrase names its person.
    const named = t.lower === 'his' || t.lower === 'her' ? namedInPhrase(doc, k, true) : -1;
    if (named >= 0) return withPossessive(doc, actor([doc.mentionAt[named]!.ent], k, doc.mentionAt[named]!.last));
    const ent = resolvePronoun(doc, d, k, opts);
    return ent ? actor([ent], k, k + 1, { pronoun: true, possessive: t.lower === 'his' || t.lower === 'her' }) : undefined;
  }
  if (words & PLURAL_PRONOUN) {
    const subj = d.subjects[t.sentence] ?? d.subjects[t.sentence - 1];
    const ents = subj && subj.ents.length > 1 ? subj.ents : recentPersons(d, k, 2);
    return actor(ents, k, k + 1, { pronoun: true, joint: true, possessive: t.lower === 'their' });
  }
  const country = countryReference(doc, k) ?? itsReference(doc, k);
  if (country) return country;
  const org = orgReference(doc, k);
  if (org) return org;
  const partyState = partyAndPeople(doc, k);
  if (partyState) return partyState;
  const ref = partyRefAt(doc, k);
  // "Vietnamese Party chief" is a person, not the party.
  if (ref && !lex.roles.match(tokens, ref.last)) {
    const party = partyOf(doc, ref.country);
    const ents = party ? [party] : [];
    // "the Vietnamese Party, State, and people": the country as well.
    const tail = tokens.slice(ref.last, ref.last + 5).map((x) => x.lower);
    if (tail.includes('state') || tail.includes('people')) ents.push(ref.country);
    return ents.length ? actor(ents, k, ref.last) : undefined;
  }

  const m = doc.mentionAt[k];
  if (m && m.first === k && !m.inTitle && m.ent.label !== 'Event') {
    const ents = [m.ent];
    // "Viet Nam's Party, State and people": the country's party too.
    if (m.ent.label === 'Country' && m.possessive && tokens[m.last + 1]?.fold === 'party') {
      const party = partyOf(doc, m.ent);
      if (party) ents.unshift(party);
    }
    return withPossessive(doc, actor(ents, k, m.last));
  }
  return undefined;
}

/**
 * Where the person a possessive at k names stands: "his Lao counterpart Sonexay", "his Cuban counterpart, Bruno"
 * (or -1). `strict` (for a possessive read as an actor) passes only a nationality, title, role noun or modifier, and
 * not a spouse ("his wife Kim Keon-hee" comes along with him); otherwise any words of the phrase.
 */
const APPOSITION_END = new Set([',', '.', ';', ')', '(', ':', "'s", '’s']);

export function namedInPhrase(doc: Doc, k: number, strict = false): number {
  const lex = lexicon();
  for (let j = k + 1; j < Math.min(doc.tokens.length, k + 6); j++) {
    const m = doc.mentionAt[j];
    const t = doc.tokens[j]!;
    if (m?.ent.label === 'Person' && !m.inTitle) return strict && m.first !== j ? -1 : j;
    // "his counterpart, Lawrence Wong, ..." (a name set off by commas); not "Meeting the Russian leader, Trọng said".
    if (t.text === ',' && doc.mentionAt[j + 1]?.ent.label === 'Person' && APPOSITION_END.has(doc.tokens[doc.mentionAt[j + 1]!.last]?.text ?? '.')) return j + 1;
    if (!strict) {
      if (!t.word && t.text !== '-') return -1;
      continue;
    }
    if (KIN.has(t.lower)) return -1;
    if (m?.ent.label === 'Country' || doc.titleAt[j] || lex.words.personNouns.has(t.lower) || DESCRIPTION_MODIFIERS.has(t.lower) || lex.roles.match(doc.tokens, j)) continue;
    return -1;
  }
  return -1;
}

// A loop, not partyRefs.find(): a closure over k would cost actorAt, called at most tokens, an allocation per call.
function partyRefAt(doc: Doc, k: number): Doc['partyRefs'][number] | undefined {
  for (const r of doc.partyRefs) if (r.first === k || (r.first === k + 1 && doc.tokens[k]!.lower === 'the')) return r;
  return undefined;
}

// "the country's growing role": the country named last, by its name before by an adjective ("thanked Việt Nam for
// its search for American servicemen, and hailed the country's role" is Việt Nam's).
function countryReference(doc: Doc, k: number): Actor | undefined {
  const { tokens } = doc;
  if (tokens[k]?.lower !== 'the' || !['country', 'nation'].includes(tokens[k + 1]?.lower ?? '') || !["'s", '’s'].includes(tokens[k + 2]?.text ?? '')) return undefined;
  const from = doc.sentences[Math.max(0, tokens[k]!.sentence - 2)]!.first;
  let adjective: Ent | undefined;
  for (let j = k - 1; j >= from; j--) {
    const m = doc.mentionAt[j];
    if (m?.ent.label !== 'Country' || m.inTitle) continue;
    if (m.via !== 'demonym') return actor([m.ent], k, k + 3, { possessive: true });
    adjective ??= m.ent;
  }
  return adjective && actor([adjective], k, k + 3, { possessive: true });
}

// "expressed gratitude for South Korea's assistance and spoke highly of its role": "its" is the country, party or
// body named last, in this sentence or the one before.
function itsReference(doc: Doc, k: number): Actor | undefined {
  if (doc.tokens[k]?.lower !== 'its') return undefined;
  const from = doc.sentences[Math.max(0, doc.tokens[k]!.sentence - 1)]!.first;
  for (let j = k - 1; j >= from; j--) {
    const m = doc.mentionAt[j];
    if (m && !m.inTitle && (m.ent.label === 'Country' || m.ent.label === 'Party' || m.ent.label === 'Organization')) return actor([m.ent], k, k + 1, { possessive: true, pronoun: true });
    if (m?.ent.label === 'Person' && !m.inTitle) return undefined;
  }
  return undefined;
}

const ANY_ORG_NOUNS = new Set(['bloc', 'grouping', 'organisation', 'organization']);

// "hailed the bank as a tool" after "the New Development Bank (NDB)": the organisation named last whose name has the
// noun ("the bloc": any), within the last three sentences.
function orgReference(doc: Doc, k: number): Actor | undefined {
  const { tokens } = doc;
  const noun = tokens[k + 1];
  if (tokens[k]?.lower !== 'the' || !noun || !lexicon().words.orgNouns.has(noun.lower) || tokens[k + 2]?.lower === 'of') return undefined;
  const from = doc.sentences[Math.max(0, tokens[k]!.sentence - 2)]!.first;
  for (let j = k - 1; j >= from; j--) {
    const m = doc.mentionAt[j];
    if (m?.ent.label !== 'Organization' || m.first !== j) continue;
    if (ANY_ORG_NOUNS.has(noun.lower) || m.ent.name.toLowerCase().split(' ').includes(noun.lower)) return withPossessive(doc, actor([m.ent], k, k + 2));
  }
  return undefined;
}

// "the latter accepted", "the latter's", "the former," are references; "the former Cambodian leader" is a description.
function standsAlone(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !t || !t.word || t.text === "'s" || t.text === '’s' || (tokenClasses(t) & (VERB | SKIP_BEFORE_VERB)) !== 0 || t.lower.endsWith('ed') || AFTER_REFERENCE.has(t.lower);
}

// "congratulated the latter on ...", "thanked the former for ...": an object reference, then its complement.
const AFTER_REFERENCE = new Set(['on', 'for', 'to', 'with', 'and', 'in', 'at', 'as', 'about', 'that']);

function withPossessive(doc: Doc, a: Actor): Actor {
  return isPossessive(doc.tokens, a.last) ? { ...a, possessive: true, last: a.last + 1 } : a;
}

const PARTY_STATE_GLUE = new Set([',', 'and', 'state', 'people', 'government']);

// "the Party and people of Viet Nam", "the Party, State and people of Viet Nam", "the people of Viet Nam".
function partyAndPeople(doc: Doc, k: number): Actor | undefined {
  const { tokens } = doc;
  let i = tokens[k]?.lower === 'the' ? k + 1 : k;
  if ((tokenClasses(tokens[i]) & PEOPLE_OF) && tokens[i + 1]?.lower === 'of') {
    const m = doc.mentionAt[i + 2];
    if (m?.ent.label === 'Country' && m.first === i + 2) return actor([m.ent], k, m.last);
  }
  if (tokens[i]?.fold !== 'party' || !tokens[i]!.cap) return undefined;
  i++;
  while (i < k + 8 && PARTY_STATE_GLUE.has(tokens[i]?.lower ?? '')) i++;
  if (tokens[i]?.lower !== 'of') return undefined;
  const m = doc.mentionAt[i + 1];
  if (m?.ent.label !== 'Country') return undefined;
  const party = partyOf(doc, m.ent);
  return actor(party ? [party, m.ent] : [m.ent], k, m.last);
}

// An article that opens with "He ..." names him later: the first person named in a later sentence.
function namedLater(doc: Doc, k: number): Ent | undefined {
  const s = doc.sentences[doc.tokens[k]!.sentence]!;
  const here = new Set<Ent>();
  for (let j = s.first; j < s.last; j++) if (doc.mentionAt[j]) here.add(doc.mentionAt[j]!.ent);
  // Only the next few sentences: a pronoun does not wait longer than that for its name.
  const until = doc.sentences[Math.min(doc.sentences.length - 1, s.index + 6)]!.last;
  for (let j = s.last; j < until; j++) {
    const m = doc.mentionAt[j];
    if (m && m.ent.label === 'Person' && !m.inTitle && !here.has(m.ent)) return m.ent;
  }
  return undefined;
}

function resolvePronoun(doc: Doc, d: Discourse, k: number, opts: Reading): Ent | undefined {
  const t = doc.tokens[k]!;
  if (opts.asSubject) {
    // A sentence-subject pronoun continues the previous sentence's subject.
    for (let j = t.sentence - 1; j >= Math.max(0, t.sentence - 3); j--) {
      const prev = d.subjects[j];
      if (prev && !prev.joint && prev.ents[0]?.label === 'Person') return prev.ents[0];
    }
    return recentPersons(d, k, 1)[0] ?? namedLater(doc, k);
  }
  // Inside a leading phrase ("In his trip to ..., Fidel Castro said"): the sentence's subject, named after it.
  const subj = d.subjects[t.sentence];
  if (subj && subj.first > k && subj.ents[0]?.label === 'Person') return subj.ents[0];
  // An object pronoun ("thanked X for congratulating him") is the sentence's subject when that is not the agent.
  if (subj && subj.first < k && subj.ents[0]?.label === 'Person' && subj.ents[0] !== opts.agent && !subj.joint) return subj.ents[0];
  return objectAntecedent(doc, d, k, opts.agent);
}

// Both hold an office of the same kind (heads of government, ministers, ...).
function samePost(a: Ent, b: Ent): boolean {
  for (const r of COUNTERPART_ROLES) if (a.roles.has(r) && b.roles.has(r)) return true;
  return false;
}
const COUNTERPART_ROLES = ['head-of-government', 'head-of-state', 'minister', 'legislator', 'party'];

function holdsTitle(p: Ent, title: string): boolean {
  return p.positions.some((x) => x.title.toLowerCase() === title);
}

function titleAsRole(tokens: Token[], i: number): { end: number; value: string } | undefined {
  const hit = lexicon().titles.match(tokens, i);
  return hit && hit.value.body !== 'honorific' ? { end: hit.end, value: 'titled' } : undefined;
}

// "conveyed to the Russian President the greetings of King Salman, and welcomed him": one named in the sentence only
// as whose greetings they were is not who an object pronoun means, when someone else was named before.
function objectAntecedent(doc: Doc, d: Discourse, k: number, agent: Ent | undefined): Ent | undefined {
  const from = doc.sentences[doc.tokens[k]!.sentence]!.first;
  let genitive: Ent | undefined;
  for (let i = lowerBound(d.trailAt, k) - 1; i >= 0 && d.trailAt[i]! >= from; i--) {
    const ent = d.trail[i]!;
    if (ent === agent) continue;
    if (!genitiveAt(doc, d.trailAt[i]!)) return ent;
    genitive ??= ent;
  }
  return recentPersons(d, from, 1, agent)[0] ?? genitive;
}

// A name after "of" and its titles, the "of" after a plain noun: "the greetings of Custodian ... King Salman".
function genitiveAt(doc: Doc, at: number): boolean {
  let j = at - 1;
  while (j > 0 && (doc.titleAt[j] || doc.tokens[j]!.lower === 'the')) j--;
  const before = doc.tokens[j - 1];
  return doc.tokens[j]?.lower === 'of' && !!before?.word && !before.cap && !doc.titleAt[j - 1];
}

/**
 * "the Cuban leader", "his Vietnamese counterpart", "the visiting minister", "the President-elect", "The Cuban FM":
 * a determiner, modifiers, an optional nationality and a role noun (or title). Resolved to the most recent person
 * who fits: same country, a matching role (title class, host, guest), not the agent.
 */
function describe(doc: Doc, d: Discourse, k: number, opts: Reading): Actor | undefined {
  const { tokens } = doc;
  const lex = lexicon();
  let i = k + 1;
  let country: Ent | undefined;
  // "the Vietnamese Party chief", "the UN chief": the party or body the role is in.
  let body: Ent | undefined;
  // Made at the first modifier: most determiners asked start no description at all.
  let modifiers: Set<string> | undefined;
  for (let guard = 0; guard < 6; guard++) {
    const t = tokens[i];
    if (!t) return undefined;
    const m = doc.mentionAt[i];
    if (m && m.ent.label === 'Country' && !country) {
      country = m.ent;
      i = m.last;
      continue;
    }
    if (m && (m.ent.label === 'Party' || m.ent.label === 'Organization') && !body) {
      body = m.ent;
      i = m.last;
      continue;
    }
    if (DESCRIPTION_MODIFIERS.has(t.lower) || t.text === '-') {
      (modifiers ??= new Set()).add(t.lower);
      i++;
      continue;
    }
    // Other adjectives before the role noun ("the veteran leader"), when a role does follow.
    if (t.word && !t.cap && !lex.words.functionWords.has(t.lower) && !lex.roles.match(tokens, i) && (lex.roles.match(tokens, i + 1) || (tokens[i + 1] && !tokens[i + 1]!.cap && lex.roles.match(tokens, i + 2)))) {
      i++;
      continue;
    }
    break;
  }
  // A title no role noun covers ("the Chief Adviser", "the High Commissioner"): one who holds that very title.
  const role = lex.roles.match(tokens, i) ?? titleAsRole(tokens, i);
  if (!role) return undefined;
  const flags: ReadonlySet<string> = modifiers ?? NO_MODIFIERS;
  // A name right after makes it a title, not a description ("the Cuban leader Fidel Castro").
  const after = doc.mentionAt[role.end];
  if (after?.ent.label === 'Person' && after.first === role.end) return undefined;
  let end = role.end;
  if (tokens[end]?.text === '-' && tokens[end + 1]?.lower === 'elect') end += 2;
  // "the President of Kazakhstan": the country after the role.
  const of = !country && !body && tokens[end]?.lower === 'of' ? doc.mentionAt[tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1] : undefined;
  if (of?.ent.label === 'Country') {
    country = of.ent;
    end = of.last;
  }
  // "the President of the Republic": whoever was introduced with that very title, before any other president.
  const ownState = !of && tokens[end]?.lower === 'of' && tokens[end + 1]?.lower === 'the' && tokens[end + 2]?.cap && !doc.mentionAt[end + 2] ? end + 2 : -1;
  const titledSo = (p: Ent): boolean => p.positions.some((x) => tokens[x.first]?.lower === tokens[i]!.lower && tokens[x.last]?.lower === 'of' && tokens[x.last + 2]?.lower === tokens[ownState]!.lower);
  if (ownState >= 0) end = ownState + 1;
  const roleText = doc.text.slice(tokens[i]!.start, tokens[role.end - 1]!.end).toLowerCase();
  const kind = tokens[role.end - 1]!.lower === 'elect' || tokens[end - 1]?.lower === 'elect' ? 'elect' : flags.has('top') && role.value === 'any' ? 'top' : role.value;
  const agent = opts.agent;
  // An object description never names the act's own agent ("X invited the President-elect").
  // The living first: "the Vietnamese leader" after "the passing of General Secretary Trọng" is not Trọng.
  const recent = recentPersons(d, k, 12).filter((p) => p !== agent);
  const living = flags.has('late') || flags.has('former') ? recent : recent.filter((p) => !p.deceased);
  const candidates = living.length ? living : recent;
  const fitsCountry = (p: Ent): boolean => (!country && !body) || (!!country && p.countries.has(country)) || (body !== undefined && p.positions.some((x) => x.target === body));
  const fitsRole = (p: Ent): boolean => {
    if (flags.has('late') && !p.deceased) return false;
    // "then South Korean President Kim Dae-jung" is no one's "visiting president" now.
    if (kind !== 'elect' && !flags.has('former') && !flags.has('late') && !p.roles.has('elect') && p.positions.length > 0 && p.positions.every((x) => x.former)) return false;
    if (flags.has('former') && !p.deceased && !p.positions.some((x) => x.former)) return false;
    // "the newly elected President": someone whose election the article reports.
    if ((flags.has('elected') || flags.has('newly')) && !p.roles.has('elect')) return false;
    if (flags.has('visiting') && !d.guests.has(p) && !(doc.home && !p.countries.has(doc.home) && p.countries.size > 0)) return false;
    switch (kind) {
      case 'host':
        return d.hosts.has(p) || (!d.guests.has(p) && !!doc.home && p.countries.has(doc.home));
      case 'guest':
        return d.guests.has(p) || (!d.hosts.has(p) && !!doc.home && p.countries.size > 0 && !p.countries.has(doc.home));
      case 'counterpart':
        return p !== agent;
      case 'any':
        return true;
      case 'top':
        return TOP_RANKS.some((r) => p.roles.has(r));
      case 'elect':
        return p.roles.has('elect') || p.roles.has('head-of-state');
      case 'titled':
        // "the Empress": one who holds that very title.
        return holdsTitle(p, roleText);
      default:
        return p.roles.has(kind) || (kind === 'minister' && p.roles.has('counterpart'));
    }
  };
  // "the Cuban leader": a head of state, government or party before a minister of the same country.
  const leading = (p: Ent): boolean => kind !== 'any' || p.roles.has('head-of-state') || p.roles.has('head-of-government') || p.roles.has('party') || (body !== undefined && p.roles.has('org-head'));
  // "his guest": one known to have visited or been received before any other foreigner (a minister in the delegation);
  // a spouse comes along and is no one's guest.
  const known = kind === 'guest' ? d.guests : kind === 'host' ? d.hosts : undefined;
  // "the Vietnamese top leader": the party chief before the head of state, and the head of state before the premier.
  const top = kind === 'top' ? TOP_RANKS.map((r) => candidates.find((p) => p.roles.has(r) && fitsCountry(p))).find((p) => p) : undefined;
  const ent =
    (ownState >= 0 ? candidates.find(titledSo) : undefined) ??
    top ??
    (known?.size ? candidates.find((p) => known.has(p) && !isSpouse(doc, p) && fitsCountry(p) && fitsRole(p)) : undefined) ??
    // "the President-elect" in an article of congratulations: the one they went to.
    (kind === 'elect' ? d.congratulated?.ents.find((p) => p.label === 'Person' && p !== agent && fitsCountry(p)) : undefined) ??
    // "Prime Minister Oli held talks with his Chinese counterpart": the one of that country in the same office.
    (kind === 'counterpart' && agent && country ? candidates.find((p) => p !== agent && fitsCountry(p) && samePost(p, agent)) : undefined) ??
    // "the King" after "King Charles III" and "Queen Camilla", "the Prime Minister" after "Premier Li" and "Prime
    // Minister Oli": one who holds that very title first.
    candidates.find((p) => fitsCountry(p) && fitsRole(p) && leading(p) && holdsTitle(p, roleText)) ??
    candidates.find((p) => fitsCountry(p) && fitsRole(p) && leading(p)) ??
    candidates.find((p) => fitsCountry(p) && fitsRole(p)) ??
    (kind === 'host' || kind === 'guest' || flags.has('visiting') ? undefined : candidates.find((p) => fitsCountry(p) && (country !== undefined || body !== undefined || kind === 'any'))) ??
    // "the EU leader" for the President of the European Commission: a body the text ties no one to names the role only.
    (body !== undefined && !country ? candidates.find((p) => fitsRole(p) && leading(p) && p.positions.some((x) => x.target?.label === 'Organization')) : undefined);
  if (!ent) return undefined;
  // "his newly appointed Cambodian counterpart, Hun Manet": the apposed name is the referent (set off by commas; not
  // the subject of "Meeting the Russian leader, Trọng said").
  // "his Bangladeshi counterpart, Sheikh Hasina,": past the titles before the name.
  let named = end + 1;
  while (tokens[end]?.text === ',' && doc.titleAt[named] && named < end + 6) named++;
  const apposed = tokens[end]?.text === ',' ? doc.mentionAt[named] : undefined;
  if (apposed?.ent.label === 'Person' && apposed.first === named && APPOSITION_END.has(tokens[apposed.last]?.text ?? '.')) return withPossessive(doc, actor([apposed.ent], k, apposed.last));
  remember(d, k, ent);
  if (flags.has('visiting') && !d.visiting.has(ent)) d.visiting.set(ent, { first: k, last: end });
  return withPossessive(doc, actor([ent], k, end));
}
