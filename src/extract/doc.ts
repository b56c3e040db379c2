// The working state of one article's extraction, shared by the ordered passes (01-text ... 07-record).
import type { Article } from '../corpus/index.js';
import type { EventKind, RelationType, TalksMode } from '../schema/index.js';
import { spellingKey } from '../names.js';
import { isPossessive, type Sentence, type Token } from './text.js';

export type Label = 'Person' | 'Party' | 'Country' | 'Organization' | 'Event';
export type Via = 'name' | 'alias' | 'abbreviation' | 'demonym' | 'pronoun' | 'description';

/** A position a person holds: the title as written and the body it belongs to. */
export interface Position {
  title: string;
  /** The body; missing until resolved from the person's country when the text names none. */
  target?: Ent;
  /** Which kind of body to look for when the text names none. */
  body?: 'party' | 'state' | 'org';
  /** "Wong ... since succeeding Lee as Prime Minister": for Lee's office, the successor, whose country it is. */
  successor?: Ent;
  /** The body is the article's country for want of any other sign (a bare title, a name no naming culture knows). */
  guessed?: boolean;
  former: boolean;
  first: number;
  last: number;
}

/** An entity of the article (resolved within it). */
export interface Ent {
  /** 1, 2, ... in creation order: indexes per-article arrays (doc.ents[id - 1]). */
  id: number;
  label: Label;
  key: string;
  name: string;
  forms: Map<string, number>;
  mentions: number;
  /** Token range of the first mention, for evidence. */
  firstAt?: { first: number; last: number };
  /** Start tokens of its mentions, ascending. */
  at: number[];
  /** Person: folded name tokens. */
  tokens?: string[];
  /** Person: countries they serve or belong to (from titles, 'his Cuban counterpart', naming culture). */
  countries: Set<Ent>;
  positions: Position[];
  /** Person: role classes for descriptions (head-of-state, minister, diplomat, party, ...). */
  roles: Set<string>;
  deceased?: boolean;
  /** Party or organisation: the country it belongs to. */
  country?: Ent;
  /** Party: abbreviations defined for it in this article. */
  abbreviations?: Set<string>;
  kind?: EventKind;
  mode?: TalksMode;
  date?: string;
  ordinal?: number;
  party?: Ent;
  participants?: Ent[];
  place?: Ent;
}

/** A span of tokens that names an entity. */
export interface Mention {
  ent: Ent;
  first: number;
  last: number;
  via: Via;
  /** Followed by 's. */
  possessive: boolean;
  /** Part of a title or apposition of a person (not an argument of an act). */
  inTitle?: boolean;
  /** Replaced by a larger mention (a country inside a party name); dropped from the record. */
  removed?: boolean;
}

export interface DateSpan {
  first: number;
  last: number;
  date: string;
}

/** A relation found in the text, before ids are assigned. */
export interface Rel {
  type: RelationType;
  subject: Ent;
  object: Ent;
  date?: string;
  title?: string;
  former?: boolean;
  occasion?: Ent;
  cameo?: string;
  /** Token range the evidence offsets cover. */
  first: number;
  last: number;
}

export interface Doc {
  article: Article;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** The word classes of each sentence's tokens (words.ts): passes skip sentences with nothing for them. */
  sentenceClasses: number[];
  ents: Ent[];
  mentions: Mention[];
  /** Token index -> the mention covering it. */
  mentionAt: (Mention | undefined)[];
  /** Token index -> the person a title or apposition token belongs to. */
  ownerAt: (Ent | undefined)[];
  /** Token index -> a title phrase covers it (even before its person is known). */
  titleAt: boolean[];
  /** Token index -> a party or state organ covers it ("Central Committee"). */
  organAt: ('party' | 'state' | undefined)[];
  dateAt: (DateSpan | undefined)[];
  /** Token index -> a place: a country code for cities, null for regions. */
  placeAt: (string | null | undefined)[];
  /** "the Vietnamese Party": spans naming the party of a country, resolved once the article's parties are known. */
  partyRefs: { first: number; last: number; country: Ent }[];
  dates: DateSpan[];
  relations: Rel[];
  /** Entities by key and by label, and persons by name token: indexes so no pass scans every entity. */
  byKey: Map<string, Ent>;
  byLabel: Map<Label, Ent[]>;
  personsByToken: Map<string, Ent[]>;
  /** Persons introduced as "visiting" ("received visiting Vietnamese Prime Minister X"), with where. */
  visitors: Map<Ent, { first: number; last: number }>;
  /** The country the article is set in, for bare state titles. */
  home?: Ent;
  nextId: number;
}

