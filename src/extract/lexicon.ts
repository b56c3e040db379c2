// Loads the lexicon data files (src/extract/lexicon/*.json) and the country dataset once, into lookup indexes.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fold, foldTokens } from '../names.js';
import { packagePath } from '../paths.js';
import type { RelationType } from '../schema/index.js';
import { PhraseIndex } from './phrases.js';

const require = createRequire(import.meta.url);
const read = <T>(name: string): T => JSON.parse(fs.readFileSync(packagePath('src', 'extract', 'lexicon', name), 'utf8')) as T;

export interface CountryInfo {
  code: string;
  name: string;
  subregion: string;
  languages: string[];
  /** The form of state its official name gives ("kingdom" for the Kingdom of Thailand), for "the Kingdom". */
  form: string | undefined;
}

export type Gazetteer =
  | { kind: 'country'; code: string; via: 'name' | 'demonym' }
  | { kind: 'place'; code: string | null }
  | { kind: 'region' }
  | { kind: 'org'; name: string }
  | { kind: 'party'; name: string; code: string }
  | { kind: 'form'; form: string };

export interface TitleEntry {
  text: string;
  body: 'party' | 'state' | 'org' | 'honorific';
  role?: string;
  plural?: boolean;
  royal?: boolean;
  partOfName?: boolean;
  /** A title only right before a name ("Secretary Enrique Manalo", not "Secretary of Organisation"). */
  beforeName?: boolean;
}

export interface TalksPattern {
  text: string;
  kind: 'with' | 'joint' | 'host' | 'call-on' | 'by-phone';
  phone?: boolean;
}

export type TriggerForm = 'verb' | 'noun' | 'phrase' | 'inverse';
export interface Trigger {
  type: RelationType;
  form: TriggerForm;
  objectAfter: string[];
}

export interface Lexicon {
  countries: Map<string, CountryInfo>;
  /** Folded adjective -> the states that share it, the usual one first ("korean" -> KOR, PRK). */
  sharedDemonyms: Map<string, string[]>;
  gazetteer: PhraseIndex<Gazetteer>;
  /** Abbreviations of known parties: every reading (CPC is China's or Cuba's). */
  partyAbbr: Map<string, { name: string; code: string }[]>;
  orgAbbr: Map<string, string>;
  partyWords: Set<string>;
  /** Place names as spelled with their diacritics, lower case (NFC): "huế" is not "Huệ". */
  placeSpellings: Set<string>;
  /** Folded full names of leaders long dead ("ho chi minh"): recalled, never the living actor a description names. */
  historicalLeaders: Set<string>;
  orgHeads: Set<string>;
  organs: PhraseIndex<'party' | 'state'>;
  titles: PhraseIndex<TitleEntry>;
  formerModifiers: Set<string>;
  currentModifiers: Set<string>;
  roles: PhraseIndex<string>;
  triggers: PhraseIndex<Trigger>;
  lightVerbs: Set<string>;
  /** "received (messages of) congratulations from X": X is the actor, the subject the object. */
  receiveVerbs: Set<string>;
  talks: PhraseIndex<TalksPattern>;
  words: {
    notNames: Set<string>;
    functionWords: Set<string>;
    personPronouns: Set<string>;
    pluralPronouns: Set<string>;
    skipBeforeVerb: Set<string>;
    passiveAux: Set<string>;
    adjunctStarters: Set<string>;
    verbs: Set<string>;
    complementPreps: Set<string>;
    clauseBreakers: Set<string>;
    relationshipNouns: Set<string>;
    particles: Set<string>;
    placeNouns: Set<string>;
    visitFiller: Set<string>;
    personNouns: Set<string>;
    deathNouns: Set<string>;
    orgNouns: Set<string>;
    diasporaNouns: Set<string>;
    portfolioWords: Set<string>;
    talksModifiers: Set<string>;
  };
  /** "the same day", "earlier in the day": an occasion on the date of the one told before. */
  sameDay: PhraseIndex<true>;
  /** "the next day": an occasion on the day after the one told before. */
  nextDay: PhraseIndex<true>;
  /** The last words of the sameDay and nextDay phrases ("day", "afternoon"): a cheap test before matching them backwards. */
  dayPhraseEnds: Set<string>;
  /** "In the view of X,": X is the sentence's subject. */
  speakerAdjuncts: PhraseIndex<true>;
  jointSubjects: PhraseIndex<true>;
  /** Folded family or given name -> the cultures that use it, and where in a name they put it. */
  namingNames: Map<string, { lang: string; position: 'first' | 'last' | 'any'; alsoSpokenIn: string[] }[]>;
  namingSuffixes: { lang: string; suffix: string }[];
}

