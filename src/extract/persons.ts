// Pass 4b: persons from capitalised name chunks in person contexts (titles, appositions, verbs), short forms, and their positions.
import { foldTokens, slugOfFolded, spellingKey } from '../names.js';
import { addMention, opensSentence, spanText, entsOf, indexPerson, lastMentionBefore, newEnt, type Doc, type Ent, type Mention } from './doc.js';
import { isSpouse } from './coref.js';
import { lexicon } from './lexicon.js';
import { isPossessive, type Token } from './text.js';
import type { TitleGroup, TitleUse } from './titles.js';
import { FUNCTION_NAME_WORD, INITIAL, NAME_WORD, PREFIXED_NAME, SKIP_BEFORE_VERB, tokenClasses, VERB, wordClasses } from './words.js';

interface Chunk {
  first: number;
  last: number;
  tokens: string[];
}

const MAX_CANDIDATES = 64;
const ELECTED = new Set(['elected', 're-elected', 'reelected', 'appointed', 'named', 'became', 'becomes', 'chosen']);
const APPOSITION_FILLER = new Set(['a', 'an', 'the', 'who', 'is', 'was', 'also', 'serves', 'served', 'as', 'currently', 'now', 'then']);

/** Finds persons, attaches titles to them and records their positions and countries. */
export function findPersons(doc: Doc, groups: TitleGroup[]): void {
  const scan = scanTokens(doc);
  if (scan.placeNames.size) scan.chunks = scan.chunks.filter((c) => !scan.placeNames.has(c.tokens.join(' ')));
  const groupEndingAt = new Map<number, TitleGroup>();
  for (const g of groups) {
    groupEndingAt.set(g.last, g);
    // "The President of the Republic, Mr. Abdelmadjid Tebboune,": the name comes after the honorific's dot.
    const title = g.titles[g.titles.length - 1]!;
    if (doc.tokens[g.last]?.text === '.' && title.last === g.last && title.entry.body === 'honorific') groupEndingAt.set(g.last + 1, g);
  }
  // First the names that introduce someone (multi-token, in a person context), then every chunk in reading order.
  for (const c of scan.chunks) if (c.tokens.length >= 2 && personContext(doc, c, groupEndingAt) && !addressed(doc, c)) personFor(doc, c, true);
  for (const c of scan.chunks) {
    if (doc.mentionAt[c.first]) continue;
    const known = knownPerson(doc, c);
    if (known && !royalNamesAnother(c, known, groupEndingAt)) addMention(doc, known, c.first, c.last, 'alias');
    else if (known) personFor(doc, c, false, known);
    else if (personContext(doc, c, groupEndingAt) || coordinatedWithPerson(doc, c)) personFor(doc, c, false);
  }
  const honoured = new Map<string, Ent>();
  for (const g of groups) attachGroup(doc, g, honoured);
  findDeaths(doc);
  partyLeaders(doc);
  findCounterparts(doc, scan.counterparts);
  companions(doc, scan.companions);
  nationalityFromDescriptions(doc, groups);
  // Asked only for a person with no stated country.
  let languages: ArticleLanguages | undefined;
  for (const p of entsOf(doc, 'Person')) {
    const stated = firstOf(p.countries);
    const country = stated ?? countryByNaming(doc, p, (languages ??= articleLanguages(doc)));
    resolvePositions(doc, p, country, !stated && country === doc.home && !namingLanguages(p.tokens!).length);
  }
}

// "Meloni, who leads the Brothers of Italy party", "Tusk, who also chairs Civic Platform": the one the relative
// clause is about holds an office in the party.
function partyLeaders(doc: Doc): void {
  const { tokens } = doc;
  for (const m of doc.mentions) {
    if (m.ent.label !== 'Party' || m.inTitle) continue;
    let k = m.first - 1;
    while (k > m.first - 5 && (PARTY_MODIFIERS.has(tokens[k]?.lower ?? '') || isPossessive(tokens, k) || doc.mentionAt[k]?.ent.label === 'Country')) k--;
    if (!LEAD_VERBS.has(tokens[k]?.lower ?? '')) continue;
    k--;
    if (tokens[k]?.lower === 'also' || tokens[k]?.lower === 'now') k--;
    if (tokens[k]?.lower !== 'who' || tokens[k - 1]?.text !== ',') continue;
    // The name before the comma, or before the titles set off after it.
    let j = k - 2;
    while (j > 0 && (doc.titleAt[j] || doc.mentionAt[j]?.inTitle || tokens[j]!.text === ',' || tokens[j]!.lower === 'and')) j--;
    const person = doc.mentionAt[j];
    if (person?.ent.label !== 'Person') continue;
    person.ent.positions.push({ title: 'leader', target: m.ent, body: undefined, former: false, first: k + 1, last: m.last });
    if (m.ent.country) person.ent.countries.add(m.ent.country);
  }
}
const LEAD_VERBS = new Set(['leads', 'chairs', 'heads']);
const PARTY_MODIFIERS = new Set(['the', 'ruling', 'governing', 'opposition', 'centre-right', 'centre-left', 'conservative', 'far-right', 'right-wing', 'left-wing']);

/** The party of a country, among the parties the article names. */
export function partyOf(doc: Doc, country: Ent): Ent | undefined {
  const hits = entsOf(doc, 'Party').filter((e) => e.country === country && e.mentions > 0);
  return hits.length === 1 ? hits[0] : hits.sort((a, b) => b.mentions - a.mentions)[0];
}

