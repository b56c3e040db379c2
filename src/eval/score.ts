// Scores a graph against gold: entities, relations, talk pairs, dates and cross-article merging, per article then pooled.
import { type Gold, type GoldRelation, type IndexedEntity, SCORED_RELATION_TYPES } from './gold.js';
import { normalize } from './normalize.js';

/**
 * A graphology export (`graph.export()`) as the evaluator reads it. Any graph qualifies, not only this tool's:
 * it reads `label`, `name`, `aliases`, `kind`, `date`, `type` and the docs named by `evidence` (or a `docs` array).
 */
export interface GraphExport {
  options?: { type?: string };
  nodes: { key?: unknown; attributes?: object }[];
  edges?: { source?: unknown; target?: unknown; undirected?: boolean; attributes?: object }[];
}

/** True, false positive and false negative counts. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts with precision, recall and F1 (0 where undefined). */
export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}

/** Figures of one part in one article, with what went wrong, one line each. */
export interface PartDetail extends Prf {
  fps: string[];
  fns: string[];
}

export interface DocResult {
  entities: PartDetail;
  relations: PartDetail;
  talks: PartDetail;
  dates: { correct: number; total: number; errors: string[] };
}

export interface MergeFailure {
  id: string;
  name: string;
  /** Keys of the nodes that matched the entity across articles (none, or two and more). */
  nodes: string[];
}

/** Every figure of an evaluation; the JSON output of `kg eval --json`, same shape as the referee's. */
export interface EvalResult {
  entities: Prf;
  relations: Prf;
  talks: Prf;
  /** Entities, relations and talks pooled. */
  overall: Prf;
  dates: { correct: number; total: number; accuracy: number | null };
  merging: { merged: number; total: number; accuracy: number | null; failures: MergeFailure[] };
  /** Relation figures per type, in vocabulary order, for the types that occur. */
  byType: Record<string, Prf>;
  perDoc: Record<string, DocResult>;
}

interface SysNode {
  key: string;
  label: unknown;
  name: unknown;
  kind: unknown;
  date: unknown;
  aliases: unknown[];
  docs: Set<string>;
}

interface SysEdge {
  source: string;
  target: string;
  type: unknown;
  date: unknown;
  undirected: boolean;
  docs: Set<string>;
}

interface SysGraph {
  nodes: Map<string, SysNode>;
  edges: SysEdge[];
  /** Persons taking part in each event, by event key. */
  participants: Map<string, Set<string>>;
}

const SCORED_LABELS = new Set(['Person', 'Party', 'Country', 'Organization']);
const SCORED_TYPES = new Set<unknown>(SCORED_RELATION_TYPES);
const baseName = (p: unknown): string => String(p).split(/[\\/]/).pop() ?? '';
// Keys of (type, source, target) triples and unordered pairs; JSON keeps odd characters in node keys apart.
const pairKey = (a: string, b: string): string => JSON.stringify(a < b ? [a, b] : [b, a]);
const tripleKey = (type: unknown, s: string, t: string): string => JSON.stringify([type, s, t]);
const trimDate = (d: unknown): string => String(d).trim();

// An item's docs: the base names its `evidence` entries name (objects with `doc`, or strings) and a plain `docs` array.
function docsOf(a: Record<string, unknown>): Set<string> {
  const named = [
    ...(Array.isArray(a.evidence) ? a.evidence.map((e: unknown) => (typeof e === 'string' ? e : (e as { doc?: unknown } | null)?.doc)) : []),
    ...(Array.isArray(a.docs) ? (a.docs as unknown[]) : []),
  ];
  return new Set(named.filter((d) => d != null).map(baseName));
}

