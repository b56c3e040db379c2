// Markdown rendering of report data, for reading in a terminal or committing to a repository.
import type { Act, EvidenceRef, Meeting, NodeRef, Report } from '../index.js';
import type { ActorReport } from '../actor.js';
import type { DyadReport } from '../dyad.js';
import type { MatrixReport } from '../matrix.js';
import type { NetworkReport } from '../network.js';
import type { TimelineEntry, TimelineReport } from '../timeline.js';

const cell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** A Markdown table; numbers are right-aligned. */
export function table(head: string[], rows: (string | number)[][]): string {
  const align = head.map((_h, i) => (rows.length && rows.every((r) => typeof r[i] === 'number') ? '---:' : '---'));
  return [`| ${head.map(cell).join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** "congratulated", "accepted invitation of": a relation type as words. */
export const verb = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

const names = (refs: NodeRef[]): string => refs.map((r) => r.name).join(', ') || '—';
const when = (date: string | undefined): string => date ?? 'undated';
const quote = (ev: EvidenceRef[]): string[] => ev.map((e) => `  > ${e.sentence.replace(/\s+/g, ' ').trim()} — *${e.doc}*`);

function meetingLine(m: Meeting): string {
  const what = m.kind === 'talks' ? `${m.mode === 'phone' ? 'phone talks' : m.mode === 'letter' ? 'letters' : 'talks'}` : 'visit';
  return `**${when(m.date)}** ${what}: ${names(m.participants)}`;
}

function actLine(a: Act, showOccasion = true): string {
  const at = a.occasion && showOccasion ? ` (at ${a.occasion.name})` : '';
  return `**${when(a.date)}** ${a.source.name} *${verb(a.type)}* ${a.target.name}${at}`;
}

/** Timeline entries as list items with their evidence quoted; acts done at the meeting just above are nested under it. */
export function timelineLines(entries: TimelineEntry[]): string[] {
  let meeting: string | undefined;
  return entries.flatMap((e) => {
    if (e.entry === 'meeting') {
      meeting = e.event;
      return [`- ${meetingLine(e)}`, ...quote(e.evidence)];
    }
    const nested = meeting !== undefined && e.occasion?.key === meeting;
    if (!nested) meeting = undefined;
    const pad = nested ? '  ' : '';
    return [`${pad}- ${actLine(e, !nested)}`, ...quote(e.evidence).map((q) => pad + q)];
  });
}

function dyad(r: DyadReport): string[] {
  const [a, b] = [r.a.node.name, r.b.node.name];
  const counts = r.counts.filter((c) => c.aToB + c.bToA > 0).map((c) => [verb(c.type), c.aToB, c.bToA]);
  return [
    `# ${a} – ${b}`,
    '',
    `- **${a}**${r.a.members.length > 1 ? `: ${names(r.a.members)}` : ''}`,
    `- **${b}**${r.b.members.length > 1 ? `: ${names(r.b.members)}` : ''}`,
    '',
    `## Counts`,
    '',
    `Talks and visits with both sides: ${r.meetings}`,
    '',
    counts.length ? table(['act', `${a} → ${b}`, `${b} → ${a}`], counts) : 'No acts between them.',
    '',
    `## Timeline`,
    '',
    ...(r.timeline.length ? timelineLines(r.timeline) : ['Nothing dated between them.']),
  ];
}

function actor(r: ActorReport): string[] {
  const pos = (list: ActorReport['positions'], who: 'of' | 'holder'): (string | number)[][] =>
    list.map((p) => [p.title ?? '—', who === 'of' ? p.of.name : p.holder.name, p.former ? 'former' : 'current', p.evidence.map((e) => e.doc).join(', ')]);
  const counts = r.counts.filter((c) => c.given + c.received > 0).map((c) => [verb(c.type), c.given, c.received]);
  return [
    `# ${r.actor.name}`,
    '',
    `${r.actor.label} \`${r.actor.key}\`${r.actor.aliases.length ? `; also ${r.actor.aliases.join(', ')}` : ''}${r.actor.countries.length ? `; of ${names(r.actor.countries)}` : ''}`,
    ...(r.positions.length ? ['', '## Positions', '', table(['title', 'in', 'status', 'articles'], pos(r.positions, 'of'))] : []),
    ...(r.holders.length ? ['', '## People in positions', '', table(['title', 'held by', 'status', 'articles'], pos(r.holders, 'holder'))] : []),
    '',
    '## Acts by type',
    '',
    counts.length ? table(['act', 'given', 'received'], counts) : 'No acts.',
    '',
    '## Counterparts',
    '',
    r.counterparts.length ? table(['counterpart', 'given', 'received', 'talks/visits', 'total'], r.counterparts.map((c) => [c.actor.name, c.given, c.received, c.meetings, c.total])) : 'None.',
    '',
    '## Talks and visits',
    '',
    ...(r.meetings.length ? r.meetings.flatMap((m) => [`- ${meetingLine(m)}`]) : ['None.']),
    '',
    '## Acts',
    '',
    ...(r.acts.length ? r.acts.flatMap((a) => [`- ${actLine(a)}`, ...quote(a.evidence)]) : ['None.']),
  ];
}

function matrix(r: MatrixReport): string[] {
  const head = [`${verb(r.type)} →`, ...r.columns.map((c) => c.name)];
  const rows = r.rows.map((row, i) => [row.name, ...r.counts[i]!.map((n) => n)]);
  return [
    `# ${verb(r.type)}: who to whom${r.by === 'country' ? ' (by country)' : ''}`,
    '',
    `${r.total} act(s)${r.unplaced ? `; ${r.unplaced} left out (an end belongs to no known country)` : ''}. Rows did the act to columns.`,
    '',
    r.rows.length ? table(head, rows) : 'No such acts.',
  ];
}

function timeline(r: TimelineReport): string[] {
  const range = r.from || r.to ? ` (${r.from ?? '…'} to ${r.to ?? '…'})` : '';
  return [
    `# Timeline${range}`,
    '',
    `${r.entries.length} dated item(s)${r.undated ? `; ${r.undated} without a year left out` : ''}.`,
    '',
    ...timelineLines(r.entries),
  ];
}

function network(r: NetworkReport): string[] {
  const byKey = new Map(r.actors.map((a) => [a.key, a]));
  const central = r.central.map((k) => byKey.get(k)!);
  return [
    '# Network',
    '',
    `${r.nodes} interacting actors, ${r.edges} pairs; ${r.communities.length} communities (Louvain, modularity ${r.modularity}).`,
    '',
    '## Most central actors',
    '',
    table(['actor', 'label', 'betweenness', 'degree', 'interactions', 'community'], central.map((a) => [a.name, a.label, a.betweenness, a.degree, a.interactions, a.community])),
    '',
    '## Communities',
    '',
    ...r.communities.map((c) => `- **${c.id}**: ${names(c.members)}`),
  ];
}

/** The report as Markdown (ends with a newline). */
export function formatMarkdown(report: Report): string {
  const lines = report.report === 'dyad' ? dyad(report) : report.report === 'actor' ? actor(report) : report.report === 'matrix' ? matrix(report) : report.report === 'timeline' ? timeline(report) : network(report);
  return `${lines.join('\n')}\n`;
}