let cached: Lexicon | undefined;

/** The lexicon, built on first use and shared by every extraction in the process. */
export function lexicon(): Lexicon {
  return (cached ??= build());
}

// Official names that make "the Kingdom", "the Sultanate" a reference to the country.
const STATE_FORM = /^(Kingdom|Sultanate|Principality|Grand Duchy|Islamic Republic) of /;

function build(): Lexicon {
  const gazetteer = new PhraseIndex<Gazetteer>();
  const placeSpellings = new Set<string>();
  const countries = new Map<string, CountryInfo>();
  const ov = read<{
    overrides: Record<string, { names?: string[]; demonyms?: string[]; display?: string }>;
    ignore: string[];
    sharedDemonyms: Record<string, string[]>;
    historicalStates: Record<string, { name: string; names: string[]; demonyms: string[] }>;
  }>('countries.json');
  const ignore = new Set(ov.ignore.map(fold));
  type WC = { cca3: string; name: { common: string; official: string }; altSpellings: string[]; demonyms?: { eng?: { m: string; f: string } }; capital?: string[]; region: string; subregion: string; languages?: Record<string, string>; independent?: boolean; unMember?: boolean };
  const dataset = require('world-countries') as WC[];
  const PLURAL_DEMONYM = /(?:an|i)$/;
  const latin = (s: string): boolean => /^[\p{Script=Latin}\s.'’,()-]+$/u.test(s);
  // The project's own spellings go in first: on equal matches the first entry wins ("American" is the US).
  for (const [code, o] of Object.entries(ov.overrides)) {
    for (const n of o.names ?? []) gazetteer.add(n, { kind: 'country', code, via: 'name' });
    for (const d of o.demonyms ?? []) gazetteer.add(d, { kind: 'country', code, via: 'demonym' });
  }
  for (const c of dataset) {
    const o = ov.overrides[c.cca3] ?? {};
    const langs = Object.keys(c.languages ?? {});
    const form = STATE_FORM.exec(c.name.official)?.[1];
    countries.set(c.cca3, { code: c.cca3, name: o.display ?? c.name.common, subregion: c.subregion, languages: langs, form: form?.toLowerCase() });
    if (form) gazetteer.add(form, { kind: 'form', form: form.toLowerCase() });
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3 && !a.includes(',') && latin(a))];
    for (const n of names) if (!ignore.has(fold(n))) gazetteer.add(n, { kind: 'country', code: c.cca3, via: 'name' });
    // Territories share their sovereign's adjective ("American" for the Northern Mariana Islands): only states keep theirs.
    if (c.independent === false) continue;
    const dem = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d);
    for (const d of dem) if (!ignore.has(fold(d))) gazetteer.add(d, { kind: 'country', code: c.cca3, via: 'demonym' });
    // "praised Ghanaians": the people, in the plural.
    for (const d of new Set(dem)) if (PLURAL_DEMONYM.test(d) && !ignore.has(fold(d))) gazetteer.add(`${d}s`, { kind: 'country', code: c.cca3, via: 'demonym' });
    for (const cap of c.capital ?? []) {
      gazetteer.add(cap, { kind: 'place', code: c.cca3 });
      placeSpellings.add(cap.normalize('NFC').toLowerCase());
    }
  }
  for (const [code, h] of Object.entries(ov.historicalStates)) {
    countries.set(code, { code, name: h.name, subregion: '', languages: [], form: undefined });
    for (const n of h.names) gazetteer.add(n, { kind: 'country', code, via: 'name' });
    for (const dem of h.demonyms) gazetteer.add(dem, { kind: 'country', code, via: 'demonym' });
  }
  const places = read<{ cities: Record<string, string>; regions: string[]; historical: Record<string, string | null> }>('places.json');
  for (const [city, code] of Object.entries(places.cities)) {
    gazetteer.add(city, { kind: 'place', code });
    placeSpellings.add(city.normalize('NFC').toLowerCase());
  }
  for (const r of places.regions) gazetteer.add(r, { kind: 'region' });
  for (const h of Object.keys(places.historical)) gazetteer.add(h, { kind: 'region' });

  const orgs = read<{ known: { name: string; abbr: string[]; aliases?: string[] }[]; heads: string[]; organs: string[] }>('organizations.json');
  const orgAbbr = new Map<string, string>();
  for (const o of orgs.known) {
    for (const n of [o.name, ...(o.aliases ?? [])]) gazetteer.add(n, { kind: 'org', name: o.name });
    for (const a of o.abbr) orgAbbr.set(a, o.name);
  }
  const parties = read<{ partyWords: string[]; known: { name: string; abbr: string[]; country: string; aliases?: string[] }[] }>('parties.json');
  const partyAbbr = new Map<string, { name: string; code: string }[]>();
  for (const p of parties.known) {
    gazetteer.add(p.name, { kind: 'party', name: p.name, code: p.country });
    for (const a of p.aliases ?? []) gazetteer.add(a, { kind: 'party', name: p.name, code: p.country });
    for (const a of p.abbr) partyAbbr.set(a, [...(partyAbbr.get(a) ?? []), { name: p.name, code: p.country }]);
  }

  const t = read<{ titles: { text: string; body: TitleEntry['body']; role?: string; plural?: string; royal?: boolean; beforeName?: boolean; partOfName?: boolean }[]; modifiers: { former: string[]; current: string[] }; organs: { party: string[]; state: string[] }; roles: { text: string; match: string }[] }>('titles.json');
  const titles = new PhraseIndex<TitleEntry>();
  for (const e of t.titles) {
    const entry: TitleEntry = { text: e.text, body: e.body, ...(e.role ? { role: e.role } : {}), ...(e.royal ? { royal: true } : {}), ...(e.beforeName ? { beforeName: true } : {}), ...(e.partOfName ? { partOfName: true } : {}) };
    titles.add(e.text, entry);
    if (e.plural) titles.add(e.plural, { ...entry, plural: true });
  }
  const organs = new PhraseIndex<'party' | 'state'>();
  for (const o of t.organs.party) organs.add(o, 'party');
  for (const o of t.organs.state) organs.add(o, 'state');
  const roles = new PhraseIndex<string>();
  for (const r of t.roles) roles.add(r.text, r.match);

  const tr = read<{ acts: { type: RelationType; verbs?: string[]; nouns?: string[]; phrases?: string[]; inverse?: string[]; objectAfter?: string[] }[]; lightVerbs: string[]; receiveVerbs: string[]; talks: { patterns: TalksPattern[] } }>('triggers.json');
  const triggers = new PhraseIndex<Trigger>();
  for (const a of tr.acts) {
    const objectAfter = a.objectAfter ?? [];
    for (const v of a.verbs ?? []) triggers.add(v, { type: a.type, form: 'verb', objectAfter });
    for (const n of a.nouns ?? []) triggers.add(n, { type: a.type, form: 'noun', objectAfter });
    for (const p of a.phrases ?? []) triggers.add(p, { type: a.type, form: 'phrase', objectAfter });
    for (const p of a.inverse ?? []) triggers.add(p, { type: a.type, form: 'inverse', objectAfter });
  }
  const talks = new PhraseIndex<TalksPattern>();
  for (const p of tr.talks.patterns) talks.add(p.text, p);

  const w = read<Record<string, string[] | Record<string, string[]>>>('words.json');
  const set = (k: string): Set<string> => new Set((w[k] as string[]).map((x) => x.toLowerCase()));
  const pron = w.pronouns as Record<string, string[]>;
  const sameDay = new PhraseIndex<true>();
  for (const p of w.sameDay as string[]) sameDay.add(p, true);
  const nextDay = new PhraseIndex<true>();
  for (const p of w.nextDay as string[]) nextDay.add(p, true);
  const speakerAdjuncts = new PhraseIndex<true>();
  for (const p of w.speakerAdjuncts as string[]) speakerAdjuncts.add(p, true);
  const jointSubjects = new PhraseIndex<true>();
  for (const j of w.jointSubjects as string[]) jointSubjects.add(j, true);

  const naming = read<{ cultures: { lang: string; position: 'first' | 'last' | 'any'; alsoSpokenIn?: string[]; names: string[]; suffixes?: string[] }[]; historicalLeaders: string[] }>('naming.json');
  const namingNames: Lexicon['namingNames'] = new Map();
  const namingSuffixes: { lang: string; suffix: string }[] = [];
  for (const c of naming.cultures) {
    for (const n of c.names) namingNames.set(fold(n), [...(namingNames.get(fold(n)) ?? []), { lang: c.lang, position: c.position, alsoSpokenIn: c.alsoSpokenIn ?? [] }]);
    for (const s of c.suffixes ?? []) namingSuffixes.push({ lang: c.lang, suffix: s });
  }

  return {
    countries,
    gazetteer,
    partyAbbr,
    orgAbbr,
    partyWords: new Set(parties.partyWords.map((x) => fold(x))),
    placeSpellings,
    historicalLeaders: new Set(naming.historicalLeaders.map((n) => foldTokens(n).join(' '))),
    sharedDemonyms: new Map(Object.entries(ov.sharedDemonyms).map(([d, codes]) => [fold(d), codes])),
    orgHeads: new Set(orgs.heads.map((x) => fold(x))),
    organs,
    titles,
    formerModifiers: new Set(t.modifiers.former),
    currentModifiers: new Set(t.modifiers.current),
    roles,
    triggers,
    lightVerbs: new Set(tr.lightVerbs),
    receiveVerbs: new Set(tr.receiveVerbs),
    talks,
    words: {
      notNames: set('notNames'),
      functionWords: set('functionWords'),
      personPronouns: new Set(pron.person),
      pluralPronouns: new Set(pron.plural),
      skipBeforeVerb: set('skipBeforeVerb'),
      passiveAux: set('passiveAux'),
      adjunctStarters: set('adjunctStarters'),
      verbs: set('verbs'),
      complementPreps: set('complementPreps'),
      clauseBreakers: set('clauseBreakers'),
      relationshipNouns: set('relationshipNouns'),
      particles: set('particles'),
      deathNouns: set('deathNouns'),
      orgNouns: set('orgNouns'),
      diasporaNouns: set('diasporaNouns'),
      portfolioWords: set('portfolioWords'),
      talksModifiers: set('talksModifiers'),
      placeNouns: set('placeNouns'),
      visitFiller: set('visitFiller'),
      personNouns: set('personNouns'),
    },
    sameDay,
    nextDay,
    dayPhraseEnds: new Set([...(w.sameDay as string[]), ...(w.nextDay as string[])].map((p) => p.split(' ').pop()!.toLowerCase())),
    speakerAdjuncts,
    jointSubjects,
    namingNames,
    namingSuffixes,
  };
}
