// A report as a format-neutral document (title, sections, tables, dated items with evidence); md.ts and html.ts render it.
import type { Act, EvidenceRef, Meeting, NodeRef, Report } from '../index.js';
import type { ActorReport } from '../actor.js';
import type { DyadReport } from '../dyad.js';
import type { MatrixReport } from '../matrix.js';
import type { NetworkReport } from '../network.js';
import type { TimelineEntry, TimelineReport } from '../timeline.js';

/** A dated line (a meeting or an act) with the sentences that state it; acts done at a meeting nest under it. */
export interface Item {
  date?: string;
  text: string;
  evidence: EvidenceRef[];
  children?: Item[];
}

export type Block =
  | { kind: 'text'; text: string }
  | { kind: 'table'; id: string; head: string[]; rows: (string | number)[][] }
  | { kind: 'items'; id: string; items: Item[] };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  intro: Block[];
  sections: Section[];
}

/** "congratulated", "accepted invitation of": a relation type as words. */
export const verb = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

const names = (refs: NodeRef[]): string => refs.map((r) => r.name).join(', ') || '—';
const text = (t: string): Block => ({ kind: 'text', text: t });
const table = (id: string, head: string[], rows: (string | number)[][]): Block => ({ kind: 'table', id, head, rows });

function meetingItem(m: Meeting): Item {
  const what = m.kind === 'visit' ? 'visit' : m.mode === 'phone' ? 'phone talks' : m.mode === 'letter' ? 'letters' : 'talks';
  return { ...(m.date ? { date: m.date } : {}), text: `${what}: ${names(m.participants)}`, evidence: m.evidence };
}

function actItem(a: Act, showOccasion = true): Item {
  const at = a.occasion && showOccasion ? ` (at ${a.occasion.name})` : '';
  return { ...(a.date ? { date: a.date } : {}), text: `${a.source.name} ${verb(a.type)} ${a.target.name}${at}`, evidence: a.evidence };
}

/** Timeline entries as items; an act done at the meeting just above becomes that meeting's child. */
export function timelineItems(entries: TimelineEntry[]): Item[] {
  const out: Item[] = [];
  let meeting: { event: string; item: Item } | undefined;
  for (const e of entries) {
    if (e.entry === 'meeting') {
      meeting = { event: e.event, item: meetingItem(e) };
      out.push(meeting.item);
    } else if (meeting && e.occasion?.key === meeting.event) {
      (meeting.item.children ??= []).push(actItem(e, false));
    } else {
      meeting = undefined;
      out.push(actItem(e));
    }
  }
  return out;
}

function dyad(r: DyadReport): ReportDocument {
  const [a, b] = [r.a.node.name, r.b.node.name];
  const counts = r.counts.filter((c) => c.aToB + c.bToA > 0).map((c) => [verb(c.type), c.aToB, c.bToA]);
  const side = (s: DyadReport['a']): string => `${s.node.name}${s.members.length > 1 ? `: ${names(s.members)}` : ''}`;
  return {
    title: `${a} – ${b}`,
    intro: [text(side(r.a)), text(side(r.b))],
    sections: [
      { heading: 'Counts', blocks: [text(`Talks and visits with both sides: ${r.meetings}`), counts.length ? table('counts', ['act', `${a} → ${b}`, `${b} → ${a}`], counts) : text('No acts between them.')] },
      { heading: 'Timeline', blocks: [r.timeline.length ? { kind: 'items', id: 'timeline', items: timelineItems(r.timeline) } : text('Nothing between them.')] },
    ],
  };
}

