// Pass 3: countries, places, parties, organisations, abbreviations and numbered congresses, from the lexicons and patterns.
import { isAscii, slug } from '../names.js';
import { addMention, entsOf, newEnt, spanText, type Doc, type Ent, type Mention } from './doc.js';
import { lexicon } from './lexicon.js';
import { ACRONYM, NUMERIC_ORDINAL, ORDINAL, ORDINAL_WORDS, ORG_HEAD, PARTY, wordClasses } from './words.js';
import type { Token } from './text.js';

// Countries are named many times in every article: their keys are built once per code (the lexicons' few hundred).
const countryKeys = new Map<string, string>();

/** The country entity for an ISO alpha-3 code, created on first use. */
export function countryEnt(doc: Doc, code: string): Ent {
  let key = countryKeys.get(code);
  if (key === undefined) countryKeys.set(code, (key = `country:${code.toLowerCase()}`));
  return doc.byKey.get(key) ?? newEnt(doc, 'Country', key, lexicon().countries.get(code)?.name ?? code);
}

function partyEnt(doc: Doc, name: string, country?: Ent): Ent {
  const key = `party:${slug(name)}`;
  const ent = doc.byKey.get(key) ?? newEnt(doc, 'Party', key, name);
  if (country && !ent.country) ent.country = country;
  if (name.length > ent.name.length) ent.name = name;
  return ent;
}

function orgEnt(doc: Doc, name: string): Ent {
  const key = `org:${slug(name)}`;
  return doc.byKey.get(key) ?? newEnt(doc, 'Organization', key, name);
}

const free = (doc: Doc, i: number): boolean => !doc.mentionAt[i] && !doc.dateAt[i];
const isApostropheS = (t: Token | undefined): boolean => t?.text === "'s" || t?.text === '’s';

const PLACE_LEADS = new Set(['in', 'to', 'at', 'from', 'of', 'near', 'the', 'into', 'via', 'outside', 'across']);

// The texts of the words that end a run of capitalised words somewhere in the article ("Hue" of "Vuong Dinh Hue"),
// the word before being a name's, not the sentence's first word ("Visiting Hanoi"): one pass, made when first asked.
function nameEndings(doc: Doc): Set<string> {
  const { tokens } = doc;
  const functionWords = lexicon().words.functionWords;
  const ends = new Set<string>();
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (t.cap && !t.newline && prev.cap && prev.word && !prev.allCaps && tokens[k - 2]!.sentence === prev.sentence && !functionWords.has(prev.lower)) ends.add(t.text);
  }
  return ends;
}

