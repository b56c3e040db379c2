// Pass 6a: where an act's agent and objects stand around its trigger word, within one sentence.
import { actor, actorAt, AS_SUBJECT, namedInPhrase, remember, type Actor, type Discourse } from './coref.js';
import { datelineBodyStart, type Doc, type Ent, type Mention } from './doc.js';
import { lexicon } from './lexicon.js';
import { CLAUSE_BREAKER, COMPLEMENT_PREP, LIGHT_VERB, SKIP_BEFORE_VERB, tokenClasses, VERB } from './words.js';

/** First token after a leading adjunct ("During the talks, ..."): where the main clause starts. */
function clauseStart(doc: Doc, d: Discourse, sentence: number): number {
  return (d.clauseStarts[sentence] ??= findClauseStart(doc, sentence));
}

function findClauseStart(doc: Doc, sentence: number): number {
  const s = doc.sentences[sentence]!;
  const lex = lexicon();
  // A dateline ("NEW DELHI —") is not part of the clause.
  const body = datelineBodyStart(doc, s);
  const from = body >= 0 ? body : s.first;
  const first = doc.tokens[from];
  // "To Lam thanked ...": a name, not "To ...,".
  const named = !!doc.mentionAt[from] || (lex.words.functionWords.has(first?.lower ?? '') && doc.mentionAt[from + 1]?.ent.label === 'Person');
  if (!first || named || (!lex.words.adjunctStarters.has(first.lower) && !first.lower.endsWith('ing'))) return from;
  let depth = 0;
  for (let k = from; k < s.last; k++) {
    const t = doc.tokens[k]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (t === ',' && depth === 0) {
      // "In November 2024, shortly after the U.S. election, Han sent": one adjunct after another.
      const next = doc.tokens[k + 1]?.lower ?? '';
      const after = LEAD_ADVERBS.has(next) ? doc.tokens[k + 2]?.lower ?? '' : next;
      if (!doc.mentionAt[k + 1] && lex.words.adjunctStarters.has(after)) continue;
      return k + 1;
    }
  }
  return from;
}

const LEAD_ADVERBS = new Set(['shortly', 'soon', 'just', 'immediately', 'only', 'right', 'long', 'well']);

/** The main subject of a sentence: the first actor of its main clause (pronouns resolved as subjects). */
export function mainSubject(doc: Doc, d: Discourse, sentence: number): Actor | undefined {
  const s = doc.sentences[sentence]!;
  const lex = lexicon();
  // "In the view of the Cambodian Government chief, the relationship is ...": the one whose view it is.
  const opening = lex.speakerAdjuncts.match(doc.tokens, s.first, s.last);
  const speaker = opening ? actorAt(doc, d, opening.end) : undefined;
  if (speaker?.ents.length === 1 && speaker.ents[0]!.label === 'Person') {
    remember(d, opening!.end, speaker.ents[0]!);
    return speaker;
  }
  rememberParticipleObject(doc, d, s.first);
  for (let k = clauseStart(doc, d, sentence); k < s.last; k++) {
    const t = doc.tokens[k]!;
    if ((tokenClasses(t) & VERB) || lex.triggers.match(doc.tokens, k)?.value.form === 'verb') return undefined;
    const a = actorAt(doc, d, k, AS_SUBJECT);
    if (a && a.ents.length) {
      for (const e of a.ents) remember(d, k, e);
      // "X and Y held talks", "X, President of Laos, and Y, Prime Minister of Cambodia, sent": all are the subject.
      let last = a.last;
      const more: Ent[] = [];
      for (;;) {
        const tail = skipOwnedTail(doc, { last });
        let j = tail;
        // "X, the youngest prime minister ...,": a description after a comma re-names X, it adds no one.
        if (doc.tokens[j]?.lower === 'and' || (tail === last && doc.tokens[j]?.text === ',' && !APPOSITION_DETERMINERS.has(doc.tokens[j + 1]?.lower ?? ''))) j++;
        else break;
        // ("Xi and his Brazilian counterpart Lula": actorAt reads the possessive as the person its phrase names.)
        const b = actorAt(doc, d, j);
        if (!b || b.ents[0]?.label !== a.ents[0]?.label) break;
        more.push(...b.ents);
        last = b.last;
      }
      return more.length ? { ...a, ents: [...a.ents, ...more], last, joint: true, coordinated: true } : a;
    }
    if (t.text === ',' && doc.mentionAt[k - 1]?.ent.label === 'Person') continue;
  }
  return undefined;
}

