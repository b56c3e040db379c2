// The five reports on the fixture graph of the seed-corpus facts: concrete content, determinism, and the JSON schema.
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';
import { actorReport, dyadReport, matrixReport, networkReport, timelineReport, type Act, type TimelineEntry } from '../../src/reports/index.js';
import { reportSchemaErrors } from './report-schema.js';

const graph = fixtureGraph();
const acts = (entries: TimelineEntry[]): Act[] => entries.filter((e): e is TimelineEntry & { entry: 'act' } => e.entry === 'act');
const line = (a: Act): string => `${a.date ?? '?'} ${a.source.key} ${a.type} ${a.target.key}`;

describe('dyad', () => {
  const r = dyadReport(graph, { a: 'Viet Nam', b: 'Cuba' });

  test('a country side holds its people, parties and itself', () => {
    expect(r.a.node.key).toBe('country:vnm');
    expect(r.a.members.map((m) => m.key)).toEqual(['country:vnm', 'party:communist-party-of-vietnam', 'person:le-hoai-trung', 'person:nguyen-phu-trong', 'person:to-lam']);
    expect(r.b.members.map((m) => m.key)).toContain('person:miguel-diaz-canel');
    expect(r.b.members.map((m) => m.key)).toContain('party:communist-party-of-cuba');
  });

  test('lists the 2026-01-26 phone talks of both leaders, with the congratulations and thanks given in them', () => {
    const talks = r.timeline.find((e) => e.entry === 'meeting' && e.date === '2026-01-26');
    expect(talks).toMatchObject({ entry: 'meeting', kind: 'talks', mode: 'phone', event: 'event:talks:2026-01-26:miguel-diaz-canel+to-lam' });
    expect(talks?.entry === 'meeting' && talks.participants.map((p) => p.key)).toEqual(['person:miguel-diaz-canel', 'person:to-lam']);
    const atTalks = acts(r.timeline).filter((a) => a.occasion?.key === 'event:talks:2026-01-26:miguel-diaz-canel+to-lam');
    expect(atTalks.map(line)).toEqual([
      '2026-01-26 person:miguel-diaz-canel CONGRATULATED party:communist-party-of-vietnam',
      '2026-01-26 person:miguel-diaz-canel CONGRATULATED person:to-lam',
      '2026-01-26 person:miguel-diaz-canel PRAISED party:communist-party-of-vietnam',
      '2026-01-26 person:to-lam THANKED person:miguel-diaz-canel',
    ]);
    const thanks = r.timeline.find((e) => e.entry === 'act' && e.type === 'THANKED' && e.source.key === 'person:to-lam');
    expect(thanks).toMatchObject({ direction: 'a->b', evidence: [{ doc: '001_c67236414fa3b35e.txt' }] });
    expect(thanks?.evidence[0]?.sentence).toMatch(/expressed sincere thanks to First Secretary and President Díaz-Canel/);
  });

  test('counts acts per type and direction, and orders the timeline by date (meeting before its acts)', () => {
    const counts = Object.fromEntries(r.counts.map((c) => [c.type, [c.aToB, c.bToA]]));
    expect(counts).toMatchObject({ CONGRATULATED: [2, 2], INVITED: [2, 0], THANKED: [1, 1], PRAISED: [1, 1], VISITED: [1, 2], ACCEPTED_INVITATION_OF: [0, 0] });
    expect(r.meetings).toBe(3);
    expect(r.timeline.slice(0, 4).map((e) => `${e.date} ${e.entry}`)).toEqual(['1973-09 act', '2024-09 act', '2025-09 act', '2026-01-26 meeting']);
    expect(r.timeline.at(-1)?.date).toBe('--05-05');
  });

  test('two persons: only what passed between them', () => {
    const p = dyadReport(graph, { a: 'Trong', b: 'Putin' });
    expect(acts(p.timeline).map(line)).toEqual([
      '2021-04-05 person:vladimir-putin ACCEPTED_INVITATION_OF person:nguyen-phu-trong',
      '2021-04-05 person:vladimir-putin CONGRATULATED person:nguyen-phu-trong',
      '2021-04-05 person:nguyen-phu-trong INVITED person:vladimir-putin',
    ]);
    expect(p.meetings).toBe(1);
  });

  test('the same actor on both sides is a usage error', () => {
    expect(() => dyadReport(graph, { a: 'Vietnam', b: 'Việt Nam' })).toThrow('both name Việt Nam');
  });
});

describe('actor', () => {
  test('Díaz-Canel: positions, acts by type, counterparts ranked, talks with dates', () => {
    const r = actorReport(graph, { name: 'Diaz-Canel' });
    expect(r.actor).toMatchObject({ key: 'person:miguel-diaz-canel', label: 'Person', countries: [{ key: 'country:cub' }] });
    expect(r.positions.map((p) => `${p.title} ${p.of.key} ${p.former}`)).toEqual(['First Secretary party:communist-party-of-cuba false', 'President country:cub false']);
    expect(r.counts.find((c) => c.type === 'CONGRATULATED')).toEqual({ type: 'CONGRATULATED', given: 2, received: 1 });
    expect(r.counts.find((c) => c.type === 'THANKED')).toEqual({ type: 'THANKED', given: 0, received: 1 });
    expect(r.counterparts.slice(0, 3).map((c) => [c.actor.key, c.given, c.received, c.meetings, c.total])).toEqual([
      ['person:nguyen-phu-trong', 0, 2, 1, 3],
      ['person:to-lam', 1, 1, 1, 3],
      ['party:communist-party-of-vietnam', 2, 0, 0, 2],
    ]);
    expect(r.meetings.map((m) => m.date)).toEqual(['2026-01-26', '--05-05']);
  });

  test('former positions are marked and listed after current ones; a party lists its position holders', () => {
    expect(actorReport(graph, { name: 'Raúl Castro' }).positions).toMatchObject([{ title: 'First Secretary', of: { key: 'party:communist-party-of-cuba' }, former: true }]);
    const cpc = actorReport(graph, { name: 'CPC' });
    expect(cpc.holders.map((p) => `${p.holder.key} ${p.former}`)).toEqual(['person:miguel-diaz-canel false', 'person:fidel-castro true', 'person:raul-castro true']);
  });
});

