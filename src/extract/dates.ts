// Pass 2: date expressions (chrono-node for calendar dates; weekdays and "yesterday" against the dateline) as partial ISO dates.
// The English locale alone: the package's main entry loads all of its fifteen locales, 240 modules, a quarter of a
// second at every start of a process or worker thread.
import * as chrono from 'chrono-node/en';
import type { DateSpan, Doc } from './doc.js';
import { detach } from '../names.js';
import { DATE_NAME, wordClasses, YEAR } from './words.js';
import type { Sentence, Token } from './text.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date with year, month and day ("2024-09-02"), not a partial one. */
export const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Finds the date expressions of every sentence and indexes them by token. */
export function findDates(doc: Doc): void {
  const ref = doc.article.date ? new Date(`${doc.article.date}T12:00:00Z`) : undefined;
  const found: FoundDate[] = [];
  for (const s of doc.sentences) {
    // Chrono runs only on short windows around a date name, and a date phrase (PHRASE below) needs one: most sentences
    // have none, which their tokens' word classes tell without scanning the text.
    const classes = doc.sentenceClasses[s.index]!;
    if (classes & DATE_NAME) {
      const text = doc.text.slice(s.start, s.end);
      for (const [from, to] of windows(doc.tokens, s, text)) {
        for (const r of parsePhrase(text.slice(from, to), doc.article.date, ref)) {
          const start = s.start + from + r.index;
          if (!found.some((f) => f.start === start)) found.push({ start, end: start + r.length, date: r.date });
        }
      }
    }
    // Bare years ("in 1973", "since 2024"), which chrono leaves alone.
    if (classes & YEAR) findYears(doc, s, found);
  }
  // An undated article that dates a day in full ("from July 30 to August 1, 2024") dates its other days by that year;
  // a month alone ("a visit in September 2024") may be another year's event, so it does not.
  // Only a day in the lead paragraph: a full date further on may be history ("relations, established on September 21,
  // 1973").
  const leadEnd = leadParagraphEnd(doc);
  const anchor = doc.article.date ? undefined : found.find((f) => f.start < leadEnd && FULL_DAY.test(f.date))?.date.slice(0, 4);
  for (const f of found) addSpan(doc, f.start, f.end, anchor && f.date.startsWith('--') ? `${anchor}${f.date.slice(1)}` : f.date);
}

// The offset where the article's first paragraph ends.
function leadParagraphEnd(doc: Doc): number {
  for (const s of doc.sentences) if (s.index > 0 && doc.tokens[s.first]!.newline) return s.start;
  return doc.text.length;
}

interface FoundDate {
  start: number;
  end: number;
  date: string;
}

function findYears(doc: Doc, s: Sentence, found: FoundDate[]): void {
  for (let i = s.first + 1; i < s.last; i++) {
    const t = doc.tokens[i]!;
    if ((wordClasses(t.form) & YEAR) !== 0 && !covered(found, t.start, t.end) && ['in', 'since', 'during', 'of'].includes(doc.tokens[i - 1]!.fold)) found.push({ start: t.start, end: t.end, date: t.text });
  }
}

// A loop, not found.some(): a closure over the token would cost an allocation at every token of the year scan.
function covered(found: { start: number; end: number }[], start: number, end: number): boolean {
  for (const f of found) if (f.start <= start && end <= f.end) return true;
  return false;
}

// A date phrase: date words with the numbers and small words around them ("late Monday evening", "September 15,
// 1973", "from July 30 to August 1, 2024"). chrono-node parses each phrase; news repeats them, so results are cached.
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "last month", "this month" (not "month" alone: chrono would be asked about every "a month").
const DATE_WORD = `(?:${MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|(?:last|this|next)\\s+month)`;
const AFTER = `(?:\\d{1,4}(?:st|nd|rd|th)?|to|through|until|evening|morning|afternoon|night|(?:last|this|next)\\s+year|${DATE_WORD})`;
// Words and day numbers that may lead into a date word ("late Monday", "from 15 September").
const LEAD_WORD = '(?:late|early|mid|last|this|next|on|from)';
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
// "(?!\\w)", not "\\b", after a word: a month may end with its abbreviation's dot ("Jan. 29", "Sept. 3").
const PHRASE = new RegExp(`(?:\\b${LEAD_WORD}[\\s-]+)*(?:\\b${DAY_NUMBER}[\\s,–-]+)*\\b${DATE_WORD}(?!\\w)(?:[\\s,–-]+${AFTER}(?!\\w))*`, 'gi');

// A whole token the words before a date word may consist of ("from", "late", "15th", "mid-", ","): the phrase may
// have started before it.
const LEAD_IN = new RegExp(`^(?:${LEAD_WORD}|${DAY_NUMBER}|[,–-])+$`, 'i');

/**
 * Character ranges of the date phrases of a sentence, merged where they touch. A phrase holds a date word, which only
 * a token of the DATE_NAME class holds: the scan starts at the lead-in words before the next such token instead of at
 * the sentence start, and stops after the last one instead of at the sentence end.
 */