// "Meeting the Russian leader, Trọng congratulated him": the person an opening participle names is the one a later
// "him" refers to.
function rememberParticipleObject(doc: Doc, d: Discourse, first: number): void {
  const t = doc.tokens[first];
  if (!t?.cap || !t.lower.endsWith('ing')) return;
  const at = doc.tokens[first + 1]?.lower === 'with' ? first + 2 : first + 1;
  const o = actorAt(doc, d, at);
  if (o?.ents.length === 1 && o.ents[0]!.label === 'Person' && !o.pronoun) remember(d, o.first, o.ents[0]!);
}

const COORDINATORS = new Set(['and', ',']);
const INFINITIVE_VERBS = new Set(['visit', 'pay', 'attend', 'join', 'officially', 'make', 'continue', 'work', 'help', 'further', 'lead', 'be', 'celebrate']);

/** A verb after "to" ("to visit", "to pay"): an infinitive, not an object. */
export function infinitiveVerbAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && ((tokenClasses(t) & VERB) !== 0 || INFINITIVE_VERBS.has(t.lower) || lexicon().triggers.match(doc.tokens, k)?.value.form === 'verb');
}

const INFINITIVE_SAFE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'both', 'all', 'each', 'leaders', 'people']);

/**
 * The agent of a trigger at `at`: the actor right before it (adverbs, auxiliaries and dates skipped), the subject of
 * the verb it is coordinated with ("congratulated X and thanked Y"), or the sentence's main subject.
 */
export function agentOf(doc: Doc, d: Discourse, at: number): Actor | undefined {
  const lex = lexicon();
  const s = doc.sentences[doc.tokens[at]!.sentence]!;
  let k = at - 1;
  while (k >= s.first) {
    const t = doc.tokens[k]!;
    if (doc.dateAt[k] || ((tokenClasses(t) & SKIP_BEFORE_VERB) && t.text !== ',')) k--;
    else {
      const day = dayPhraseEndingAt(doc, k, s.first);
      if (day < 0) break;
      k = day - 1;
    }
  }
  if (k < s.first) return d.subjects[s.index];
  // The actor ending at k (names, pronouns, descriptions), found by trying starts a few tokens back.
  for (let start = k; start >= Math.max(s.first, k - 8); start--) {
    // "The head of state of Uzbekistan thanked": the description is the actor, not a word or country inside its title.
    if ((doc.titleAt[start] || doc.mentionAt[start]?.inTitle) && !doc.ownerAt[start]) continue;
    const a = actorAt(doc, d, start, start === clauseStart(doc, d, s.index) ? AS_SUBJECT : undefined);
    if (a && a.last === k + 1 && a.ents.length && !a.possessive) return speakerForOwnCountry(doc, d, a) ?? personBeforeCountry(doc, a) ?? a;
  }
  const owner = doc.ownerAt[k] ?? apposedPerson(doc, k);
  if (owner) return actor([owner], k, k + 1);
  const antecedent = relativeAntecedent(doc, d, k);
  if (antecedent) return actor([antecedent], k, k + 1);
  if (closesClauseOnSubject(doc, d, k, s.first, d.subjects[s.index])) return d.subjects[s.index];
  const t = doc.tokens[k]!;
  // ", and spoke highly of": a second verb of the sentence's subject ("Xi said China ..., and spoke highly of").
  if (t.lower === 'and' && doc.tokens[k - 1]?.text === ',' && d.subjects[s.index] && d.subjects[s.index]!.first < k) return d.subjects[s.index];
  if (COORDINATORS.has(t.lower) || t.lower === 'to') {
    for (let j = k - 1; j >= s.first; j--) {
      const v = doc.tokens[j]!;
      if ((tokenClasses(v) & (VERB | LIGHT_VERB)) || lex.triggers.match(doc.tokens, j)?.value.form === 'verb') return agentOf(doc, d, j);
    }
  }
  const subj = d.subjects[s.index];
  return subj;
}