function prepareGraph(graph: GraphExport): SysGraph {
  const nodes = new Map<string, SysNode>();
  for (const n of graph.nodes) {
    const a = (n?.attributes ?? {}) as Record<string, unknown>;
    const key = String(n?.key);
    nodes.set(key, { key, label: a.label, name: a.name, kind: a.kind, date: a.date, aliases: Array.isArray(a.aliases) ? a.aliases : [], docs: docsOf(a) });
  }
  const allUndirected = graph.options?.type === 'undirected';
  const edges = (graph.edges ?? []).map((e): SysEdge => {
    const a = (e?.attributes ?? {}) as Record<string, unknown>;
    return { source: String(e?.source), target: String(e?.target), type: a.type, date: a.date, undirected: allUndirected || !!e?.undirected, docs: docsOf(a) };
  });
  // Whichever way a PARTICIPATED_IN edge points, its Person end takes part in its Event end.
  const participants = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.type !== 'PARTICIPATED_IN') continue;
    for (const [person, event] of [[e.source, e.target], [e.target, e.source]] as const) {
      if (nodes.get(person)?.label !== 'Person' || nodes.get(event)?.label !== 'Event') continue;
      if (!participants.has(event)) participants.set(event, new Set());
      participants.get(event)!.add(person);
    }
  }
  return { nodes, edges, participants };
}

// The gold entity of a node: by name, else by any alias; ties go to an equal canonical name, then to file order.
function matchNode(node: SysNode, gold: Gold): IndexedEntity | null {
  const candidatesFor = (keys: string[]): IndexedEntity[] => [...gold.entities.values()].filter((g) => g.label === node.label && keys.some((k) => g.norms.has(k)));
  let keys = [normalize(node.name)].filter(Boolean);
  let cands = candidatesFor(keys);
  if (!cands.length) {
    keys = node.aliases.map(normalize).filter(Boolean);
    cands = candidatesFor(keys);
  }
  return cands.find((g) => keys.includes(g.norm)) ?? cands[0] ?? null;
}

const scoredNode = (n: SysNode): boolean => SCORED_LABELS.has(n.label as string) || (n.label === 'Event' && n.kind === 'congress');
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const detail = (): Counts & { fps: string[]; fns: string[] } => ({ ...counts(), fps: [], fns: [] });

/** Precision, recall and F1 of counts. */
function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

const withLists = (c: Counts & { fps: string[]; fns: string[] }): PartDetail => ({ ...prf(c), fps: c.fps, fns: c.fns });

interface GoldItem {
  dates: Set<string>;
}