/** Finds the named entities the lexicons and name patterns give; persons come later (persons.ts). */
export function findEntities(doc: Doc): void {
  const { tokens } = doc;
  const lex = lexicon();
  const { gazetteer, organs } = lex;
  const abbreviations = new Map<string, Ent>();
  const stateForms: { at: number; end: number; form: string }[] = [];
  let nameEnds: Set<string> | undefined;
  const shared: Mention[] = [];
  // Made once, not per token: a closure over the loop index would cost an allocation at every token.
  const endsCapitalised = (_v: 'party' | 'state', end: number): boolean => tokens[end - 1]!.cap;

  // Most sentences have no party, organisation head, acronym or ordinal: the passes for those skip them.
  for (const s of doc.sentences) {
    // Gazetteer: longest match of countries, places, regions, known organisations and parties. The loop steps from one
    // token that may start a gazetteer phrase to the next (bit tests): most tokens start none.
    for (let i = gazetteer.nextStart(tokens, s.first, s.last); i < s.last; i = gazetteer.nextStart(tokens, i + 1, s.last)) {
      const t = tokens[i]!;
      if (!t.word || !free(doc, i)) continue;
      const lead = t.fold === 'the' ? tokens[i + 1] : t;
      if (!lead?.cap) continue;
      const hit = gazetteer.match(tokens, i, s.last);
      if (!hit) continue;
      const v = hit.value;
      const prev = tokens[i - 1];
      // "Vương Đình Huệ" is a name, not the city of Huế: a place inside a run of capitalised words is not a place.
      if ((v.kind === 'place' || v.kind === 'region') && prev && i > s.first && prev.cap && prev.word && !doc.mentionAt[i - 1] && !lex.words.functionWords.has(prev.lower)) continue;
      // "Huệ" (a person) is not "Huế" (the city): a place written with diacritics must be written with its own.
      if (v.kind === 'place' && !isAscii(t.text) && !lex.placeSpellings.has(spanText(doc, i, hit.end).normalize('NFC').toLowerCase())) continue;
      // "Chairman Vuong Dinh Hue ... Hue visited China": a one-word place the article also writes as the end of a name
      // (asked only where no preposition or dateline says it is a place).
      if (v.kind === 'place' && hit.end === i + 1 && !t.allCaps && !PLACE_LEADS.has(prev?.lower ?? '') && (nameEnds ??= nameEndings(doc)).has(t.text)) continue;
      // "Spanish Socialist Workers' Party" is not the "Workers' Party": a known name inside a longer party name.
      if (v.kind === 'party' && prev?.cap && lex.partyWords.has(prev.fold) && free(doc, i - 1)) continue;
      // "US$2 billion" is money.
      if (v.kind === 'country' && tokens[hit.end]?.text === '$' && tokens[hit.end]!.start === tokens[hit.end - 1]!.end) continue;
      const first = t.fold === 'the' && v.kind !== 'region' ? i + 1 : i;
      if (v.kind === 'country') {
        const m = addMention(doc, countryEnt(doc, v.code), first, hit.end, v.via === 'demonym' ? 'demonym' : 'name');
        if (v.via === 'demonym' && lex.sharedDemonyms.has(t.fold)) shared.push(m);
      }
      else if (v.kind === 'org') addMention(doc, orgEnt(doc, v.name), first, hit.end, 'name');
      else if (v.kind === 'party') addMention(doc, partyEnt(doc, v.name, countryEnt(doc, v.code)), first, hit.end, 'name');
      else if (v.kind === 'form') {
        // "the Kingdom" (not "the Kingdom of ..."): resolved once the article's country is known.
        if (tokens[i - 1]?.fold === 'the' && tokens[hit.end]?.fold !== 'of') stateForms.push({ at: i, end: hit.end, form: v.form });
      }
      else for (let k = i; k < hit.end; k++) doc.placeAt[k] = v.kind === 'place' ? v.code : null;
      i = hit.end - 1;
    }
    if (doc.sentenceClasses[s.index]! & PARTY) findParties(doc, s.first, s.last, abbreviations);
    if (doc.sentenceClasses[s.index]! & ORG_HEAD) findOrganizations(doc, s.first, s.last, abbreviations);
    for (let i = organs.nextStart(tokens, s.first, s.last); i < s.last; i = organs.nextStart(tokens, i + 1, s.last)) {
      // An organ starts and ends with a capital, so lower-case tokens need no lookup.
      if (doc.mentionAt[i] || !tokens[i]!.cap) continue;
      const organ = organs.match(tokens, i, s.last, endsCapitalised);
      if (organ) for (let k = i; k < organ.end; k++) doc.organAt[k] = organ.value;
    }
  }
  for (const s of doc.sentences) if (doc.sentenceClasses[s.index]! & ACRONYM) resolveAbbreviations(doc, s.first, s.last, abbreviations);
  for (const s of doc.sentences) if (doc.sentenceClasses[s.index]! & ORDINAL) findCongresses(doc, s.first, s.last);
  if (shared.length) resolveSharedDemonyms(doc, shared);
  doc.mentions = doc.mentions.filter((m) => !m.removed);
  doc.home = homeCountry(doc);
  for (const f of stateForms) {
    const ent = countryOfForm(doc, f.form, f.at);
    if (ent) addMention(doc, ent, f.at, f.end, 'description');
  }
}

// "the Kingdom": the article's country if it is one, else the last one named before.
function countryOfForm(doc: Doc, form: string, at: number): Ent | undefined {
  const { countries } = lexicon();
  const formOf = (e: Ent): string | undefined => countries.get(e.key.slice('country:'.length).toUpperCase())?.form;
  if (doc.home && formOf(doc.home) === form) return doc.home;
  for (let k = at - 1; k >= 0; k--) {
    const m = doc.mentionAt[k];
    if (m?.ent.label === 'Country' && formOf(m.ent) === form) return m.ent;
  }
  return undefined;
}