// "King Hamad bin Isa Al Khalifa of Bahrain likewise extended": the person the country follows is the actor.
function personBeforeCountry(doc: Doc, a: Actor): Actor | undefined {
  if (a.ents.length !== 1 || a.ents[0]!.label !== 'Country') return undefined;
  const m = personBeforeOf(doc, a.first);
  return m ? actor([m.ent], m.first, a.last) : undefined;
}

// The person named right before "of (the)" and the name starting at k ("Xi Jinping of the People's Republic of China").
function personBeforeOf(doc: Doc, k: number): Mention | undefined {
  const of = doc.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  const m = doc.tokens[of]?.lower === 'of' ? doc.mentionAt[of - 1] : undefined;
  return m?.ent.label === 'Person' ? m : undefined;
}

// "He said Vietnam highly valued Malaysia's role": a leader reporting his own country's act is its actor.
function speakerForOwnCountry(doc: Doc, d: Discourse, a: Actor): Actor | undefined {
  const country = a.ents.length === 1 && a.ents[0]!.label === 'Country' ? a.ents[0]! : undefined;
  if (!country) return undefined;
  const say = doc.tokens[a.first - 1]?.lower === 'that' ? a.first - 2 : a.first - 1;
  if (!SAY_VERBS.has(doc.tokens[say]?.lower ?? '')) return undefined;
  const speaker = agentOf(doc, d, say);
  return speaker?.ents.length === 1 && speaker.ents[0]!.countries.has(country) ? speaker : undefined;
}
const SAY_VERBS = new Set(['said', 'says', 'stated', 'affirmed', 'stressed', 'noted', 'added', 'emphasised', 'emphasized', 'underlined', 'reiterated']);

// "who later in the day hosted": the start of a same-day or next-day phrase ending at k, else -1.
function dayPhraseEndingAt(doc: Doc, k: number, from: number): number {
  const { sameDay, nextDay, dayPhraseEnds } = lexicon();
  if (!dayPhraseEnds.has(doc.tokens[k]!.lower)) return -1;
  for (let j = k; j >= Math.max(from, k - 4); j--) {
    if (sameDay.match(doc.tokens, j, k + 1)?.end === k + 1 || nextDay.match(doc.tokens, j, k + 1)?.end === k + 1) return j;
  }
  return -1;
}

/** "X, who is on a visit to Y at the invitation of Z": the person a relative clause holding `at` is about, if any. */
export function relativeClausePerson(doc: Doc, d: Discourse, at: number): Ent | undefined {
  const s = doc.sentences[doc.tokens[at]!.sentence]!;
  let k = at - 1;
  while (k > s.first && doc.tokens[k - 1]!.text !== ',') k--;
  return k > s.first ? relativeAntecedent(doc, d, k) : undefined;
}

// "Rodríguez Parrilla, who is visiting", "the Indonesian leader, who arrived": the person a relative pronoun at k,
// after a comma, stands for.
function relativeAntecedent(doc: Doc, d: Discourse, k: number): Ent | undefined {
  if (!RELATIVE_PRONOUNS.has(doc.tokens[k]!.lower) || doc.tokens[k - 1]?.text !== ',') return undefined;
  const m = doc.mentionAt[k - 2];
  if (m?.ent.label === 'Person') return m.ent;
  // "President Xi Jinping of the People's Republic of China, who": the person before the title's country.
  const before = m?.ent.label === 'Country' ? personBeforeOf(doc, m.first) : undefined;
  if (before) return before.ent;
  const named = doc.ownerAt[k - 2] ?? apposedPerson(doc, k - 1);
  if (named) return named;
  const s = doc.sentences[doc.tokens[k]!.sentence]!;
  for (let start = k - 2; start >= Math.max(s.first, k - 7); start--) {
    if (doc.tokens[start]!.lower !== 'the') continue;
    const a = actorAt(doc, d, start);
    if (a && a.last === k - 1 && a.ents.length === 1 && a.ents[0]!.label === 'Person') return a.ents[0];
  }
  return undefined;
}

export const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which']);

const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an']);