/** Scores one article: entity matches, relation triples, talk pairs and dates. */
function scoreDoc(gold: Gold, sys: SysGraph) {
  const here = [...sys.nodes.values()].filter((n) => n.docs.has(gold.doc));
  const nodeName = (key: string): string => {
    const n = sys.nodes.get(key);
    return n ? `?"${String(n.name ?? '')}" [${key}]` : `?[${key}]`;
  };
  const goldName = (id: string): string => gold.entities.get(id)!.name;

  // Entities: one TP per matched gold entity; further nodes on it are duplicates (FP).
  const match = new Map<string, IndexedEntity>();
  const ent = detail();
  const hit = new Set<string>();
  for (const n of here.filter(scoredNode)) {
    const m = matchNode(n, gold);
    if (m) match.set(n.key, m);
    const desc = `${String(n.label)} "${String(n.name ?? '')}" [${n.key}]`;
    if (!m) {
      ent.fp++;
      ent.fps.push(`${desc} matches no gold entity`);
    } else if (m.optional) continue;
    else if (hit.has(m.id)) {
      ent.fp++;
      ent.fps.push(`${desc} duplicate of ${m.id}`);
    } else {
      hit.add(m.id);
      ent.tp++;
    }
  }
  for (const e of gold.entities.values()) {
    if (!e.optional && !hit.has(e.id)) {
      ent.fn++;
      ent.fns.push(`${e.label} ${e.name} (${e.id})`);
    }
  }
  const idOf = (key: string): IndexedEntity | null => match.get(key) ?? null;

  // Gold relations and pairs that touch an optional entity are optional too: their system counterparts are ignored.
  const isOpt = (item: { optional?: boolean }, ids: string[]): boolean => !!item.optional || ids.some((id) => gold.entities.get(id)!.optional);
  const goldRel = new Map<string, GoldRelation & GoldItem>();
  const optRel = new Set<string>();
  for (const r of gold.relations) {
    const k = tripleKey(r.type, r.source, r.target);
    if (isOpt(r, [r.source, r.target])) {
      optRel.add(k);
      continue;
    }
    const cur = goldRel.get(k) ?? { ...r, dates: new Set<string>() };
    if (r.date != null) cur.dates.add(trimDate(r.date));
    goldRel.set(k, cur);
  }
  const goldPair = new Map<string, { a: string; b: string } & GoldItem>();
  const optPair = new Set<string>();
  for (const t of gold.talks) {
    const ids = [...new Set(t.participants)];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!];
        const k = pairKey(a, b);
        if (isOpt(t, [a, b])) {
          optPair.add(k);
          continue;
        }
        const cur = goldPair.get(k) ?? { a, b, dates: new Set<string>() };
        if (t.date != null) cur.dates.add(trimDate(t.date));
        goldPair.set(k, cur);
      }
    }
  }

  // Relations: map both ends, dedupe triples, keep every system date seen per triple.
  const sysRel = new Map<string, { type: string; label: string; dates: Set<string>; mapped: boolean }>();
  for (const e of sys.edges) {
    if (!SCORED_TYPES.has(e.type) || !e.docs.has(gold.doc)) continue;
    let [s, t] = [idOf(e.source), idOf(e.target)];
    if (s?.optional || t?.optional) continue;
    if (s && t && e.undirected && !goldRel.has(tripleKey(e.type, s.id, t.id)) && goldRel.has(tripleKey(e.type, t.id, s.id))) [s, t] = [t, s];
    const k = tripleKey(e.type, s ? s.id : `?${e.source}`, t ? t.id : `?${e.target}`);
    if (optRel.has(k)) continue;
    const type = e.type as string;
    const cur = sysRel.get(k) ?? { type, dates: new Set<string>(), mapped: !!(s && t), label: `${type} ${s ? s.name : nodeName(e.source)} -> ${t ? t.name : nodeName(e.target)}` };
    if (e.date != null) cur.dates.add(trimDate(e.date));
    sysRel.set(k, cur);
  }
  const rel = detail();
  const byType: Record<string, Counts> = {};
  const typeCounts = (type: string): Counts => (byType[type] ??= counts());
  const dates = { correct: 0, total: 0, errors: [] as string[] };
  const checkDate = (goldItem: GoldItem, sysDates: Set<string>, label: string): void => {
    if (!goldItem.dates.size) return;
    dates.total++;
    if ([...sysDates].some((d) => goldItem.dates.has(d))) dates.correct++;
    else dates.errors.push(`${label}: gold ${[...goldItem.dates].join(' or ')}, system ${[...sysDates].join(', ') || 'none'}`);
  };
  for (const [k, s] of sysRel) {
    const gr = goldRel.get(k);
    if (gr) {
      rel.tp++;
      typeCounts(s.type).tp++;
      checkDate(gr, s.dates, s.label);
    } else {
      rel.fp++;
      typeCounts(s.type).fp++;
      rel.fps.push(s.mapped ? s.label : `${s.label} (unmapped end)`);
    }
  }
  for (const [k, r] of goldRel) {
    if (sysRel.has(k)) continue;
    rel.fn++;
    typeCounts(r.type).fn++;
    rel.fns.push(`${r.type} ${goldName(r.source)} -> ${goldName(r.target)}`);
  }

  // Talks: every unordered pair of the persons taking part in a talks event of this article.
  const sysPair = new Map<string, { label: string; dates: Set<string>; mapped: boolean }>();
  for (const ev of here.filter((n) => n.label === 'Event' && n.kind === 'talks')) {
    // Ends: a gold id, or the key of an unmatched person; two nodes of one gold entity collapse into one end.
    const ends = new Map<string, { m?: IndexedEntity; key?: string }>();
    for (const p of sys.participants.get(ev.key) ?? []) {
      const m = idOf(p);
      ends.set(m ? m.id : `?${p}`, m ? { m } : { key: p });
    }
    const list = [...ends.entries()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [[ka, a], [kb, b]] = [list[i]!, list[j]!];
        if (a.m?.optional || b.m?.optional) continue;
        const k = pairKey(ka, kb);
        if (optPair.has(k)) continue;
        const end = (x: { m?: IndexedEntity; key?: string }): string => (x.m ? x.m.name : nodeName(x.key!));
        const cur = sysPair.get(k) ?? { dates: new Set<string>(), mapped: !!(a.m && b.m), label: `talks ${end(a)} + ${end(b)}` };
        if (ev.date != null) cur.dates.add(trimDate(ev.date));
        sysPair.set(k, cur);
      }
    }
  }
  const talks = detail();
  for (const [k, s] of sysPair) {
    const gp = goldPair.get(k);
    if (gp) {
      talks.tp++;
      checkDate(gp, s.dates, s.label);
    } else {
      talks.fp++;
      talks.fps.push(s.mapped ? s.label : `${s.label} (unmapped person)`);
    }
  }
  for (const [k, p] of goldPair) {
    if (sysPair.has(k)) continue;
    talks.fn++;
    talks.fns.push(`talks ${goldName(p.a)} + ${goldName(p.b)}`);
  }

  return { entities: ent, relations: rel, talks, dates, byType, match };
}