// "Communist Party of Cuba", "Lao People's Revolutionary Party (LPRP)", "the Vietnamese Party" (a reference).
function findParties(doc: Doc, from: number, to: number, abbreviations: Map<string, Ent>): void {
  const { tokens } = doc;
  const lex = lexicon();
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!(wordClasses(t.form) & PARTY) || doc.mentionAt[i] || tokens[i + 1]?.fold === 'congress') continue;
    let start = i;
    let words = 0;
    let demonym: Ent | undefined;
    for (let k = i - 1; k >= from; k--) {
      const b = tokens[k]!;
      const m = doc.mentionAt[k];
      if (m && m.ent.label === 'Country' && m.first === k) {
        demonym = m.ent;
        start = k;
        continue;
      }
      if (m) break;
      if (isApostropheS(b) || b.text === "'" || b.text === '’') continue;
      if (b.cap && lex.partyWords.has(b.fold) && b.fold !== 'party') {
        words++;
        start = k;
        continue;
      }
      break;
    }
    let end = i + 1;
    let ofCountry: Ent | undefined;
    const j = tokens[end]?.fold === 'of' ? (tokens[end + 1]?.fold === 'the' ? end + 2 : end + 1) : -1;
    const after = j > 0 ? doc.mentionAt[j] : undefined;
    if (after && after.ent.label === 'Country' && after.first === j) {
      ofCountry = after.ent;
      end = after.last;
    }
    // "the Communist Party and State of Cuba": the party of the country named after the coordination.
    const trailing = !ofCountry ? countryAfterCoordination(doc, end, to) : undefined;
    if (trailing) {
      doc.partyRefs.push({ first: start, last: i + 1, country: trailing });
      continue;
    }
    // "National Citizen Party (NCP)": capitalised words the abbreviation after spells out.
    if (!words && !ofCountry && !demonym) {
      const spelt = spelledOutStart(doc, i, from);
      if (spelt < i) {
        start = spelt;
        words = i - spelt;
      }
    }
    if (!words && !ofCountry) {
      // "the Vietnamese Party": the party of that country, named later once the article's parties are known.
      if (demonym && start < i) doc.partyRefs.push({ first: start, last: i + 1, country: demonym });
      continue;
    }
    for (let k = start; k < end; k++) {
      const m = doc.mentionAt[k];
      if (m) m.inTitle = true;
    }
    // "Communist Party of Nepal (Unified Marxist-Leninist)": a parenthetical of capitalised words is part of the name.
    end = nameParenthetical(doc, end, to);
    const country = ofCountry ?? demonym;
    const name = canonicalPartyName(doc, start, end);
    const ent = partyEnt(doc, name, country);
    replaceSpan(doc, start, end);
    addMention(doc, ent, start, end, 'name');
    defineAbbreviation(doc, ent, end, abbreviations);
    i = end - 1;
  }
}

function countryAfterCoordination(doc: Doc, from: number, to: number): Ent | undefined {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    const t = doc.tokens[k]!.lower;
    if (t === 'of') {
      const m = doc.mentionAt[doc.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1];
      return m?.ent.label === 'Country' ? m.ent : undefined;
    }
    if (!['and', ',', 'state', 'people', 'government'].includes(t)) return undefined;
  }
  return undefined;
}