// Titles that name no body: a party office goes to the party of the holder's country (`country`), a state office to
// that country, as the annotation guide's conventions say.
function resolvePositions(doc: Doc, p: Ent, own: Ent | undefined, guessed: boolean): void {
  for (const pos of p.positions) {
    if (pos.target || !pos.body) continue;
    const country = own ?? (pos.successor ? firstOf(pos.successor.countries) : undefined);
    if (own && guessed) pos.guessed = true;
    if (pos.body === 'party') {
      const party = country ? partyOf(doc, country) : undefined;
      if (party) pos.target = party;
    } else if (pos.body === 'state' && country) pos.target = country;
    if (pos.target?.label === 'Country') p.countries.add(pos.target);
    if (pos.target?.label === 'Party' && pos.target.country) p.countries.add(pos.target.country);
  }
  p.positions = p.positions.filter((pos) => pos.target);
}

/** What findPersons looks for in the article's tokens, found in one scan of them. */
interface Scan {
  /** Name chunks, in reading order. */
  chunks: Chunk[];
  /** "counterpart(s)". */
  counterparts: number[];
  /** "accompanied by", "accompanying". */
  companions: number[];
  /** Folded names of places named with a place noun ("Khalkhin Gol" of "the Khalkhin Gol River"). */
  placeNames: Set<string>;
}

function scanTokens(doc: Doc): Scan {
  const scan: Scan = { chunks: [], counterparts: [], companions: [], placeNames: new Set() };
  for (const s of doc.sentences) {
    // A sentence with no word that may be a name has no chunk; its tokens are still read for link words.
    const mayName = (doc.sentenceClasses[s.index]! & (NAME_WORD | FUNCTION_NAME_WORD)) !== 0;
    let chunkEnd = s.first;
    for (let i = s.first; i < s.last; i++) {
      noteLinkWord(doc.tokens, i, scan);
      if (mayName && i >= chunkEnd && isName(doc, i, s.first, s.last)) chunkEnd = addNameChunk(doc, i, s.first, s.last, scan);
    }
  }
  return scan;
}

// The words that link one person to another: "counterpart(s)", and "accompanied by" or "accompanying" for companions.
function noteLinkWord(tokens: Token[], k: number, scan: Scan): void {
  const w = tokens[k]!.lower;
  if (w === 'counterpart' || w === 'counterparts') scan.counterparts.push(k);
  else if ((w === 'accompanied' && tokens[k + 1]?.lower === 'by') || w === 'accompanying') scan.companions.push(k);
}

// The run of capitalised name tokens that starts at name token i of the sentence tokens[from..to), with particles
// (da, bin) and initials (L.B.) inside, kept as a chunk unless it is part of something else; returns its end.
function addNameChunk(doc: Doc, i: number, from: number, to: number, scan: Scan): number {
  const lex = lexicon();
  const { tokens } = doc;
  let j = i + 1;
  for (;;) {
    if (isName(doc, j, from, to)) j++;
    // "King Mohammed VI", "Carl XVI Gustaf": a regnal number is part of the name.
    else if (REGNAL.test(tokens[j]?.text ?? '') && !doc.mentionAt[j]) j++;
    else if (tokens[j]?.text === '.' && INITIAL.test(tokens[j - 1]!.text) && isName(doc, j + 1, from, to)) j += 2;
    else if (!isParticle(tokens[j])) break;
    else if (isName(doc, j + 1, from, to)) j += 2;
    // "Ursula von der Leyen": two particles in a row.
    else if (lex.words.particles.has(tokens[j + 1]?.lower ?? '') && isName(doc, j + 2, from, to)) j += 3;
    else break;
  }
  // Part of a longer proper name ("Ho Chi Minh Trail", "Hồ Chí Minh Thought") or a place ("Quang Tri province").
  const next = tokens[j];
  const partOfLonger = next && next.cap && next.word && (lex.words.notNames.has(next.fold) || lex.orgHeads.has(next.fold)) && !doc.titleAt[j] && !doc.mentionAt[j] && !doc.dateAt[j];
  // "Quang Tri province"; "the Khalkhin Gol River", "Ba Dinh Square" (not "Park" or "Hall", which are also surnames),
  // whose name then names the place elsewhere too ("fell at Khalkhin Gol").
  const last = tokens[j - 1]!;
  const namedPlace = j - i >= 2 && lex.words.placeNouns.has(last.lower) && !SURNAME_PLACE_NOUNS.has(last.lower);
  if (namedPlace) scan.placeNames.add(nameKeys(tokens, i, j - 1).join(' '));
  const place = (next && lex.words.placeNouns.has(next.lower) && !next.cap) || namedPlace;
  const prev = tokens[i - 1];
  const afterProper = prev && prev.cap && prev.word && i - 1 >= from && !doc.titleAt[i - 1] && !doc.mentionAt[i - 1] && lex.words.notNames.has(prev.fold) && !['the', 'and', 'of'].includes(prev.lower) && i - 1 > from;
  if (!partOfLonger && !place && !afterProper) scan.chunks.push({ first: i, last: j, tokens: nameKeys(tokens, i, j) });
  return j;
}

const REGNAL = /^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;

const SURNAME_PLACE_NOUNS = new Set(['hall', 'house', 'park', 'port', 'center', 'centre']);

// A name particle written in lower case ("da", "bin", "von").
const isParticle = (t: Token | undefined): boolean => t !== undefined && !t.cap && lexicon().words.particles.has(t.lower);

