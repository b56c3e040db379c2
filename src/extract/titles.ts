// Pass 4a: title phrases with their modifiers and the body each title belongs to ("First Secretary of the CPC Central Committee and President of Cuba").
import type { Doc, Ent, Mention } from './doc.js';
import { lexicon, type TitleEntry } from './lexicon.js';
import { isPossessive } from './text.js';
import { NAME_WORD, tokenClasses } from './words.js';

/** One title as written, with the body it names (if the text names one). */
export interface TitleUse {
  entry: TitleEntry;
  first: number;
  last: number;
  target: Ent | undefined;
  /** The title passes through an organ of this kind with no owner named ("Chairman of the National Assembly"). */
  organ: 'party' | 'state' | undefined;
  /** "President of the CPP and former Prime Minister": this title of the group is a former one. */
  former?: boolean;
}

/** Titles joined by "and" or commas, with what stands before them. */
export interface TitleGroup {
  first: number;
  last: number;
  titles: TitleUse[];
  /** "Russian President", "Cambodia's Deputy Prime Minister": the country the titles belong to. */
  nationality: Ent | undefined;
  former: boolean;
  plural: boolean;
  /** A determiner stands before the group ("the Cuban leader"): a description, unless a name follows. */
  determiner: boolean;
}

const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'founding']);
const FILLER = new Set(['at', 'the', 'time', 'also', 'then', 'concurrently', 'currently', 'now', 'as', 'well']);
const ORDINAL_NUMBER = /^\d+(st|nd|rd|th)$/;
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'a', 'an']);

// "Hassan Sheikh Mohamud": an honorific between two words of a name is part of it.
function inName(doc: Doc, use: TitleUse, from: number): boolean {
  const prev = doc.tokens[use.first - 1];
  return (
    use.entry.body === 'honorific' &&
    use.first > from &&
    !!prev?.cap &&
    prev.word &&
    !doc.titleAt[use.first - 1] &&
    !doc.mentionAt[use.first - 1] &&
    !lexicon().words.notNames.has(prev.fold) &&
    !!doc.tokens[use.last]?.cap
  );
}

/** Finds every title group in the article, in order. */
export function findTitleGroups(doc: Doc): TitleGroup[] {
  const groups: TitleGroup[] = [];
  const { titles } = lexicon();
  for (const s of doc.sentences) {
    for (let i = titles.nextStart(doc.tokens, s.first, s.last); i < s.last; i = titles.nextStart(doc.tokens, i + 1, s.last)) {
      const use = matchTitle(doc, i, s.last);
      if (!use || inName(doc, use, s.first)) continue;
      // "His Majesty King X": an honorific before a title opens the title's group.
      const titled = use.entry.body === 'honorific' ? matchTitle(doc, use.last, s.last) : undefined;
      const opened = titled && titled.entry.body !== 'honorific';
      const group = parseGroup(doc, opened ? titled : use, s.first, s.last);
      group.first = Math.min(group.first, use.first);
      // Kept, so "His Majesty" standing alone later is known to be his.
      if (opened) group.titles.unshift(use);
      // "Saudi Foreign Minister Prince Faisal", "Foreign Minister Senator Ishaq Dar": an honorific, or a title only
      // ever written right before a name, right after a title belongs to the same group.
      // "Supreme Leader of Iran Ayatollah Seyed Ali Khamenei": as many as there are.
      for (let honorific = matchTitle(doc, group.last, s.last); honorific && (honorific.entry.body === 'honorific' || honorific.entry.beforeName); honorific = matchTitle(doc, group.last, s.last)) {
        group.last = honorific.last;
        group.titles.push(honorific);
      }
      groups.push(group);
      for (let k = group.first; k < group.last; k++) {
        const m = doc.mentionAt[k];
        if (m) m.inTitle = true;
        else doc.titleAt[k] = true;
      }
      i = group.last - 1;
    }
  }
  return groups;
}

// Former modifiers, those written with a hyphen ("ex-") also by their stem: one lookup, no string built per token.
let formerWords: Set<string> | undefined;
function isFormerModifier(lower: string): boolean {
  formerWords ??= new Set([...lexicon().formerModifiers].flatMap((m) => (m.endsWith('-') ? [m, m.slice(0, -1)] : [m])));
  return formerWords.has(lower);
}