function actor(r: ActorReport): ReportDocument {
  const pos = (list: ActorReport['positions'], who: 'of' | 'holder'): (string | number)[][] =>
    list.map((p) => [p.title ?? '—', who === 'of' ? p.of.name : p.holder.name, p.former ? 'former' : 'current', p.evidence.map((e) => e.doc).join(', ')]);
  const counts = r.counts.filter((c) => c.given + c.received > 0).map((c) => [verb(c.type), c.given, c.received]);
  const sections: Section[] = [];
  if (r.positions.length) sections.push({ heading: 'Positions', blocks: [table('positions', ['title', 'in', 'status', 'articles'], pos(r.positions, 'of'))] });
  if (r.holders.length) sections.push({ heading: 'People in positions', blocks: [table('holders', ['title', 'held by', 'status', 'articles'], pos(r.holders, 'holder'))] });
  sections.push(
    { heading: 'Acts by type', blocks: [counts.length ? table('counts', ['act', 'given', 'received'], counts) : text('No acts.')] },
    { heading: 'Counterparts', blocks: [r.counterparts.length ? table('counterparts', ['counterpart', 'given', 'received', 'talks/visits', 'total'], r.counterparts.map((c) => [c.actor.name, c.given, c.received, c.meetings, c.total])) : text('None.')] },
    { heading: 'Talks and visits', blocks: [r.meetings.length ? { kind: 'items', id: 'meetings', items: r.meetings.map((m) => ({ ...meetingItem(m), evidence: [] })) } : text('None.')] },
    { heading: 'Acts', blocks: [r.acts.length ? { kind: 'items', id: 'acts', items: r.acts.map((a) => actItem(a)) } : text('None.')] },
  );
  const also = r.actor.aliases.length ? `; also ${r.actor.aliases.join(', ')}` : '';
  return { title: r.actor.name, intro: [text(`${r.actor.label} ${r.actor.key}${also}${r.actor.countries.length ? `; of ${names(r.actor.countries)}` : ''}`)], sections };
}

function matrix(r: MatrixReport): ReportDocument {
  const rows = r.rows.map((row, i) => [row.name, ...r.counts[i]!]);
  return {
    title: `${verb(r.type)}: who to whom${r.by === 'country' ? ' (by country)' : ''}`,
    intro: [text(`${r.total} act(s)${r.unplaced ? `; ${r.unplaced} left out (an end belongs to no known country)` : ''}. Rows did the act to columns.`)],
    sections: [{ heading: 'Matrix', blocks: [r.rows.length ? table('matrix', [`${verb(r.type)} →`, ...r.columns.map((c) => c.name)], rows) : text('No such acts.')] }],
  };
}

function timeline(r: TimelineReport): ReportDocument {
  const range = r.from || r.to ? ` (${r.from ?? '…'} to ${r.to ?? '…'})` : '';
  return {
    title: `Timeline${range}`,
    intro: [text(`${r.entries.length} dated item(s)${r.undated ? `; ${r.undated} without a year left out` : ''}.`)],
    sections: [{ heading: 'Timeline', blocks: [{ kind: 'items', id: 'timeline', items: timelineItems(r.entries) }] }],
  };
}

function network(r: NetworkReport): ReportDocument {
  const byKey = new Map(r.actors.map((a) => [a.key, a]));
  const central = r.central.map((k) => byKey.get(k)!);
  return {
    title: 'Network',
    intro: [text(`${r.nodes} interacting actors, ${r.edges} pairs; ${r.communities.length} communities (Louvain, modularity ${r.modularity}).`)],
    sections: !r.actors.length ? [] : [
      { heading: 'Most central actors', blocks: [table('central', ['actor', 'label', 'betweenness', 'degree', 'interactions', 'community'], central.map((a) => [a.name, a.label, a.betweenness, a.degree, a.interactions, a.community]))] },
      { heading: 'Communities', blocks: [table('communities', ['community', 'members'], r.communities.map((c) => [c.id, names(c.members)]))] },
    ],
  };
}

/** The document of any report. */
export function reportDocument(report: Report): ReportDocument {
  switch (report.report) {
    case 'dyad':
      return dyad(report);
    case 'actor':
      return actor(report);
    case 'matrix':
      return matrix(report);
    case 'timeline':
      return timeline(report);
    default:
      return network(report);
  }
}