// Token k (of the sentence tokens[from..to)) can be part of a name: a capitalised word nothing else has claimed.
function isName(doc: Doc, k: number, from: number, to: number): boolean {
  const { tokens } = doc;
  const t = tokens[k];
  // Most tokens are not capitalised: turned away before their form is read.
  if (!t || k >= to) return false;
  if (!t.cap) return (wordClasses(t.form) & PREFIXED_NAME) !== 0 && isPrefixedName(doc, k, from);
  if (t.allCaps && isCapitalsName(doc, k, to)) return true;
  const classes = wordClasses(t.form);
  if (!(classes & (NAME_WORD | FUNCTION_NAME_WORD))) return false;
  if (doc.mentionAt[k] || doc.dateAt[k] || doc.titleAt[k] || doc.organAt[k] || doc.placeAt[k] !== undefined) return false;
  // "the social network X": one letter is a name only as an initial ("R. Marcos").
  if (t.text.length === 1 && tokens[k + 1]?.text !== '.') return false;
  // A capitalised function word inside a sentence is a name ("To Lam", "Vu Trung My"); at the start it is just a capital.
  if (classes & FUNCTION_NAME_WORD) return k > from && tokens[k - 1]!.text !== '"' && tokens[k - 1]!.text !== '“';
  return true;
}

// "Abdel Fattah el-Sisi": an Arabic article joined to a capitalised name. (Rare forms are tested apart, so that
// isName stays small enough to be inlined into the scan.)
function isPrefixedName(doc: Doc, k: number, from: number): boolean {
  return !doc.mentionAt[k] && (k > from || !!doc.tokens[k + 1]?.cap);
}

// A word in capitals that is part of a name: "ISHIBA Shigeru", and "KP Sharma Oli" (initials without dots).
function isCapitalsName(doc: Doc, k: number, to: number): boolean {
  if (isCapitalisedFamilyName(doc, k, to)) return true;
  const { tokens } = doc;
  const next = tokens[k + 1];
  return (
    tokens[k]!.text.length === 2 &&
    k + 1 < to &&
    !!next?.cap &&
    !next.allCaps &&
    (wordClasses(next.form) & NAME_WORD) !== 0 &&
    !doc.mentionAt[k] &&
    !doc.titleAt[k] &&
    !doc.mentionAt[k + 1] &&
    !doc.titleAt[k + 1] &&
    doc.placeAt[k + 1] === undefined &&
    !lexicon().roles.match(tokens, k)
  );
}

// "Mr. ISHIBA Shigeru", "Prime Minister KISHIDA Fumio": the family name in capitals before the given name, the
// Japanese government's style, after a title or honorific.
function isCapitalisedFamilyName(doc: Doc, k: number, to: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const titled = !!doc.titleAt[k - 1] || (tokens[k - 1]?.text === '.' && !!doc.titleAt[k - 2]);
  return k + 1 < to && t.text.length >= 3 && !doc.mentionAt[k] && titled && !!next?.cap && next.word && !next.allCaps && !doc.mentionAt[k + 1] && /^\p{Lu}+$/u.test(t.text);
}

// The folded tokens of the words of tokens[i..j), as foldTokens of those words joined by spaces would give them:
// folding never reaches across a space, so each word's keys are cached on its form instead of folding every chunk.
function nameKeys(tokens: Token[], i: number, j: number): string[] {
  const keys: string[] = [];
  for (let k = i; k < j; k++) {
    const form = tokens[k]!.form;
    if (form.word) for (const key of (form.nameKeys ??= foldTokens(form.text))) keys.push(key);
  }
  return keys;
}

// Evidence that a chunk names a person: a title before it, an apposition or verb after it, a naming-culture name.
function personContext(doc: Doc, c: Chunk, groupEndingAt: Map<number, TitleGroup>): boolean {
  const lex = lexicon();
  const { tokens } = doc;
  // A lone capitalised word opening a sentence ("Delegates visited", "HÀ NỘI — Leaders have") is a name only if the
  // article capitalises it elsewhere too.
  if (c.tokens.length === 1 && opensSentence(doc, c.first) && !capitalisedElsewhere(doc, c.first)) return false;
  // "Leaders' Retreat", "Lula's": a word after a possessive is a thing, not a new person.
  const before1 = tokens[c.first - 1];
  if (c.tokens.length === 1 && before1 && ["'", '’', "'s", '’s'].includes(before1.text)) return false;
  const g = groupEndingAt.get(c.first);
  if (g && !g.titles.every((t) => t.entry.body === 'honorific' && t.entry.text === 'leader' && !tokens[g.first]!.cap)) return true;
  // "in Samarkand", "at Qasr Al Watan", "from Palazzo Chigi": a place, not someone new.
  if (PLACE_PREPOSITIONS.has(before1?.lower ?? '')) return false;
  if (tokens[c.last]?.text === ',') {
    let k = c.last + 1;
    while (APPOSITION_FILLER.has(tokens[k]?.lower ?? '') && k < c.last + 4) k++;
    if (doc.titleAt[k] || tokens[c.last + 1]?.lower === 'who') return true;
  }
  let k = c.last;
  while ((tokenClasses(tokens[k]) & SKIP_BEFORE_VERB) && tokens[k]!.text !== ',' && k < c.last + 3) k++;
  while (doc.dateAt[k]) k++;
  const next = tokens[k];
  if (next && ((wordClasses(next.form) & VERB) || isVerbTrigger(lex.triggers.match(tokens, k)?.value.form))) return true;
  const prev = tokens[c.first - 1];
  if (next && c.tokens.length >= 2 && !next.cap && next.word && next.lower.length > 4 && next.lower.endsWith('ed') && !lex.words.notNames.has(next.lower)) return true;
  if (prev && c.tokens.length >= 2 && (['by', 'with', 'from'].includes(prev.lower) || lex.triggers.match(tokens, c.first - 1) || lex.talks.match(tokens, c.first - 1)?.end === c.first)) return true;
  // "congratulations to Thongloun Sisoulith on his election", "thanked X for her support": the pronoun takes a person.
  if (c.tokens.length >= 2 && ['on', 'for'].includes(tokens[c.last]?.lower ?? '') && ['his', 'her'].includes(tokens[c.last + 1]?.lower ?? '')) return true;
  // "his Singaporean counterpart Lawrence Wong", "his father, Hun Sen".
  const before = prev?.text === ',' ? tokens[c.first - 2] : prev;
  if (before && lex.words.personNouns.has(before.lower)) return true;
  // "Indonesia's first President, Sukarno,": a title, then the name after a comma.
  if (prev?.text === ',' && groupEndingAt.has(c.first - 1)) return true;
  if (c.tokens.length >= 2 && namingLanguages(c.tokens).length > 0) return true;
  if (c.tokens.length >= 2 && sharesTokenWithPerson(doc, c)) return true;
  return false;
}