const lowerCaseEntry = (v: TitleEntry): boolean => v.text[0] === v.text[0]!.toLowerCase();

// KCNA, Xinhua and AP write a title after a name in lower case ("Choe Son Hui, minister of Foreign Affairs of the DPRK",
// "Sergei Lavrov, the Russian foreign minister"): it is a title when its body follows it or a nationality precedes it.
function lowerCaseTitle(doc: Doc, i: number, end: number): boolean {
  const { tokens } = doc;
  const before = doc.mentionAt[i - 1];
  if (before?.ent.label === 'Country' && before.via === 'demonym') return true;
  // "together with foreign minister Hossein Amir-Abdollahian", "his foreign minister, Hossein Amir-Abdollahian".
  const name = tokens[end]?.text === ',' && DETERMINERS.has(tokens[i - 1]?.lower ?? '') ? end + 1 : end;
  if ((tokenClasses(tokens[name]) & NAME_WORD) !== 0 && !doc.mentionAt[name]) return true;
  if (tokens[end]?.lower !== 'of') return false;
  const k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const m = doc.mentionAt[k];
  return m ? m.ent.label !== 'Person' && m.ent.label !== 'Event' : !!doc.organAt[k];
}

function matchTitle(doc: Doc, i: number, limit: number): TitleUse | undefined {
  const t = doc.tokens[i];
  if (!t || i >= limit || !t.word || doc.mentionAt[i] || doc.dateAt[i]) return undefined;
  // Capitalised titles must be written with a capital; lower-case lexicon entries ("head", "envoy") match either way.
  const hit = lexicon().titles.match(doc.tokens, i, limit, t.cap ? undefined : (v, end) => lowerCaseEntry(v) || lowerCaseTitle(doc, i, end));
  if (!hit) return undefined;
  // Lower-case "leader" is a title only with its body ("as leader of the CPC")...
  // ... or right before a name ("Cuban leader Raúl Castro").
  const next = doc.tokens[hit.end];
  const nameNext = !!next?.cap && next.word && !next.allCaps;
  if (hit.value.body === 'honorific' && !t.cap && next?.lower !== 'of' && !nameNext) return undefined;
  if (hit.value.beforeName && !nameNext) return undefined;
  return { entry: hit.value, first: i, last: hit.end, target: undefined, organ: undefined };
}