// "Bezdetko, whose term in Việt Nam is drawing to a close, paid", "Paetongtarn, the youngest prime minister in
// Thailand's history, thanked": the comma at k closes a relative clause or apposition on the sentence's subject.
// (After a clause on an object, "sent a letter to X, who ..., thanking him", the subject acts.)
function closesClauseOnSubject(doc: Doc, d: Discourse, k: number, from: number, subject: Actor | undefined): boolean {
  if (doc.tokens[k]?.text !== ',' || subject?.ents.length !== 1) return false;
  for (let j = k - 1; j > Math.max(from, k - 25); j--) {
    if (doc.tokens[j]!.text !== ',') continue;
    const opener = doc.tokens[j + 1]?.lower ?? '';
    if (RELATIVE_PRONOUNS.has(opener)) return relativeAntecedent(doc, d, j + 1) === subject.ents[0];
    return APPOSITION_DETERMINERS.has(opener) && doc.mentionAt[j - 1]?.ent === subject.ents[0] && subject.last === j;
  }
  return false;
}

// "Díaz-Canel, First Secretary of ... and President of Cuba, congratulated": the comma closes an apposition.
function apposedPerson(doc: Doc, k: number): Ent | undefined {
  if (doc.tokens[k]?.text !== ',') return undefined;
  const s = doc.sentences[doc.tokens[k]!.sentence]!;
  let j = k - 1;
  while (j >= s.first && (doc.titleAt[j] || doc.mentionAt[j]?.inTitle || doc.tokens[j]!.text === '(' || doc.tokens[j]!.text === ')' || doc.organAt[j])) j--;
  if (j < k - 1 && doc.tokens[j]?.text === ',') {
    const m = doc.mentionAt[j - 1];
    if (m?.ent.label === 'Person') return m.ent;
  }
  return undefined;
}

export interface ObjectOptions {
  /** Words after which objects follow (nominal triggers: "congratulations to X", "gratitude for X's support"). */
  markers?: string[];
  /** Stop after the first object phrase ("praised the achievements of the CPV, led by ..."). */
  firstOnly?: boolean;
  agent?: Ent;
  /** Look inside the first noun phrase for its owner ("the contributions that Xi has made", "the achievements of the CPV"). */
  ownerOfPhrase?: boolean;
  /** Praise of a relationship ("spoke highly of the partnership between ...") names no actor. */
  rejectRelationships?: boolean;
}

/**
 * The objects of a trigger ending at `from`: actors in the object list, across coordination ("Diaz-Canel and Raul
 * Castro", "X on ..., and Y on ..."), not inside titles, complements ("on its successful organisation of the 8th
 * Congress") or infinitives ("to visit Vietnam").
 */
// A finite verb at k: an act's verb form, or a verb or light verb of the word lists.
function startsVerb(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && (!!(tokenClasses(t) & (VERB | LIGHT_VERB)) || lexicon().triggers.match(doc.tokens, k)?.value.form === 'verb');
}

// Past an apposition set off by commas at k (", Chairman of the National Assembly,"), else k.
function afterApposition(doc: Doc, k: number): number {
  if (doc.tokens[k]?.text !== ',') return k;
  let j = k + 1;
  while (doc.titleAt[j] || doc.mentionAt[j]?.inTitle || doc.organAt[j]) j++;
  return j > k + 1 && doc.tokens[j]?.text === ',' ? j + 1 : k;
}