// Country names inside a party name are spelled the dataset's way in the key ("Communist Party of Việt Nam" = "... of Vietnam").
function canonicalPartyName(doc: Doc, first: number, last: number): string {
  const parts: string[] = [];
  for (let k = first; k < last; k++) {
    const m = doc.mentionAt[k];
    if (m && m.ent.label === 'Country' && m.via === 'name') {
      parts.push(m.ent.name);
      k = m.last - 1;
    } else parts.push(doc.tokens[k]!.text);
  }
  return parts.join(' ').replace(/ (['’]s?)(?= |$)/g, '$1').replace(/ ([’']) /g, '$1 ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

// The token after "(Unified Marxist-Leninist)" at k: capitalised words, not an abbreviation; else k.
function nameParenthetical(doc: Doc, k: number, to: number): number {
  const { tokens } = doc;
  if (tokens[k]?.text !== '(') return k;
  let j = k + 1;
  while (j < Math.min(to, k + 7) && tokens[j]!.text !== ')' && (tokens[j]!.cap || tokens[j]!.text === '-')) j++;
  const words = j - k - 1;
  const abbreviation = words === 1 && !/\p{Ll}/u.test(tokens[k + 1]!.text);
  return tokens[j]?.text === ')' && words >= 1 && !abbreviation ? j + 1 : k;
}

// Where the capitalised words before token i start when the abbreviation after i spells them out with it ("National
// Citizen Party (NCP)"); i itself if it does not.
function spelledOutStart(doc: Doc, i: number, from: number): number {
  const { tokens } = doc;
  if (tokens[i + 1]?.text !== '(' || tokens[i + 3]?.text !== ')') return i;
  const abbr = tokens[i + 2]!.text;
  let k = i;
  while (k > from && k > i - 4 && tokens[k - 1]!.cap && tokens[k - 1]!.word && !doc.mentionAt[k - 1]) k--;
  for (let start = k; start < i; start++) {
    let initials = '';
    for (let j = start; j <= i; j++) initials += tokens[j]!.text[0];
    if (initials === abbr) return start;
  }
  return i;
}

// Removes mentions nested in a span that is about to become one larger mention.
function replaceSpan(doc: Doc, first: number, last: number): void {
  for (let k = first; k < last; k++) {
    const m = doc.mentionAt[k];
    if (m && !m.inTitle && !m.removed) {
      m.removed = true;
      m.ent.mentions--;
      m.ent.at.splice(m.ent.at.indexOf(m.first), 1);
    }
    doc.mentionAt[k] = undefined;
  }
}

// "the Korean leader" in an article that names the DPRK and not South Korea: the adjective is the named state's.
function resolveSharedDemonyms(doc: Doc, shared: Mention[]): void {
  const namedByName = (code: string): boolean => doc.mentions.some((m) => !m.removed && m.via === 'name' && m.ent === doc.byKey.get(`country:${code.toLowerCase()}`));
  for (const m of shared) {
    const codes = lexicon().sharedDemonyms.get(doc.tokens[m.first]!.fold)!;
    if (m.removed || namedByName(codes[0]!)) continue;
    const other = codes.slice(1).find(namedByName);
    if (!other) continue;
    replaceSpan(doc, m.first, m.last);
    addMention(doc, countryEnt(doc, other), m.first, m.last, 'demonym');
  }
}

// "(CPV)" right after a full name makes CPV an alias of it for the whole article.
function defineAbbreviation(doc: Doc, ent: Ent, at: number, abbreviations: Map<string, Ent>): void {
  const { tokens } = doc;
  if (tokens[at]?.text !== '(' || tokens[at + 2]?.text !== ')') return;
  const a = tokens[at + 1]!;
  if (!/^[\p{Lu}][\p{L}\p{N}-]{1,9}$/u.test(a.text) || !/\p{Lu}.*\p{Lu}/u.test(a.text)) return;
  abbreviations.set(a.text, ent);
  (ent.abbreviations ??= new Set()).add(a.text);
}

// "Inter-Parliamentary Union (IPU)", "ASEAN Inter-Parliamentary Assembly": capitalised phrases ending in an organisation word.
function findOrganizations(doc: Doc, from: number, to: number, abbreviations: Map<string, Ent>): void {
  const { tokens } = doc;
  const lex = lexicon();
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // "the Soviet Union": a historical state or region the gazetteer knows is no organisation.
    if (!(wordClasses(t.form) & ORG_HEAD) || doc.mentionAt[i] || doc.placeAt[i] !== undefined) continue;
    let start = i;
    for (let k = i - 1; k >= from; k--) {
      const b = tokens[k]!;
      if (!b.cap || doc.mentionAt[k]?.ent.label === 'Party' || doc.titleAt[k]) break;
      if (k === from && lex.words.notNames.has(b.fold) && !lex.orgHeads.has(b.fold)) break;
      if (['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this'].includes(b.fold)) break;
      start = k;
    }
    if (start === i) continue;
    // "ASEAN Community Vision 2045": the capitalised name goes on past the head (and not into a title), so it names
    // something else, a plan or a document.
    const next = tokens[i + 1];
    if (next?.cap && next.word && !next.allCaps && !doc.mentionAt[i + 1] && !(wordClasses(next.form) & ORG_HEAD) && !lex.titles.match(tokens, i + 1)) continue;
    // "National Assembly", "State Council": organs of a state, not organisations of their own.
    const organ = lex.organs.match(tokens, i - 1, i + 1) ?? lex.organs.match(tokens, i, i + 1);
    if (organ) {
      for (let k = start; k <= i; k++) if (!doc.mentionAt[k]) doc.organAt[k] = organ.value;
      continue;
    }
    const end = spelledOutEnd(doc, start, i, to);
    replaceSpan(doc, start, end);
    const ent = orgEnt(doc, spanText(doc, start, end));
    addMention(doc, ent, start, end, 'name');
    defineAbbreviation(doc, ent, end, abbreviations);
    i = end - 1;
  }
}

// "Economic Community of West African States (ECOWAS)", "South Asian Association for Regional Cooperation (SAARC)":
// the name goes on after its head word through "of" or "for" when the abbreviation after spells it all out.
function spelledOutEnd(doc: Doc, start: number, head: number, to: number): number {
  const { tokens } = doc;
  if (tokens[head + 1]?.lower !== 'of' && tokens[head + 1]?.lower !== 'for') return head + 1;
  let j = head + 2;
  while (j < Math.min(to, head + 10) && ((tokens[j]!.cap && tokens[j]!.word) || LINKS.has(tokens[j]!.lower))) j++;
  if (tokens[j]?.text !== '(' || tokens[j + 2]?.text !== ')') return head + 1;
  const abbr = tokens[j + 1]!.text.toUpperCase();
  let capitals = '';
  let all = '';
  for (let k = start; k < j; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    all += t.text[0]!.toUpperCase();
    if (t.cap) capitals += t.text[0];
  }
  return abbr === capitals || abbr === all ? j : head + 1;
}
const LINKS = new Set(['of', 'for', 'and', 'the']);

// Acronyms not spelled out in the article: the article's own definitions first, then the lexicon (CPC decided by the article's countries).
function resolveAbbreviations(doc: Doc, from: number, to: number, abbreviations: Map<string, Ent>): void {
  const { tokens } = doc;
  const lex = lexicon();
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (doc.mentionAt[i] || !(wordClasses(t.form) & ACRONYM)) continue;
    if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && doc.mentionAt[i - 2]) continue;
    let ent = abbreviations.get(t.text) ?? partyByInitials(doc, t.text);
    if (!ent && lex.orgAbbr.has(t.text)) ent = orgEnt(doc, lex.orgAbbr.get(t.text)!);
    if (!ent) {
      const readings = lex.partyAbbr.get(t.text) ?? [];
      const present = readings.filter((r) => (doc.byKey.get(`country:${r.code.toLowerCase()}`)?.mentions ?? 0) > 0);
      // Only a party of a country the article names: "AKP" in "(AKP) —" is Cambodia's news agency, not Türkiye's party.
      const pick = present.length === 1 ? present[0] : undefined;
      if (pick) ent = partyEnt(doc, pick.name, countryEnt(doc, pick.code));
    }
    if (ent) addMention(doc, ent, i, i + 1, 'abbreviation');
  }
}