const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);

const isVerbTrigger = (form: string | undefined): boolean => form === 'verb' || form === 'phrase';

function capitalisedElsewhere(doc: Doc, at: number): boolean {
  const { tokens } = doc;
  const word = tokens[at]!.text;
  // Only a capitalised token can be the same word: most are turned away before their text is compared.
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.cap && k !== at && tokens[k]!.text === word && doc.sentences[tokens[k]!.sentence]!.first !== k) return true;
  return false;
}

function sharesTokenWithPerson(doc: Doc, c: Chunk): boolean {
  return c.tokens.some((t) => doc.personsByToken.has(t));
}

/** Persons of the article whose name holds every token of the chunk. */
function personsContaining(doc: Doc, tokens: string[]): Ent[] {
  // Start from the rarest token's list; a token shared by very many names (a common family name) is capped to the latest.
  let list: Ent[] | undefined;
  for (const t of tokens) {
    const l = doc.personsByToken.get(t) ?? doc.personsByToken.get(spellingKey(t));
    // Most chunks hold a token no person has: no candidates.
    if (!l) return [];
    if (!list || l.length < list.length) list = l;
  }
  const found: Ent[] = [];
  if (!list) return found;
  for (let i = Math.max(0, list.length - MAX_CANDIDATES); i < list.length; i++) if (holdsAll(list[i]!, tokens)) found.push(list[i]!);
  return found;
}

// "Salman bin Abdulaziz Al Saud" is not "Mohammed bin Salman bin Abdulaziz Al Saud": what follows "bin" names the
// father, so a shorter name must start before it.
function holdsAll(person: Ent, tokens: string[]): boolean {
  const own = person.tokens!;
  if (!tokens.every((t) => own.includes(t) || own.some((o) => spellingKey(o) === spellingKey(t)))) return false;
  let patronymic = 0;
  while (patronymic < own.length && !PATRONYMIC.has(own[patronymic]!)) patronymic++;
  const first = own.indexOf(tokens[0]!);
  return (first >= 0 ? first : own.findIndex((o) => spellingKey(o) === spellingKey(tokens[0]!))) < patronymic;
}
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

// The "of <Country>" right after token k, if there.
function countryAfter(doc: Doc, k: number): Mention | undefined {
  if (doc.tokens[k]?.lower !== 'of') return undefined;
  const m = doc.mentionAt[doc.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1];
  return m?.ent.label === 'Country' ? m : undefined;
}

// "Kaysone Phomvihane and Souphanouvong": a name joined by "and" to a person under a plural title.
function coordinatedWithPerson(doc: Doc, c: Chunk): boolean {
  if (doc.tokens[c.first - 1]?.lower !== 'and') return false;
  let before = doc.mentionAt[c.first - 2];
  // "Foreign Ministers Mauro Vieira of Brazil and Santiago Cafiero": past the first one's country.
  if (before?.ent.label === 'Country' && doc.tokens[before.first - 1]?.lower === 'of') before = doc.mentionAt[before.first - 2];
  return before?.ent.label === 'Person';
}

// "His Majesty Sultan Ibrahim" after "Prime Minister Anwar Ibrahim": a monarch's one name is another person than a
// name introduced under a title that is not a monarch's.
function royalNamesAnother(c: Chunk, known: Ent, groupEndingAt: Map<number, TitleGroup>): boolean {
  if (c.tokens.length !== 1 || !groupEndingAt.get(c.first)?.titles.some((t) => t.entry.royal) || !known.firstAt) return false;
  const introduced = groupEndingAt.get(known.firstAt.first);
  return !!introduced && !introduced.titles.some((t) => t.entry.royal);
}

/**
 * The article's person this chunk is a short (or equal) form of; the one named last wins a tie (Hun Sen / Hun Manet).
 * A surname shared with a spouse ("Emmanuel Macron and his wife, Mrs. Brigitte Macron") is the leader's, unless a
 * woman's honorific stands before it ("Mrs. Macron").
 */