export function objectsAfter(doc: Doc, d: Discourse, from: number, opts: ObjectOptions = {}): Actor[] {
  const lex = lexicon();
  const { tokens } = doc;
  const s = doc.sentences[tokens[from - 1]?.sentence ?? tokens[from]!.sentence]!;
  const out: Actor[] = [];
  const reading = opts.agent ? { agent: opts.agent } : undefined;
  let k = from;
  if (opts.markers) {
    // Nominal trigger: skip to its object marker ("invitation to", "gratitude for"), within a few words.
    let found = false;
    for (let j = from; j < Math.min(s.last, from + 6); j++) {
      if (opts.markers.includes(tokens[j]!.lower)) {
        // "invitation to visit the RoK": an infinitive, not an addressee.
        if (tokens[j]!.lower === 'to' && infinitiveVerbAt(doc, j + 1)) return out;
        k = j + 1;
        found = true;
        break;
      }
      // "an invitation from Lâm for Thongloun": the sender is not the addressee.
      const sender = tokens[j]!.lower === 'from' ? actorAt(doc, d, j + 1) : undefined;
      if (sender) {
        j = skipOwnedTail(doc, sender) - 1;
        continue;
      }
      if (doc.mentionAt[j] && !doc.mentionAt[j]!.inTitle) break;
    }
    if (!found) return out;
  }
  // "commended Jakarta for its role in ASEAN": a city standing for its government is the object, not what follows.
  if (doc.placeAt[k] !== undefined && !doc.mentionAt[k]) return out;
  let inComplement = false;
  let complementPrep = '';
  while (k < s.last) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') break;
    // "invited Macron to return to Brazil": an infinitive (a lower-case word after "to" that starts no noun phrase) ends the objects.
    if (t.lower === 'to' && tokens[k + 1] && !tokens[k + 1]!.cap && tokens[k + 1]!.word && !INFINITIVE_SAFE.has(tokens[k + 1]!.lower) && !opts.markers) break;
    if (t.lower === 'to' && infinitiveVerbAt(doc, k + 1)) break;
    if (COORDINATORS.has(t.lower) || t.text === ',') {
      // A new verb after "and" starts another clause: this trigger's objects end here.
      let j = k + 1;
      while (tokens[j] && (COORDINATORS.has(tokens[j]!.lower) || (tokenClasses(tokens[j]) & SKIP_BEFORE_VERB)) && tokens[j]!.lower !== 'his' && tokens[j]!.lower !== 'her' && tokens[j]!.lower !== 'their' && j < k + 4) j++;
      if (startsVerb(doc, j)) break;
      // "with Premier Li Qiang and with Zhao Leji": the preposition repeats.
      if (tokens[j]?.lower === 'with' && j > k) j++;
      if (tokens[j]?.lower === 'to' && !inComplement) j++;
      else if (tokens[j]?.lower === 'to') {
        inComplement = false;
        j++;
      }
      const a = actorAt(doc, d, j, reading);
      // "with Hun Sen, the former Cambodian leader who ...": a description after a comma re-names the object before it.
      const apposition = t.text === ',' && out.length > 0 && out[out.length - 1]!.last === k && ['the', 'his', 'her'].includes(tokens[j]?.lower ?? '');
      if (a && apposition) {
        k = a.last;
        continue;
      }
      // "congratulated Li Qiang, and Chairman Tran Thanh Man sent a message to Zhao Leji": the subject of another clause.
      if (a && COORDINATORS.has(tokens[j - 1]?.lower ?? '') && startsVerb(doc, afterApposition(doc, a.last))) break;
      if (a && a.ents.length && !a.joint && (!inComplement || resumes(doc, a, complementPrep, out))) {
        inComplement = false;
        if (opts.firstOnly && out.length && !COORDINATORS.has(t.lower)) break;
        out.push(a);
        k = skipOwnedTail(doc, a);
        continue;
      }
      if (t.text === ',' && !inComplement && out.length && opts.firstOnly) break;
      k++;
      continue;
    }
    // "..., as did Prince Salman": another subject of the same act, no object of it.
    if (t.lower === 'as' && doc.tokens[k + 1]?.lower === 'did' && out.length) break;
    if ((tokenClasses(t) & CLAUSE_BREAKER) && !(opts.ownerOfPhrase && !out.length && t.lower === 'that')) {
      if (!inComplement && out.length) break;
      if (!opts.ownerOfPhrase || out.length) break;
    }
    if (!inComplement && (tokenClasses(t) & COMPLEMENT_PREP) && !(opts.ownerOfPhrase && !out.length && t.lower === 'of')) {
      if (out.length || !opts.ownerOfPhrase) {
        inComplement = true;
        complementPrep = t.lower;
        k++;
        continue;
      }
    }
    if (inComplement) {
      k++;
      continue;
    }
    if (opts.rejectRelationships && !out.length && lex.words.relationshipNouns.has(t.lower)) return [];
    // A finite verb after the objects ends the phrase: "... that the CPV ... have given his country".
    if (out.length && ((tokenClasses(t) & VERB) || t.lower === 'have')) break;
    if (POSSESSIVE_DETERMINERS.has(t.lower) && doc.mentionAt[k]?.first !== k && namedInPhrase(doc, k) >= 0) {
      k++;
      continue;
    }
    const a = actorAt(doc, d, k, reading);
    // The people abroad are the object, and no actor: nothing after them is.
    if (a && isDiaspora(doc, a)) break;
    if (a && a.ents.length) {
      if (a.joint) break;
      out.push(a);
      if (opts.firstOnly && !opts.ownerOfPhrase) break;
      k = skipOwnedTail(doc, a);
      if (a.possessive && opts.ownerOfPhrase) {
        // "X's support for Y": the owner is the object; what follows belongs to the phrase.
        inComplement = true;
        complementPrep = 'of';
      }
      continue;
    }
    if (doc.mentionAt[k]) {
      k = doc.mentionAt[k]!.last;
      continue;
    }
    k++;
  }
  return out;
}