// "CPC" after "Communist Party of Cuba" in the same article: the initials of a party named in full.
function partyByInitials(doc: Doc, abbr: string): Ent | undefined {
  const hits = entsOf(doc, 'Party').filter((e) => e.mentions > 0 && initials(e.name) === abbr);
  return hits.length === 1 ? hits[0] : undefined;
}

// Party names recur from article to article: their initials are worked out once (a bounded cache).
const initialsOf = new Map<string, string>();
function initials(name: string): string {
  let abbr = initialsOf.get(name);
  if (abbr === undefined) {
    abbr = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initialsOf.size > 10_000) initialsOf.clear();
    initialsOf.set(name, abbr);
  }
  return abbr;
}

// "the 14th National Congress of the CPV", "its 12th National Congress", "the CPV's 14th congress".
function findCongresses(doc: Doc, from: number, to: number): void {
  const { tokens } = doc;
  for (let i = from; i < to; i++) {
    if (!(wordClasses(tokens[i]!.form) & ORDINAL) || doc.mentionAt[i]) continue;
    let j = i + 1;
    while (j < to && ['national', 'party'].includes(tokens[j]!.fold) && tokens[j]!.cap) j++;
    if (tokens[j]?.fold !== 'congress') continue;
    // The number only now: most ordinals ("first", "second") are followed by no congress.
    const ordinal = ordinalOf(tokens[i]!);
    if (!ordinal) continue;
    let end = j + 1;
    let party: Ent | undefined;
    const ofAt = tokens[end]?.fold === 'of' ? (tokens[end + 1]?.fold === 'the' ? end + 2 : end + 1) : -1;
    const ofMention = ofAt > 0 ? doc.mentionAt[ofAt] : undefined;
    if (ofMention?.ent.label === 'Party') {
      party = ofMention.ent;
      end = ofMention.last;
    }
    const before = doc.mentionAt[i - 2];
    if (!party && before?.ent.label === 'Party' && before.possessive) party = before.ent;
    if (!party) party = nearestParty(doc, i);
    if (!party) continue;
    // The congress's name and its forms after each name of the party.
    const congressOf = `${ordinalText(ordinal)} National Congress of the `;
    const key = `event:congress:${party.key.replace(/^party:/, '')}-${ordinal}`;
    const ent = doc.byKey.get(key) ?? newCongress(doc, key, congressOf + party.name, ordinal, party);
    if (ofMention?.ent === party) ofMention.inTitle = true;
    addMention(doc, ent, i, end, 'name');
    for (const abbr of party.abbreviations ?? []) ent.forms.set(congressOf + abbr, 0);
    for (const form of party.forms.keys()) ent.forms.set(congressOf + form, 0);
    i = end - 1;
  }
}