function knownPerson(doc: Doc, c: Chunk): Ent | undefined {
  let cands = personsContaining(doc, isAddressForm(c.tokens) ? [c.tokens[0]!] : c.tokens);
  if (cands.length > 1 && !WOMEN_HONORIFICS.has(doc.tokens[doc.tokens[c.first - 1]?.text === '.' ? c.first - 2 : c.first - 1]?.lower ?? '')) {
    const principal = cands.filter((e) => !isSpouse(doc, e));
    if (principal.length) cands = principal;
  }
  let best: Ent | undefined;
  let bestAt = -1;
  for (const e of cands) {
    const at = lastMentionBefore(e, c.first);
    if (at > bestAt) {
      best = e;
      bestAt = at;
    }
  }
  // A short form before its full name ("Trong ... Nguyen Phu Trong") is rare but possible.
  return best ?? cands[0];
}

// "Vladimir Vladimirovich", "Dmitry Anatolyevich": a Russian given name and patronymic, how the Kremlin addresses
// someone the article names in full.
function isAddressForm(tokens: string[]): boolean {
  return tokens.length === 2 && (tokens[1]!.endsWith('h') || tokens[1]!.endsWith('a')) && RUSSIAN_PATRONYMIC.test(tokens[1]!);
}
const RUSSIAN_PATRONYMIC = /.(?:ovich|evich|ovna|evna|ichna)$/;

// An address form of someone already named: a mention of that person, not a new one.
function addressed(doc: Doc, c: Chunk): boolean {
  return isAddressForm(c.tokens) && personsContaining(doc, [c.tokens[0]!]).length > 0;
}

const APPOSED_END = new Set([',', '.', ';']);

const WOMEN_HONORIFICS = new Set(['mrs', 'ms', 'madame', 'mme', 'madam', 'lady']);

function personFor(doc: Doc, c: Chunk, introducing: boolean, notThisOne?: Ent): Ent {
  // The same person under a shorter or longer form: "Miguel Díaz-Canel" then "Miguel Díaz-Canel Bermúdez".
  const containing = personsContaining(doc, c.tokens);
  const existing = (containing[0] === notThisOne ? containing[1] : containing[0]) ?? (introducing ? personExtendedBy(doc, c.tokens) : undefined);
  let ent = existing;
  if (ent && c.tokens.length > ent.tokens!.length) {
    ent.tokens = c.tokens;
    ent.name = spanName(doc, c);
  }
  if (!ent) {
    ent = newEnt(doc, 'Person', `person:${slugOfFolded(c.tokens)}`, spanName(doc, c));
    ent.tokens = c.tokens;
  }
  indexPerson(doc, ent);
  if (!doc.mentionAt[c.first]) addMention(doc, ent, c.first, c.last, existing ? 'alias' : 'name');
  return ent;
}

// A person whose name of two or more tokens begins this longer one ("Miguel Díaz-Canel" of "Miguel Díaz-Canel Bermúdez"),
// among the last MAX_CANDIDATES sharing its first token.
function personExtendedBy(doc: Doc, tokens: string[]): Ent | undefined {
  const list = doc.personsByToken.get(tokens[0]!);
  if (!list) return undefined;
  for (let i = Math.max(0, list.length - MAX_CANDIDATES); i < list.length; i++) {
    const e = list[i]!;
    if (e.tokens!.length >= 2 && e.tokens!.every((t, k) => tokens[k] === t)) return e;
  }
  return undefined;
}

function spanName(doc: Doc, c: Chunk): string {
  return doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.last - 1]!.end);
}