/** Scores the gold articles against a graph (micro-averaged over articles); a pure function of its inputs. */
export function scoreGraph(golds: Gold[], graph: GraphExport): EvalResult {
  const sys = prepareGraph(graph);
  const total = { entities: counts(), relations: counts(), talks: counts() };
  const dates = { correct: 0, total: 0 };
  const byType: Record<string, Counts> = {};
  const perDoc: Record<string, DocResult> = {};
  const nodesOf = new Map<string, Set<string>>(); // gold id -> keys of the nodes matched to it, over all articles
  const goldFiles = new Map<string, { name: string; files: number }>(); // gold id -> articles where it is not optional
  for (const gold of golds) {
    const d = scoreDoc(gold, sys);
    add(total.entities, d.entities);
    add(total.relations, d.relations);
    add(total.talks, d.talks);
    dates.correct += d.dates.correct;
    dates.total += d.dates.total;
    for (const [type, c] of Object.entries(d.byType)) add((byType[type] ??= counts()), c);
    for (const [key, m] of d.match) {
      if (!nodesOf.has(m.id)) nodesOf.set(m.id, new Set());
      nodesOf.get(m.id)!.add(key);
    }
    for (const e of gold.entities.values()) {
      if (e.optional) continue;
      const cur = goldFiles.get(e.id) ?? { name: e.name, files: 0 };
      cur.files++;
      goldFiles.set(e.id, cur);
    }
    perDoc[gold.doc] = {
      entities: withLists(d.entities),
      relations: withLists(d.relations),
      talks: withLists(d.talks),
      dates: { correct: d.dates.correct, total: d.dates.total, errors: d.dates.errors },
    };
  }
  // Merging: a gold entity seen (not optional) in two or more articles should be exactly one node.
  const merging: EvalResult['merging'] = { merged: 0, total: 0, accuracy: null, failures: [] };
  for (const [id, { name, files }] of goldFiles) {
    if (files < 2) continue;
    const keys = [...(nodesOf.get(id) ?? [])];
    merging.total++;
    if (keys.length === 1) merging.merged++;
    else merging.failures.push({ id, name, nodes: keys });
  }
  if (merging.total) merging.accuracy = merging.merged / merging.total;
  const overall = counts();
  for (const c of Object.values(total)) add(overall, c);
  const orderedTypes = Object.fromEntries(SCORED_RELATION_TYPES.filter((t) => byType[t]).map((t) => [t, prf(byType[t]!)]));
  return {
    entities: prf(total.entities),
    relations: prf(total.relations),
    talks: prf(total.talks),
    overall: prf(overall),
    dates: { ...dates, accuracy: dates.total ? dates.correct / dates.total : null },
    merging,
    byType: orderedTypes,
    perDoc,
  };
}
