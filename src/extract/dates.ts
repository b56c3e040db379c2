// Pass 2: date expressions (chrono-node for calendar dates; weekdays and "yesterday" against the dateline) as partial ISO dates.
import * as chrono from 'chrono-node';
import type { DateSpan, Doc } from './doc.js';

const CANDIDATE = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b|\b(in|since|during|of) (1[89]|20)\d\d\b/i;
const YEAR = /^(1[89]|20)\d\d$/;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Finds the date expressions of every sentence and indexes them by token. */
export function findDates(doc: Doc): void {
  const ref = doc.article.date ? new Date(`${doc.article.date}T12:00:00Z`) : undefined;
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!CANDIDATE.test(text)) continue;
    for (const r of chrono.en.parse(text, ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })) {
      const date = toIso(r, doc.article.date);
      if (date) addSpan(doc, s.start + r.index, s.start + r.index + r.text.length, date);
    }
    // Bare years ("in 1973", "since 2024"), which chrono leaves alone.
    for (let i = s.first + 1; i < s.last; i++) {
      const t = doc.tokens[i]!;
      if (YEAR.test(t.text) && !doc.dateAt[i] && ['in', 'since', 'during', 'of'].includes(doc.tokens[i - 1]!.fold)) addSpan(doc, t.start, t.end, t.text);
    }
  }
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
  if (!c.isCertain('month')) return undefined;
  const month = pad(c.get('month')!);
  const day = c.isCertain('day') ? pad(c.get('day')!) : undefined;
  if (c.isCertain('year')) return day ? `${c.get('year')}-${month}-${day}` : `${c.get('year')}-${month}`;
  if (!day) return undefined;
  if (!dateline) return `--${month}-${day}`;
  // A month and day in a dated article: the dateline's year, or the year before when that would be months ahead.
  const year = Number(dateline.slice(0, 4));
  const candidate = `${year}-${month}-${day}`;
  return Date.parse(candidate) - Date.parse(dateline) > 120 * 86400000 ? `${year - 1}-${month}-${day}` : candidate;
}

// News reports past days: "on Monday" in an article dated Tuesday is the day before; the same weekday is the dateline itself.
function weekdayOnOrBefore(dateline: string, weekday: number): string {
  const d = new Date(`${dateline}T12:00:00Z`);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}