// "the Vietnamese community in Thailand", "the Vietnamese living in Korea", "the Vietnamese parliamentary delegation":
// people, not their country.
function isDiaspora(doc: Doc, a: Actor): boolean {
  const m = doc.mentionAt[a.first];
  if (m?.via !== 'demonym' || m.ent.label !== 'Country') return false;
  const { diasporaNouns } = lexicon().words;
  const next = doc.tokens[m.last];
  return diasporaNouns.has(next?.lower ?? '') || (!!next?.word && !next.cap && diasporaNouns.has(doc.tokens[m.last + 1]?.lower ?? ''));
}

// After an object and its apposition: "Miguel Diaz-Canel Bermudez, First Secretary of ... and President of Cuba,".
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their']);

export function skipOwnedTail(doc: Doc, a: Pick<Actor, 'last'>): number {
  let k = a.last;
  if (doc.tokens[k]?.text === ',' && (doc.titleAt[k + 1] || doc.mentionAt[k + 1]?.inTitle)) {
    k++;
    while (doc.titleAt[k] || doc.mentionAt[k]?.inTitle || doc.organAt[k] || ['(', ')', 'and', 'of', 'the'].includes(doc.tokens[k]?.lower ?? '') || (doc.tokens[k]?.allCaps && doc.tokens[k - 1]?.text === '(')) k++;
    if (doc.tokens[k]?.text === ',') k++;
  }
  return k;
}

// Inside "on his election ...", a coordinated actor starts a new object only with its own complement
// ("X on ..., and Y on ...") or an explicit "to" ("to Laos on ..., and to Thongloun on ...").
function resumes(doc: Doc, a: Actor, prep: string, out: Actor[]): boolean {
  const next = doc.tokens[a.last]?.lower;
  if (next === prep) return true;
  if (doc.tokens[a.first - 1]?.lower === 'to') return true;
  return out.length > 0 && a.ents[0]?.label === 'Person' && out[0]!.ents[0]?.label === 'Person';
}


const GROUP_GLUE = new Set(['and', ',', 'his', 'her', 'counterpart', 'from', '(', ')', 'the']);

/** The persons acting together right before a joint trigger: "Trung and his Cuban counterpart Bruno ..., reaffirmed at their talks". */
export function jointGroupBefore(doc: Doc, d: Discourse, at: number): Ent[] {
  const lex = lexicon();
  const s = doc.sentences[doc.tokens[at]!.sentence]!;
  const out: Ent[] = [];
  let k = at - 1;
  while (k >= s.first && ((tokenClasses(doc.tokens[k]) & VERB) || doc.dateAt[k] || doc.tokens[k]!.text === ',')) k--;
  while (k >= s.first) {
    const t = doc.tokens[k]!;
    const m = doc.mentionAt[k];
    if (m && m.ent.label === 'Person' && !m.inTitle) {
      if (!out.includes(m.ent)) out.unshift(m.ent);
      k = m.first - 1;
      continue;
    }
    const joint = lex.jointSubjects.match(doc.tokens, k, at);
    if (joint && !out.length) return actorAt(doc, d, k)?.ents ?? [];
    if (doc.titleAt[k] || m?.inTitle || (m && m.ent.label === 'Country') || doc.organAt[k] || GROUP_GLUE.has(t.lower)) {
      k--;
      continue;
    }
    break;
  }
  return out;
}