// Titles belong to the name right after them, to the name before an apposition, or to the subject of "as <title>".
// `honoured`: who each honorific of two or more words was last given to, by its last word ("thipadei", "majesty").
function attachGroup(doc: Doc, g: TitleGroup, honoured: Map<string, Ent>): void {
  const { tokens } = doc;
  let person: Mention | undefined;
  // "Deputy Minister of Finance and Planning Dr. Anil Jayantha Fernando": the name after the honorific's dot.
  const lastTitle = g.titles[g.titles.length - 1]!;
  const at = tokens[g.last]?.text === '.' && lastTitle.last === g.last && lastTitle.entry.body === 'honorific' ? g.last + 1 : g.last;
  const after = doc.mentionAt[at] ?? (tokens[at]?.text === ',' ? doc.mentionAt[at + 1] : undefined);
  // "the President of Ukraine, Volodymyr Zelensky," and at the end of the sentence.
  if (after?.ent.label === 'Person' && (after.first === at || (after.first === at + 1 && APPOSED_END.has(tokens[after.last]?.text ?? '')))) {
    person = after;
    // "President Donald J. Trump of the United States of America": the country after the name.
    const of = countryAfter(doc, after.last);
    if (of) for (const t of g.titles) if (!t.target && t.entry.body === 'state') t.target = of.ent;
  }
  // "the Minister of Agriculture, Mr John Steenhuisen;": a name set off after a comma and an honorific.
  if (!person && tokens[g.last]?.text === ',') {
    // "the Amir of the State of Qatar, His Highness Sheikh Tamim": past every honorific to the name.
    const honorific = lexicon().titles.match(tokens, g.last + 1);
    let j = honorific?.end ?? 0;
    while (doc.titleAt[j]) j++;
    const m = honorific?.value.body === 'honorific' ? doc.mentionAt[tokens[j]?.text === '.' ? j + 1 : j] : undefined;
    if (m?.ent.label === 'Person' && [',', ';', '.'].includes(tokens[m.last]?.text ?? '')) person = m;
  }
  if (!person) {
    let k = g.first - 1;
    while (k > 0 && APPOSITION_FILLER.has(tokens[k]!.lower) && k > g.first - 5) k--;
    // "X, the Prime Minister of Y, said"; not "Meeting X, the Prime Minister expressed": an apposition closes.
    if (tokens[k]?.text === ',' && k < g.first && !(tokenClasses(tokens[g.last]) & VERB)) {
      const before = doc.mentionAt[k - 1];
      if (before?.ent.label === 'Person') person = before;
    }
  }
  const asAt = tokens[g.first - 1]?.lower === 'the' ? g.first - 2 : g.first - 1;
  // "as President of Laos", and "was re-elected General Secretary of the WPK" without the "as".
  let successor: Ent | undefined;
  if (!person && (tokens[asAt]?.lower === 'as' || ELECTED.has(tokens[asAt]?.lower ?? '') || ELECTED.has(tokens[g.first]?.lower ?? ''))) {
    person = subjectOfAs(doc, g);
    if (person) successor = successorOf(doc, person);
    // "on his election as President": the President-elect.
    if (person && [asAt - 1, asAt, g.first].some((k) => ['election', 're-election', 'elected', 're-elected'].includes(tokens[k]?.lower ?? ''))) person.ent.roles.add('elect');
  }
  if (!person) {
    honorificReference(doc, g, honoured);
    return;
  }
  for (const t of g.titles) if (isStandingHonorific(t)) honoured.set(tokens[t.last - 1]!.fold, person.ent);
  // "Sultan Ibrahim", "King Salman": a monarch known by one name is also known by it with the royal title.
  // "King Salman", "Sheikh Hasina": a one-word name is also known with its royal title or honorific.
  const royal = g.titles[g.titles.length - 1]!;
  if (person.first === royal.last && person.last === person.first + 1 && (royal.entry.royal || royal.entry.partOfName)) person.ent.forms.set(spanText(doc, royal.first, person.last), 0);
  for (let k = g.first; k < g.last; k++) doc.ownerAt[k] ??= person.ent;
  if (tokens[g.first - 1]?.lower === 'visiting' && !doc.visitors.has(person.ent)) doc.visitors.set(person.ent, { first: g.first - 1, last: person.last });
  if (g.plural) {
    // "late Lao Presidents Kaysone Phomvihane and Souphanouvong": the title serves each coordinated name.
    // "Foreign Ministers Mauro Vieira of Brazil and Santiago Cafiero of Argentina": each with the country after it.
    let k = countryAfter(doc, person.last)?.last ?? person.last;
    while (tokens[k]?.lower === 'and' || tokens[k]?.text === ',') {
      const m = doc.mentionAt[k + 1];
      if (m?.ent.label !== 'Person') break;
      const own = countryAfter(doc, m.last);
      addPositions(doc, m.ent, own ? { ...g, titles: g.titles.map((t) => (t.entry.body === 'state' ? { ...t, target: own.ent } : t)) } : g);
      k = own?.last ?? m.last;
    }
  }
  addPositions(doc, person.ent, g, successor);
}

// "Samdech Moha Borvor Thipadei Hun Manet ... Samdech Thipadei was welcomed", "His Royal Highness conveyed": an
// honorific standing alone is a mention of the one it was last given to.
function honorificReference(doc: Doc, g: TitleGroup, honoured: Map<string, Ent>): void {
  const last = g.titles[g.titles.length - 1]!;
  if (g.determiner || !g.titles.every(isStandingHonorific) || doc.mentionAt[g.last]) return;
  const ent = honoured.get(doc.tokens[last.last - 1]!.fold);
  if (ent) addMention(doc, ent, g.first, g.last, 'description');
}

function isStandingHonorific(t: TitleUse): boolean {
  return t.entry.body === 'honorific' && t.last - t.first >= 2;
}

// "since succeeding Lee Hsien Loong as Prime Minister", "succeeded his father, Hun Sen, as": the person named last
// before the verb of succession, whose office the predecessor held.
function successorOf(doc: Doc, predecessor: Mention): Ent | undefined {
  const { tokens } = doc;
  let k = predecessor.first - 1;
  // Past "his father," to the verb.
  while (k > predecessor.first - 5 && !SUCCEEDED.has(tokens[k]?.lower ?? '') && (tokens[k]?.text === ',' || !tokens[k]?.cap)) k--;
  if (!SUCCEEDED.has(tokens[k]?.lower ?? '')) return undefined;
  const from = doc.sentences[tokens[k]!.sentence]!.first;
  for (let j = k - 1; j >= from; j--) {
    const m = doc.mentionAt[j];
    if (m?.ent.label === 'Person' && m.ent !== predecessor.ent) return m.ent;
  }
  return undefined;
}
// "him", "them", and "her" before the act's complement ("congratulated her on"), not in "on her election".
function isObjectPronoun(doc: Doc, k: number): boolean {
  const w = doc.tokens[k]!.lower;
  return w === 'him' || w === 'them' || (w === 'her' && ['on', 'for', 'upon'].includes(doc.tokens[k + 1]?.lower ?? ''));
}
const SUCCEEDED = new Set(['succeeded', 'succeeding', 'succeeds', 'succeed', 'replaced', 'replacing', 'replaces']);