function windows(tokens: Token[], s: Sentence, text: string): [number, number][] {
  const out: [number, number][] = [];
  // Text before `scanned` (relative to the sentence) holds no further phrase start.
  let scanned = 0;
  for (let i = s.first; ; ) {
    while (i < s.last && (tokens[i]!.end - s.start <= scanned || !(wordClasses(tokens[i]!.form) & DATE_NAME))) i++;
    if (i === s.last) return out;
    PHRASE.lastIndex = Math.max(scanned, leadInStart(tokens, s, i) - s.start);
    const m = PHRASE.exec(text);
    if (!m) return out;
    const last = out[out.length - 1];
    if (last && m.index <= last[1] + 1) last[1] = Math.max(last[1], m.index + m[0].length);
    else out.push([m.index, m.index + m[0].length]);
    scanned = PHRASE.lastIndex;
  }
}

// Where a phrase holding the date word of token i may start: in the first token before the lead-in tokens before it.
function leadInStart(tokens: Token[], s: Sentence, i: number): number {
  let k = i - 1;
  while (k >= s.first && LEAD_IN.test(tokens[k]!.text)) k--;
  return k >= s.first ? tokens[k]!.start : s.start;
}

// A phrase holds no "ago", "before", "later", "after", "within", "in" or "for", the words chrono's duration parsers
// ("3 days ago", "two weeks later", "within a month") need, so they never match one; their patterns, spelling out
// every time unit, are chrono's largest, and compiling them on first use cost each thread a quarter of a second.
export const UNMATCHABLE_PARSERS = ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser'];
export const dateParser = chrono.casual.clone();
dateParser.parsers = dateParser.parsers.filter((p) => !UNMATCHABLE_PARSERS.includes(p.constructor.name));

interface PhraseDate {
  index: number;
  length: number;
  date: string;
}
const phraseCache = new Map<string, PhraseDate[]>();

/** Dates chrono finds in a phrase, as partial ISO dates (cached per phrase and dateline). */
function parsePhrase(phrase: string, dateline: string | undefined, ref: Date | undefined): PhraseDate[] {
  const key = `${dateline ?? ''}|${phrase}`;
  let hit = phraseCache.get(key);
  if (!hit) {
    hit = [];
    for (const r of dateParser.parse(withRelativeYear(phrase, dateline), ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })) {
      const date = toIso(r, dateline);
      if (date) hit.push({ index: r.index, length: r.text.length, date });
    }
    if (phraseCache.size > 50_000) phraseCache.clear();
    phraseCache.set(detach(key), hit);
  }
  return hit;
}

// "in July last year" in an article of 2024: chrono reads the month and "last year" apart, so the year is written in,
// padded to the same length to keep offsets.
const RELATIVE_YEAR = new RegExp(`\\b(${MONTH})(\\s+)(last|this|next)\\s+year\\b`, 'gi');
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };
function withRelativeYear(phrase: string, dateline: string | undefined): string {
  if (!dateline || !/year\b/i.test(phrase)) return phrase;
  const year = Number(dateline.slice(0, 4));
  return phrase.replace(RELATIVE_YEAR, (all, month: string, space: string, which: string) => `${month}${space}${year + YEAR_SHIFT[which.toLowerCase()]!}`.padEnd(all.length));
}

function addSpan(doc: Doc, start: number, end: number, date: string): void {
  // Binary search for the first token ending after `start`.
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.start < end) last++;
  if (last === first) return;
  const span: DateSpan = { first, last, date };
  doc.dates.push(span);
  for (let k = first; k < last; k++) doc.dateAt[k] = span;
}

/** Partial ISO date of a chrono result: what the text fixes, completed from the dateline where it only gives a weekday or "yesterday". */
function toIso(r: chrono.ParsedResult, dateline: string | undefined): string | undefined {
  const c = r.start;
  const lower = r.text.toLowerCase();
  if (/\b(today|tonight|yesterday)\b/.test(lower)) {
    if (!dateline) return undefined;
    const d = new Date(`${dateline}T12:00:00Z`);
    if (lower.includes('yesterday')) d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) return dateline ? weekdayOnOrBefore(dateline, c.get('weekday')!) : undefined;
  // "last month" counts from the dateline, and from nothing without one.
  if (lower.includes('month')) return dateline && c.isCertain('month') ? `${c.get('year')}-${pad(c.get('month')!)}` : undefined;
  if (!c.isCertain('month')) return undefined;
  const month = pad(c.get('month')!);
  const day = c.isCertain('day') ? pad(c.get('day')!) : undefined;
  // A range with its year at the end ("from July 30 to August 1, 2024") gives the start that year.
  const year = c.isCertain('year') ? c.get('year') : r.end?.isCertain('year') ? r.end.get('year') : undefined;
  if (year) return day ? `${year}-${month}-${day}` : `${year}-${month}`;
  if (!dateline) return day ? `--${month}-${day}` : undefined;
  if (!day) {
    // "in June" in a dated article: that month of the dateline's year, or of the year before if it is still to come.
    const y = Number(dateline.slice(0, 4));
    return `${Number(month) > Number(dateline.slice(5, 7)) ? y - 1 : y}-${month}`;
  }
  // A month and day in a dated article: the dateline's year, or the year before when that would be months ahead.
  const lineYear = Number(dateline.slice(0, 4));
  const candidate = `${lineYear}-${month}-${day}`;
  return Date.parse(candidate) - Date.parse(dateline) > 120 * 86400000 ? `${lineYear - 1}-${month}-${day}` : candidate;
}

// News reports past days: "on Monday" in an article dated Tuesday is the day before; the same weekday is the dateline itself.
function weekdayOnOrBefore(dateline: string, weekday: number): string {
  const d = new Date(`${dateline}T12:00:00Z`);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}