function newCongress(doc: Doc, key: string, name: string, ordinal: number, party: Ent): Ent {
  const ent = newEnt(doc, 'Event', key, name);
  ent.kind = 'congress';
  ent.ordinal = ordinal;
  ent.party = party;
  return ent;
}

// The party a congress belongs to when the text does not say: the nearest party named before it.
function nearestParty(doc: Doc, at: number): Ent | undefined {
  // Within the last few sentences; further back the article's most mentioned party.
  const from = doc.sentences[Math.max(0, doc.tokens[at]!.sentence - 3)]!.first;
  for (let k = at - 1; k >= from; k--) {
    const m = doc.mentionAt[k];
    if (m?.ent.label === 'Party') return m.ent;
  }
  return [...entsOf(doc, 'Party')].sort((a, b) => b.mentions - a.mentions)[0];
}

// The number of an ORDINAL token.
function ordinalOf(t: Token): number {
  const word = ORDINAL_WORDS.indexOf(t.fold);
  return word >= 0 ? word + 1 : Number(NUMERIC_ORDINAL.exec(t.fold)![1]);
}

function ordinalText(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

// The article's country: the dateline city's country if the article names it, else the most mentioned country.
function homeCountry(doc: Doc): Ent | undefined {
  const counts = new Map<Ent, number>();
  for (const m of doc.mentions) if (m.ent.label === 'Country') counts.set(m.ent, (counts.get(m.ent) ?? 0) + 1);
  // The dateline opens the first sentence, or the second after a headline.
  for (const s of doc.sentences.slice(0, 2)) {
    for (let k = s.first; k < Math.min(s.last, s.first + 6); k++) {
      const code = doc.placeAt[k];
      // "HAVANA —", and "Havana, Jun 3 (Prensa Latina)" opening the sentence.
      const datelineForm = doc.tokens[k]!.allCaps || (k === s.first && doc.tokens[k + 1]?.text === ',' && !!doc.dateAt[k + 2]);
      // "KUWAIT, Sept 2 (KUNA)", "SINGAPORE —": a capital spelt as its country is the country's mention.
      const named = doc.mentionAt[k]?.ent.label === 'Country' ? doc.mentionAt[k]!.ent : undefined;
      const ent = !datelineForm ? undefined : code ? doc.byKey.get(`country:${code.toLowerCase()}`) : named;
      if (ent && counts.has(ent)) return ent;
    }
  }
  // The most mentioned; of equals, the first mentioned.
  let home: Ent | undefined;
  let most = 0;
  for (const [ent, n] of counts) {
    if (n > most) {
      home = ent;
      most = n;
    }
  }
  return home;
}