// "on his election as President of Laos", "succeeded his father, Hun Sen, as head of the Government": the nearest
// person named before "as" who does not already hold the same title elsewhere.
function subjectOfAs(doc: Doc, g: TitleGroup): Mention | undefined {
  const s = doc.sentences[doc.tokens[g.first]!.sentence]!;
  const seen = new Set<Ent>();
  for (let k = g.first - 2; k >= Math.max(s.first, g.first - 60); k--) {
    // "Trọng congratulated him (his guest) on his re-election as President of Russia": the person the pronoun or
    // description stands for, not known yet.
    if (isObjectPronoun(doc, k) || (lexicon().words.personNouns.has(doc.tokens[k]!.lower) && ['his', 'her'].includes(doc.tokens[k - 1]?.lower ?? ''))) return undefined;
    const m = doc.mentionAt[k];
    if (!m || m.ent.label !== 'Person' || seen.has(m.ent)) continue;
    seen.add(m.ent);
    // A current office is held once: Tô Lâm, General Secretary of the CPV, is not the one chosen "as General Secretary" of the LPRP.
    const clash = g.titles.some((t) => m.ent.positions.some((p) => !p.former && p.title === t.entry.text && t.target && p.target !== t.target));
    // A monarch is not the one inaugurated "as the 47th President".
    const crowned = m.ent.roles.has('monarch') && !g.titles.some((t) => t.entry.royal);
    if (!clash && !crowned) return m;
  }
  return undefined;
}

const LEADER_ROLES = new Set(['head-of-state', 'head-of-government']);

function addPositions(doc: Doc, person: Ent, g: TitleGroup, successor?: Ent): void {
  if (g.nationality && g.titles.some((t) => t.entry.body === 'state' || t.entry.body === 'honorific' || !t.target)) person.countries.add(g.nationality);
  for (const t of g.titles) {
    // "President of the Central Committee of the VFF" heads a body, not a state: "the Vietnamese leader" is someone else.
    if (t.entry.role) person.roles.add(t.target?.label === 'Organization' && LEADER_ROLES.has(t.entry.role) ? 'org-head' : t.entry.role);
    if (t.entry.royal) person.roles.add('monarch');
    if (t.entry.body === 'honorific' && !t.target) continue;
    const target = t.target ?? (t.entry.body === 'state' || t.organ === 'state' ? g.nationality : undefined);
    const title = doc.text.slice(doc.tokens[t.first]!.start, doc.tokens[t.last - 1]!.end);
    const body = target ? undefined : t.organ ?? (t.entry.body as 'party' | 'state' | 'org');
    person.positions.push({ title, target, body, successor, former: g.former || !!t.former || !!successor, first: t.first, last: t.last });
    if (target?.label === 'Country') person.countries.add(target);
    if (target?.label === 'Party' && target.country) person.countries.add(target.country);
  }
  if (g.former && doc.tokens[g.first]?.lower === 'late') person.deceased = true;
}

// "the passing of General Secretary Nguyễn Phú Trọng", "after Fidel Castro died", "Fidel Castro's death": the article
// reports the person's death; a leader long dead ("President Ho Chi Minh") needs no report.
function findDeaths(doc: Doc): void {
  const lex = lexicon();
  const { deathNouns } = lex.words;
  const { tokens } = doc;
  for (const m of doc.mentions) {
    if (m.ent.label !== 'Person' || m.ent.deceased) continue;
    if (m.ent.tokens && lex.historicalLeaders.has(m.ent.tokens.join(' '))) {
      m.ent.deceased = true;
      continue;
    }
    let k = m.first - 1;
    while (k > 0 && (doc.titleAt[k] || doc.mentionAt[k]?.inTitle)) k--;
    const after = tokens[m.last]?.lower;
    if (tokens[k]?.lower === 'of' && deathNouns.has(tokens[k - 1]?.lower ?? '')) m.ent.deceased = true;
    else if (after === 'died' || (after === 'passed' && tokens[m.last + 1]?.lower === 'away')) m.ent.deceased = true;
    else if (m.possessive && deathNouns.has(tokens[m.last + 1]?.lower ?? '')) m.ent.deceased = true;
  }
}

// "his Cuban counterpart Bruno Rodríguez Parrilla", "his counterpart from Saudi Arabia, Prince Faisal": the name's country.
function findCounterparts(doc: Doc, at: number[]): void {
  const { tokens } = doc;
  for (const i of at) {
    let country: Ent | undefined;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const m = doc.mentionAt[k];
      if (m?.ent.label === 'Country') {
        country = m.ent;
        break;
      }
    }
    let k = i + 1;
    if (tokens[k]?.lower === 'from' && doc.mentionAt[k + 1]?.ent.label === 'Country') {
      country = doc.mentionAt[k + 1]!.ent;
      k = doc.mentionAt[k + 1]!.last;
    }
    if (tokens[k]?.text === ',') k++;
    while (doc.titleAt[k]) k++;
    const person = doc.mentionAt[k];
    if (!country || person?.ent.label !== 'Person' || person.first !== k) continue;
    person.ent.countries.add(country);
    person.ent.roles.add('counterpart');
    const subjectTitle = counterpartTitle(doc, i);
    person.ent.positions.push({ title: subjectTitle, target: country, body: undefined, former: false, first: i, last: i + 1 });
    for (let j = i - 3; j <= i; j++) if (doc.mentionAt[j]?.ent === country) doc.mentionAt[j]!.inTitle = true;
  }
}

// The title of the person whose counterpart is named: the state title of the sentence's first person, if any.
function counterpartTitle(doc: Doc, at: number): string {
  const s = doc.sentences[doc.tokens[at]!.sentence]!;
  for (let k = Math.max(s.first, at - 60); k < at; k++) {
    const m = doc.mentionAt[k];
    if (m?.ent.label === 'Person') {
      const state = m.ent.positions.find((p) => p.target?.label === 'Country' || !p.target);
      if (state) return state.title;
    }
  }
  return 'counterpart';
}