describe('matrix', () => {
  test('CONGRATULATED by actor', () => {
    const r = matrixReport(graph, { type: 'CONGRATULATED' });
    expect(r.total).toBe(5);
    const at = (s: string, t: string): number => r.counts[r.rows.findIndex((x) => x.key === s)]![r.columns.findIndex((x) => x.key === t)]!;
    expect(at('person:miguel-diaz-canel', 'person:to-lam')).toBe(1);
    expect(at('person:vladimir-putin', 'person:nguyen-phu-trong')).toBe(1);
    expect(at('person:vladimir-putin', 'person:to-lam')).toBe(0);
  });

  test('CONGRATULATED by country', () => {
    const r = matrixReport(graph, { type: 'CONGRATULATED', by: 'country' });
    expect(r.rows.map((x) => x.key)).toEqual(['country:cub', 'country:rus', 'country:vnm']);
    expect(r.columns.map((x) => x.key)).toEqual(['country:cub', 'country:vnm']);
    expect(r.counts).toEqual([[0, 2], [0, 1], [2, 0]]);
    expect(r.unplaced).toBe(0);
  });

  test('a type that is no act is refused with the list', () => {
    expect(() => matrixReport(graph, { type: 'HOLDS_POSITION' })).toThrow(/--type must be one of CONGRATULATED, INVITED/);
  });
});

describe('timeline', () => {
  test('all dated items in order; month-day-only items counted apart', () => {
    const r = timelineReport(graph);
    expect(r.entries.map((e) => e.date)).toEqual([...r.entries.map((e) => e.date!)].sort());
    expect(r.entries[0]).toMatchObject({ entry: 'act', type: 'VISITED', date: '1973-09', source: { key: 'person:fidel-castro' } });
    expect(r.undated).toBe(6);
  });

  test('a range keeps items overlapping it, partial dates included', () => {
    const r = timelineReport(graph, { from: '2024-09-15', to: '2026-01-26' });
    expect(acts(r.entries).map(line)).toEqual([
      '2024-09 person:to-lam VISITED country:cub',
      '2025-09 person:miguel-diaz-canel VISITED country:vnm',
      '2026-01-26 person:miguel-diaz-canel CONGRATULATED party:communist-party-of-vietnam',
      '2026-01-26 person:miguel-diaz-canel CONGRATULATED person:to-lam',
      '2026-01-26 person:miguel-diaz-canel PRAISED party:communist-party-of-vietnam',
      '2026-01-26 person:to-lam THANKED person:miguel-diaz-canel',
    ]);
    expect(() => timelineReport(graph, { from: 'last year' })).toThrow('"last year" is no date');
  });
});

describe('network', () => {
  const r = networkReport(graph, { top: 3 });
  test('degree, betweenness and communities of the interaction graph', () => {
    expect(r.nodes).toBe(12);
    expect(r.central).toEqual(['person:miguel-diaz-canel', 'person:nguyen-phu-trong', 'country:vnm']);
    const dc = r.actors.find((a) => a.key === 'person:miguel-diaz-canel')!;
    expect(dc.degree).toBe(4);
    expect(dc.betweenness).toBeGreaterThan(0.5);
    // Putin only dealt with Trọng: one neighbour, so no shortest path runs through him.
    expect(r.actors.find((a) => a.key === 'person:vladimir-putin')).toMatchObject({ degree: 1, betweenness: 0 });
    expect(r.communities.flatMap((c) => c.members).length).toBe(r.nodes);
    const communityOf = (k: string): number => r.actors.find((a) => a.key === k)!.community;
    expect(communityOf('person:vladimir-putin')).toBe(communityOf('person:nguyen-phu-trong'));
  });

  test('same graph, same numbers (seeded Louvain)', () => {
    expect(networkReport(fixtureGraph(), { top: 3 })).toEqual(r);
  });
});

test('every report validates against schema/report.schema.json', () => {
  const reports = [
    dyadReport(graph, { a: 'Vietnam', b: 'Cuba' }),
    actorReport(graph, { name: 'Tô Lâm' }),
    actorReport(graph, { name: 'CPV' }),
    matrixReport(graph, { type: 'INVITED', by: 'country' }),
    timelineReport(graph, { from: '2021' }),
    networkReport(graph),
  ];
  for (const r of reports) expect([r.report, reportSchemaErrors(r)]).toEqual([r.report, []]);
  expect(reportSchemaErrors({ report: 'dyad', a: {} })).not.toEqual([]);
});