/** A fresh entity with empty person fields; the optional fields are present (undefined) so every entity has one object shape. */
export function newEnt(doc: Doc, label: Label, key: string, name: string): Ent {
  const ent: Ent = {
    id: ++doc.nextId, label, key, name, forms: new Map(), mentions: 0, firstAt: undefined, at: [], tokens: undefined, countries: new Set(), positions: [], roles: new Set(),
    deceased: undefined, country: undefined, abbreviations: undefined, kind: undefined, mode: undefined, date: undefined, ordinal: undefined, party: undefined, participants: undefined, place: undefined,
  };
  doc.ents.push(ent);
  if (!doc.byKey.has(key)) doc.byKey.set(key, ent);
  const same = doc.byLabel.get(label);
  if (same) same.push(ent);
  else doc.byLabel.set(label, [ent]);
  return ent;
}

/** Entities of one label, in creation order. */
export function entsOf(doc: Doc, label: Label): Ent[] {
  return doc.byLabel.get(label) ?? [];
}

/** Indexes a person's name tokens (call again when the name grows). */
export function indexPerson(doc: Doc, p: Ent): void {
  for (const t of p.tokens ?? []) {
    addToIndex(doc, t, p);
    // Also under its spelling key, which lookups of other spellings use ("Tokaev" for "Tokayev").
    const key = spellingKey(t);
    if (key !== t) addToIndex(doc, key, p);
  }
}

function addToIndex(doc: Doc, token: string, p: Ent): void {
  const list = doc.personsByToken.get(token) ?? [];
  if (!list.includes(p)) list.push(p);
  doc.personsByToken.set(token, list);
}

/** Index of the first element of a sorted number array that is >= x. */
export function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The start of the entity's last mention before token `before`, or -1. */
export function lastMentionBefore(ent: Ent, before: number): number {
  const i = lowerBound(ent.at, before);
  return i > 0 ? ent.at[i - 1]! : -1;
}

/** Records a mention span and indexes its tokens. */
export function addMention(doc: Doc, ent: Ent, first: number, last: number, via: Via): Mention {
  const possessive = isPossessive(doc.tokens, last);
  const m: Mention = { ent, first, last, via, possessive, inTitle: false, removed: false };
  doc.mentions.push(m);
  for (let k = first; k < last; k++) doc.mentionAt[k] = m;
  ent.mentions++;
  // Mentions mostly come in text order: appended, no search.
  if (!ent.at.length || ent.at[ent.at.length - 1]! < first) ent.at.push(first);
  else ent.at.splice(lowerBound(ent.at, first), 0, first);
  if (via !== 'pronoun' && via !== 'description') {
    const surface = spanText(doc, first, last);
    ent.forms.set(surface, (ent.forms.get(surface) ?? 0) + 1);
  }
  if (!ent.firstAt || first < ent.firstAt.first) ent.firstAt = { first, last };
  return m;
}

/** The article text covered by tokens [first, last). */
export function spanText(doc: Doc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last - 1]!.end);
}

const DATELINE_DASHES = new Set(['—', '–', '-']);

/**
 * A sentence that opens with a dateline ("BANGKOK —", "MANILA (Reuters) -", "BEIJING, Nov. 9 (Xinhua) -"): where its
 * text starts, past the dash, or -1. The place is the run of all-caps words at the sentence start; the dash (past a
 * date and an agency in brackets) is what makes it a dateline.
 */
export function datelineBodyStart(doc: Doc, s: Sentence): number {
  let k = s.first;
  while (k < s.last && doc.tokens[k]!.allCaps) k++;
  if (k === s.first) {
    // "Phnom Penh, April 17 (AKP) —": a place not in capitals, then its date.
    while (k < s.last && doc.placeAt[k] !== undefined) k++;
    if (k === s.first || doc.tokens[k]?.text !== ',' || !doc.dateAt[k + 1]) return -1;
  }
  // "BEIJING, Nov. 9 (Xinhua) --": a date after the place.
  if (doc.tokens[k]?.text === ',' && doc.dateAt[k + 1]) {
    k++;
    while (k < s.last && (doc.dateAt[k] || doc.tokens[k]!.text === '.')) k++;
  }
  if (doc.tokens[k]?.text === '(') {
    const close = k + 6;
    while (k < Math.min(s.last, close) && doc.tokens[k]!.text !== ')') k++;
    k++;
  }
  return DATELINE_DASHES.has(doc.tokens[k]?.text ?? '') ? k + 1 : -1;
}

/** Token `at` opens its sentence, or the body after its dateline. */
export function opensSentence(doc: Doc, at: number): boolean {
  const s = doc.sentences[doc.tokens[at]!.sentence]!;
  return at === s.first || at === datelineBodyStart(doc, s);
}

/** The article's dateline sentence: the first, or the second when a headline comes first. */
export function datelineSentence(doc: Doc): Sentence | undefined {
  return doc.sentences.slice(0, 2).find((s) => datelineBodyStart(doc, s) >= 0);
}