// "accompanied by Foreign Minister Bruno Rodríguez", "Leyva, who is accompanying Petro": a companion with no stated
// country travels for the country of the one accompanied.
function companions(doc: Doc, at: number[]): void {
  const { tokens } = doc;
  const personAfter = (k: number): Ent | undefined => {
    for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
      const m = doc.mentionAt[j];
      if (m?.ent.label === 'Person' && !m.inTitle) return m.ent;
      if (!doc.titleAt[j] && !['the', 'his', 'her', 'by'].includes(tokens[j]!.lower)) return undefined;
    }
    return undefined;
  };
  const personBefore = (k: number): Ent | undefined => {
    const s = doc.sentences[tokens[k]!.sentence]!;
    for (let j = k - 1; j >= Math.max(s.first, k - 40); j--) {
      const m = doc.mentionAt[j];
      if (m?.ent.label === 'Person' && !m.inTitle) return m.ent;
    }
    return undefined;
  };
  for (const k of at) {
    let companion: Ent | undefined;
    let lead: Ent | undefined;
    if (tokens[k]!.lower === 'accompanied') {
      companion = personAfter(k + 2);
      lead = personBefore(k);
    } else {
      lead = personAfter(k + 1);
      companion = personBefore(k);
    }
    if (companion && lead && companion !== lead && !companion.countries.size && lead.countries.size) for (const c of lead.countries) companion.countries.add(c);
  }
}

/** Languages whose naming culture uses one of these name tokens (family names, given names, endings). */
export function namingLanguages(tokens: string[]): string[] {
  const lex = lexicon();
  const langs: string[] = [];
  const last = tokens.length - 1;
  // A family name counts where its culture puts it: "Trần Hồng Hà" is Vietnamese (Trần first), not Korean (Hong inside).
  for (let i = 0; i <= last; i++) {
    const cultures = lex.namingNames.get(tokens[i]!);
    if (!cultures) continue;
    for (const c of cultures) {
      if (c.position !== 'any' && last > 0 && (c.position === 'first' ? i !== 0 : i !== last)) continue;
      addOnce(langs, c.lang);
      for (const l of c.alsoSpokenIn) addOnce(langs, l);
    }
  }
  const lastToken = tokens[last] ?? '';
  for (const { lang, suffix } of lex.namingSuffixes) if (lastToken.length > suffix.length + 2 && lastToken.endsWith(suffix)) addOnce(langs, lang);
  return langs;
}

// "President Masoud Pezeshkian ... the Iranian President's visit": a description with a nationality names the
// country of the one person whose same title the text left without one, and whose name no naming culture places.
function nationalityFromDescriptions(doc: Doc, groups: TitleGroup[]): void {
  const open = entsOf(doc, 'Person').filter((p) => p.countries.size === 0 && p.positions.some((x) => !x.target && x.body === 'state') && !namingLanguages(p.tokens!).length);
  if (!open.length) return;
  for (const g of groups) {
    if (!g.determiner || !g.nationality || g.titles.length !== 1 || doc.ownerAt[g.first]) continue;
    const title = g.titles[0]!.entry.text.toLowerCase();
    // "the Indian Prime Minister" after "Indian Prime Minister Narendra Modi": the one already known so.
    if (entsOf(doc, 'Person').some((p) => p.positions.some((x) => x.target === g.nationality && x.title.toLowerCase() === title))) continue;
    const holders = open.filter((p) => p.positions.some((x) => !x.target && x.title.toLowerCase() === title));
    if (holders.length === 1) holders[0]!.countries.add(g.nationality);
  }
}

// A list of a few languages in first-found order: an array search beats building a Set for each name.
function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

// A person with no stated country: the article's country that speaks their naming culture's language (they belong to
// it from now on), else the article's own country, which stands in only when nothing says otherwise: not for a
// Vietnamese name in a Chinese setting.
function countryByNaming(doc: Doc, p: Ent, languages: ArticleLanguages): Ent | undefined {
  const langs = namingLanguages(p.tokens!);
  const hits = languages.present.filter((_, i) => langs.some((l) => languages.spoken[i]!.includes(l)));
  if (hits.length === 1) {
    p.countries.add(hits[0]!);
    return hits[0];
  }
  return langs.length && !langs.some((l) => languages.home.includes(l)) ? undefined : doc.home;
}

/** The countries the article names, the languages each speaks, and those of the article's own country. */
interface ArticleLanguages {
  present: Ent[];
  spoken: string[][];
  home: string[];
}

function articleLanguages(doc: Doc): ArticleLanguages {
  const present = entsOf(doc, 'Country').filter((e) => e.mentions > 0);
  return { present, spoken: present.map(countryLanguages), home: doc.home ? countryLanguages(doc.home) : [] };
}

// The languages a country speaks (world-countries' codes), to match naming cultures; by country key, as there are few.
const languagesByCountry = new Map<string, string[]>();
function countryLanguages(country: Ent): string[] {
  let languages = languagesByCountry.get(country.key);
  if (!languages) {
    languages = lexicon().countries.get(country.key.slice(8).toUpperCase())?.languages ?? [];
    languagesByCountry.set(country.key, languages);
  }
  return languages;
}

function firstOf<T>(set: Set<T>): T | undefined {
  for (const item of set) return item;
  return undefined;
}
