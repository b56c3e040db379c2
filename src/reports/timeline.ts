// The `timeline` report: every dated act and meeting in date order, optionally within a date range.
import type { KnowledgeGraph } from '../graph/index.js';
import { UsageError } from '../errors.js';
import { allActs, allMeetings, compare, dateSortKey, type Act, type Meeting } from './acts.js';

/** One line of a timeline: a meeting (talks, visit) or an act. */
export type TimelineEntry = ({ entry: 'meeting' } & Meeting) | ({ entry: 'act' } & Act);

export interface TimelineOptions {
  /** Earliest date (ISO, partial allowed: 2024 or 2024-09). */
  from?: string;
  /** Latest date, inclusive. */
  to?: string;
}

export interface TimelineReport {
  report: 'timeline';
  from?: string;
  to?: string;
  entries: TimelineEntry[];
  /** Acts and meetings left out for lack of a year (undated, or month-day only). */
  undated: number;
}

const YEAR_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Date order; at equal dates a meeting comes before the acts done at it. */
export function sortTimeline<T extends TimelineEntry>(entries: T[]): T[] {
  const key = (e: TimelineEntry): string => (e.entry === 'meeting' ? e.event : e.edge);
  return [...entries].sort((a, b) => compare(dateSortKey(a.date), dateSortKey(b.date)) || compare(a.entry === 'meeting' ? '0' : '1', b.entry === 'meeting' ? '0' : '1') || compare(key(a), key(b)));
}

/** Meetings and acts as timeline entries, in timeline order. */
export function timelineEntries(meetings: Meeting[], acts: Act[]): TimelineEntry[] {
  return sortTimeline([...meetings.map((m) => ({ entry: 'meeting' as const, ...m })), ...acts.map((a) => ({ entry: 'act' as const, ...a }))]);
}

/** The span a partial date covers: "2024-09" runs from "2024-09-01" to "2024-09-31" (string bounds suffice). */
function span(date: string): [string, string] {
  return [date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date, date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date];
}

/** All dated acts and meetings in order; with from/to, those whose date overlaps the range. */
export function timelineReport(graph: KnowledgeGraph, options: TimelineOptions = {}): TimelineReport {
  for (const d of [options.from, options.to]) if (d !== undefined && !YEAR_DATE.test(d)) throw new UsageError(`timeline: "${d}" is no date (use 2026-01-26, 2024-09 or 1973)`);
  const from = options.from ? span(options.from)[0] : '0000';
  const to = options.to ? span(options.to)[1] : '9999';
  const all = timelineEntries(allMeetings(graph), allActs(graph));
  const dated = all.filter((e) => e.date && YEAR_DATE.test(e.date));
  const entries = dated.filter((e) => {
    const [lo, hi] = span(e.date!);
    return hi >= from && lo <= to;
  });
  const out: TimelineReport = { report: 'timeline', entries, undated: all.length - dated.length };
  if (options.from) out.from = options.from;
  if (options.to) out.to = options.to;
  return out;
}