function parseGroup(doc: Doc, head: TitleUse, from: number, to: number): TitleGroup {
  const lex = lexicon();
  const { tokens } = doc;
  let first = head.first;
  let former = false;
  let nationality: Ent | undefined;
  let party: Ent | undefined;
  // Before the title: modifiers (former, newly elected), a nationality or a possessive country.
  for (let k = head.first - 1; k >= from && k >= head.first - 5; k--) {
    const t = tokens[k]!;
    const possessive = isPossessive(tokens, k);
    const m = doc.mentionAt[possessive ? k - 1 : k];
    if (m && m.ent.label === 'Country') {
      nationality = m.ent;
      first = m.first;
      k = m.first;
      continue;
    }
    if (m && (m.ent.label === 'Party' || m.ent.label === 'Organization')) {
      // "Cambodian People's Party (CPP) President Hun Sen", "European Commission President ...": that body's office.
      party = m.ent;
      first = m.first;
      k = m.first;
      continue;
    }
    // "Cambodian People's Party (CPP) President", "National Assembly (NA) Chairman".
    if (t.text === ')' && doc.tokens[k - 2]?.text === '(' && (['Party', 'Organization'].includes(doc.mentionAt[k - 3]?.ent.label ?? '') || doc.organAt[k - 3])) {
      k -= 2;
      continue;
    }
    if (isFormerModifier(t.lower)) {
      former = true;
      first = k;
      continue;
    }
    // "Argentina's Economy Minister": the portfolio before a minister's title, then its country.
    if (head.entry.role === 'minister' && k === first - 1 && t.cap && lex.words.portfolioWords.has(t.lower)) {
      first = k;
      continue;
    }
    // "Lao National Assembly President": the body's name before the title, then its country.
    if (doc.organAt[k] && t.cap) {
      first = k;
      continue;
    }
    if (lex.currentModifiers.has(t.lower) || t.lower === 'elected' || t.lower === 'appointed' || t.lower === 'newly' || ORDINAL_WORDS.has(t.lower) || ORDINAL_NUMBER.test(t.lower)) {
      first = k;
      continue;
    }
    if (t.text === '-' && tokens[k - 1]?.lower === 'then') continue;
    break;
  }
  const determiner = DETERMINERS.has(tokens[first - 1]?.lower ?? '');
  // "the Nepali Congress, led by its President Sher Bahadur Deuba": the office is in the body "its" refers to.
  if (tokens[first - 1]?.lower === 'its' && !party) {
    const owner = nearestBody(doc, first - 1);
    if (owner?.label === 'Party' || owner?.label === 'Organization') party = owner;
  }
  const titles: TitleUse[] = [];
  let use: TitleUse | undefined = head;
  let last = head.last;
  while (use) {
    last = skipParenthetical(doc, parseComplement(doc, use, to));
    // "Ambassador to Malaysia": where an envoy serves, part of the title (it still belongs to the sending country).
    if (tokens[last]?.lower === 'to' && doc.mentionAt[last + 1]?.ent.label === 'Country' && use.entry.role === 'diplomat') {
      const m = doc.mentionAt[last + 1]!;
      m.inTitle = true;
      last = m.last;
    }
    titles.push(use);
    use = undefined;
    // Coordinated titles: "... and President of Cuba", "..., Deputy Prime Minister and ...".
    if (tokens[last]?.text === 'and' || tokens[last]?.text === ',') {
      let k = last + 1;
      let formerTitle = false;
      while (k < to && k < last + 5 && (FILLER.has(tokens[k]!.lower) || isFormerModifier(tokens[k]!.lower)) && !matchTitle(doc, k, to)) formerTitle ||= isFormerModifier(tokens[k++]!.lower);
      // "... and Chinese President": a nationality before the coordinated title is its country.
      const nationality = doc.mentionAt[k]?.ent.label === 'Country' ? doc.mentionAt[k]! : undefined;
      const next = matchTitle(doc, nationality ? nationality.last : k, to);
      if (next && next.entry.body !== 'honorific') {
        use = formerTitle ? { ...next, former: true } : next;
        if (nationality && next.entry.body === 'state') {
          use.target = nationality.ent;
          nationality.inTitle = true;
        }
      }
    }
  }
  if (party && !titles[0]!.target) titles[0]!.target = party;
  // "Deputy Prime Minister and Minister of Foreign Affairs of Laos": a later body also serves earlier titles of the same kind.
  for (let a = titles.length - 1; a > 0; a--) {
    const later = titles[a]!;
    const earlier = titles[a - 1]!;
    if (!earlier.target && !earlier.organ && later.target && earlier.entry.body === later.entry.body) earlier.target = later.target;
  }
  return { first, last, titles, nationality, former, plural: !!head.entry.plural, determiner };
}

// "of the Communist Party of Cuba Central Committee", "of the National Assembly (NA)", "of its Economic Commission", "of Laos".
function parseComplement(doc: Doc, use: TitleUse, to: number): number {
  const { tokens } = doc;
  let k = use.last;
  // "Chairman of the Standing Committee of the National People's Congress (NPC) of China": past the title's abbreviation.
  const past = skipParenthetical(doc, k);
  if (past > k && tokens[past]?.lower === 'of') k = past;
  // "Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha Herath": more portfolios after the title's own,
  // up to the name.
  if (use.entry.role === 'minister' && (tokens[k]?.text === ',' || tokens[k]?.lower === 'and')) {
    const more = portfolioEnd(doc, k + 1, to);
    if (more && tokens[more]?.cap && !doc.mentionAt[more] && !lexicon().titles.match(tokens, more)) return more;
  }
  if (tokens[k]?.lower !== 'of') return k;
  let end = k;
  k++;
  for (let guard = 0; guard < 6 && k < to; guard++) {
    if (tokens[k]!.lower === 'the') k++;
    const t = tokens[k];
    if (!t) break;
    const m = doc.mentionAt[k];
    if (m && m.ent.label !== 'Person' && m.ent.label !== 'Event') {
      use.target = m.ent;
      m.inTitle = true;
      k = m.last;
      end = k;
      k = skipParenthetical(doc, k);
      end = k;
      // "of the National People's Congress (NPC) of China": the body's own country.
      const country = m.ent.label === 'Organization' && tokens[k]?.lower === 'of' ? doc.mentionAt[tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1] : undefined;
      if (country?.ent.label === 'Country') {
        country.inTitle = true;
        k = end = country.last;
      }
      // The party's own organ after it: "of the CPV Central Committee", "of the CPV Central Committee's Secretariat".
      if (doc.organAt[k]) {
        while (doc.organAt[k]) k++;
        end = k;
        if ((tokens[k]?.text === "'s" || tokens[k]?.text === '’s') && doc.organAt[k + 1]) {
          k++;
          while (doc.organAt[k]) k++;
          end = k;
        }
      }
      break;
    }
    if (['its', 'his', 'their'].includes(t.lower)) {
      const owner = nearestBody(doc, k);
      if (owner) use.target = owner;
      k++;
      continue;
    }
    // "of the Interim Government of ...": a capitalised word before the organ.
    if (!doc.organAt[k] && tokens[k]!.cap && tokens[k]!.word && !m && doc.organAt[k + 1]) k++;
    if (doc.organAt[k]) {
      const kind = doc.organAt[k]!;
      while (doc.organAt[k]) k++;
      // "president of the State Affairs of the DPRK": capitalised words finishing the organ's name before its owner.
      let j = k;
      while (j < k + 3 && tokens[j]?.cap && tokens[j]!.word && !doc.mentionAt[j]) j++;
      if (j > k && tokens[j]?.lower === 'of' && isBody(doc.mentionAt[tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1])) k = j;
      end = skipParenthetical(doc, k);
      k = end;
      if (!use.target) use.organ = kind;
      if ((tokens[k]?.text === "'s" || tokens[k]?.text === '’s')) {
        end = k + 1;
        break;
      }
      if (tokens[k]?.lower === 'of') {
        k++;
        continue;
      }
      break;
    }
    // "President of the Republic", "Head of State": the holder's own state.
    if (tokens[k]?.cap && GENERIC_STATE.has(tokens[k]!.lower) && tokens[k + 1]?.lower !== 'of' && !doc.mentionAt[k]) {
      end = k + 1;
      if (!use.target) use.organ = 'state';
      break;
    }
    if (use.entry.role === 'minister') end = portfolioEnd(doc, k, to) ?? end;
    break;
  }
  if (use.target) use.organ = undefined;
  return end;
}

const isBody = (m: Mention | undefined): boolean => m?.ent.label === 'Country' || m?.ent.label === 'Party';

const GENERIC_STATE = new Set(['republic', 'state', 'nation', 'country']);

// "Minister of Public Security Tô Lâm", "Minister of Industry and Trade": the capitalised portfolio after "of", whose
// end is where the name may start.
function portfolioEnd(doc: Doc, k: number, to: number): number | undefined {
  const { portfolioWords } = lexicon().words;
  const { tokens } = doc;
  const isWord = (j: number): boolean => j < to && !!tokens[j]?.cap && portfolioWords.has(tokens[j]!.lower) && !doc.mentionAt[j];
  if (!isWord(k)) return undefined;
  // "of Trade, Industry and Competition".
  while (isWord(k) || ((tokens[k]?.lower === 'and' || tokens[k]?.text === '&' || tokens[k]?.text === ',') && isWord(k + 1))) k++;
  return k;
}

function skipParenthetical(doc: Doc, k: number): number {
  return doc.tokens[k]?.text === '(' && doc.tokens[k + 2]?.text === ')' ? k + 3 : k;
}

// The party or body "its" refers to: the nearest one named before, in the sentence.
function nearestBody(doc: Doc, at: number): Ent | undefined {
  const s = doc.sentences[doc.tokens[at]!.sentence]!;
  for (let k = at - 1; k >= Math.max(s.first, at - 40); k--) {
    const m = doc.mentionAt[k];
    if (m && (m.ent.label === 'Party' || m.ent.label === 'Organization')) return m.ent;
  }
  return undefined;
}
