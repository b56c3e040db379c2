// The finished graph in compact tables: final node keys, merged edges as runs of sorted relation rows, evidence rows.
// Nodes and edges are materialised one at a time (GraphSource), so sinks can stream a graph of any size;
// toGraphology() builds the in-memory graph for queries and reports.
import { detach, slug } from '../names.js';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../schema/index.js';
import { RELATION_TABLE, RELATION_TYPES } from '../schema/index.js';
import type { BuilderState } from './builder.js';
import { occasionDate, occasionKind, occasionMode, ref, RefKind, refId, refKind } from './builder.js';
import { Interner, type IntColumns } from './columns.js';
import type { SentenceStore } from './sentences.js';
import { emptyGraph, type GraphAttributes, type KnowledgeGraph } from './graphology.js';
import type { GraphSource, SentenceNeed, SourceEdge, SourceNode } from './source.js';

/** Final nodes before sorting: key, the holders (by ref) merged into each, occasion names. */
interface FinalNodes {
  key: string[];
  /** Holder refs of each node: key nodes, then person clusters, then occasions, each by id. */
  members: Groups;
  /** Participants and places of each occasion: a talks or visit node is named from those of its first occasion. */
  participants: Groups;
  places: Groups;
  /** Node index of each key node, person cluster and occasion. */
  ofKeyed: Int32Array;
  ofPerson: Int32Array;
  ofOccasion: Int32Array;
}

export function finishGraph(s: BuilderState): CompactGraph {
  s.persons.settle();
  const nodes = assignKeys(s);
  const rank = ranks(nodes.key.length, (a, b) => compareStrings(nodes.key[a]!, nodes.key[b]!));
  const sortedNodes = inverse(rank);
  const finalOf = (r: number): number => (refKind(r) === RefKind.Keyed ? nodes.ofKeyed : refKind(r) === RefKind.Person ? nodes.ofPerson : nodes.ofOccasion)[refId(r)]!;
  const edges = mergeEdges(s, finalOf, rank);
  const degree = new Int32Array(nodes.key.length);
  for (const row of edges.runFirst) {
    degree[finalOf(s.edges.col.source.get(row))]!++;
    degree[finalOf(s.edges.col.target.get(row))]!++;
  }
  return new CompactGraph(s, nodes, sortedNodes, finalOf, edges, degree);
}

/** Keys for persons (clusters, with -2, -3 on a clash) and occasions (same date and people: one event), merged holders. */
function assignKeys(s: BuilderState): FinalNodes {
  const index = new Map<string, number>();
  const key: string[] = [];
  const claim = (k: string): number => {
    let i = index.get(k);
    // Keys are built by concatenation and slicing: a flat copy costs a third of the pieces.
    if (i === undefined) index.set(k, (i = key.push(detach(k)) - 1));
    return i;
  };
  const ofKeyed = new Int32Array(s.keyed.length);
  s.keyed.forEach((n, id) => (ofKeyed[id] = claim(n.key)));

  const ofPerson = new Int32Array(s.persons.size);
  const nodeOfRoot = new Int32Array(s.persons.size).fill(-1);
  for (let id = 0; id < s.persons.size; id++) {
    const root = s.persons.root(id);
    if (nodeOfRoot[root]! < 0) {
      const base = s.persons.describe(root).key;
      let k = base;
      for (let n = 2; index.has(k); n++) k = `${base}-${n}`;
      nodeOfRoot[root] = claim(k);
    }
    ofPerson[id] = nodeOfRoot[root]!;
  }

  const occasionCount = s.occasions.key.length;
  const ofOccasion = new Int32Array(occasionCount);
  const { participants, places } = occasionEnds(s);
  const keyOfRef = (r: number): string => key[refKind(r) === RefKind.Keyed ? ofKeyed[refId(r)]! : ofPerson[refId(r)]!]!;
  const usedKeys = new Set<string>();
  for (let id = 0; id < occasionCount; id++) {
    const people = uniqueSortedBy(valuesOf(participants, id), keyOfRef);
    const where = uniqueSortedBy(valuesOf(places, id), keyOfRef);
    const kind = occasionKind(s.occasions, id);
    const date = occasionDate(s, id);
    const when = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
    const own = s.occasions.key[id]!;
    let k: string;
    // Dated talks get a key from their date and people, so two articles telling them meet; others keep the article's key.
    if (when && people.length) {
      const who = people.map((r) => keyOfRef(r).replace(/^person:/, '')).join('+');
      k = `event:${kind}:${when}:${who}${kind === 'visit' ? `:${where.map((r) => keyOfRef(r).replace(/^country:/, '')).join('+')}` : ''}`;
    } else for (let n = 2, base = (k = own); usedKeys.has(k); n++) k = `${base}-${n}`;
    usedKeys.add(k);
    ofOccasion[id] = claim(k);
  }

  const members = groupValues(key.length, (emit) => {
    ofKeyed.forEach((node, id) => emit(node, ref(id, RefKind.Keyed)));
    ofPerson.forEach((node, id) => emit(node, ref(id, RefKind.Person)));
    ofOccasion.forEach((node, id) => emit(node, ref(id, RefKind.Occasion)));
  });
  return { key, members, participants, places, ofKeyed, ofPerson, ofOccasion };
}

/** Participants (PARTICIPATED_IN sources) and places (TOOK_PLACE_IN targets) of each occasion, in record order. */
function occasionEnds(s: BuilderState): { participants: Groups; places: Groups } {
  const participatedIn = RELATION_TYPES.indexOf('PARTICIPATED_IN');
  const tookPlaceIn = RELATION_TYPES.indexOf('TOOK_PLACE_IN');
  const c = s.edges.col;
  const occasions = s.occasions.key.length;
  const participants = groupValues(occasions, (emit) => {
    for (let row = 0; row < s.edges.length; row++) if (c.type.get(row) === participatedIn && refKind(c.target.get(row)) === RefKind.Occasion) emit(refId(c.target.get(row)), c.source.get(row));
  });
  const places = groupValues(occasions, (emit) => {
    for (let row = 0; row < s.edges.length; row++) if (c.type.get(row) === tookPlaceIn && refKind(c.source.get(row)) === RefKind.Occasion) emit(refId(c.source.get(row)), c.target.get(row));
  });
  return { participants, places };
}

/** Integers grouped by a group index, without an array per group: group g holds values[start[g]] .. values[start[g + 1] - 1]. */
interface Groups {
  start: Int32Array;
  values: Int32Array;
}

/** Groups what `each` emits, keeping emission order within a group; `each` runs twice (count, then fill). */
function groupValues(groupCount: number, each: (emit: (group: number, value: number) => void) => void): Groups {
  const start = new Int32Array(groupCount + 1);
  each((group) => void start[group + 1]!++);
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const values = new Int32Array(start[groupCount]!);
  const next = start.slice(0, groupCount);
  each((group, value) => void (values[next[group]!++] = value));
  return { start, values };
}

const valuesOf = (groups: Groups, group: number): Int32Array => groups.values.subarray(groups.start[group]!, groups.start[group + 1]!);

interface MergedEdges {
  /** Relation rows sorted by type, source, target, date, title, then record order; self-loops left out. */
  rows: Int32Array;
  /** Start of each merged edge in `rows` (a run of rows with the same type, ends, date and title), plus the end. */
  runStart: Int32Array;
  /** First row of each run (the one whose attributes the edge takes). */
  runFirst: Int32Array;
}

/** One edge per (type, ends, date, title): the relation rows stating it, grouped by sorting. */
function mergeEdges(s: BuilderState, finalOf: (r: number) => number, nodeRank: Int32Array): MergedEdges {
  const c = s.edges.col;
  const typeRank = ranks(RELATION_TYPES.length, (a, b) => compareStrings(RELATION_TYPES[a]!, RELATION_TYPES[b]!));
  const dateRank = ranks(s.dates.values.length, (a, b) => compareStrings(s.dates.values[a]!, s.dates.values[b]!));
  // Titles that differ only in case or accents ("Prime Minister", "prime minister") are one edge.
  const slugs = new Interner();
  const titleSlug = Int32Array.from(s.titles.values, (t) => slugs.id(slug(t)));
  const slugRank = ranks(slugs.values.length, (a, b) => compareStrings(slugs.values[a]!, slugs.values[b]!));
  const source = new Int32Array(s.edges.length);
  const target = new Int32Array(s.edges.length);
  const all = new Int32Array(s.edges.length);
  let kept = 0;
  for (let row = 0; row < s.edges.length; row++) {
    source[row] = nodeRank[finalOf(c.source.get(row))]!;
    target[row] = nodeRank[finalOf(c.target.get(row))]!;
    if (source[row] !== target[row]) all[kept++] = row;
  }
  // Ranks shifted by one so that "none" (-1) sorts first as 0.
  const dateOf = (row: number): number => (c.date.get(row) < 0 ? 0 : dateRank[c.date.get(row)]! + 1);
  const titleOf = (row: number): number => (c.title.get(row) < 0 ? 0 : slugRank[titleSlug[c.title.get(row)]!]! + 1);
  const sameEdge = (a: number, b: number): boolean => c.type.get(a) === c.type.get(b) && source[a] === source[b] && target[a] === target[b] && c.date.get(a) === c.date.get(b) && titleOf(a) === titleOf(b);
  // Sorted by type, source, target, date, title, then row (the rows start in row order). A comparison sort made
  // mergeEdges 1.0 s of a 4.2 s finish at 256 MB; counting passes 0.5-0.6 s.
  const rows = sortByKeys(all.subarray(0, kept), [
    { range: RELATION_TYPES.length, of: (row) => typeRank[c.type.get(row)]! },
    { range: nodeRank.length, of: (row) => source[row]! },
    { range: nodeRank.length, of: (row) => target[row]! },
    { range: s.dates.values.length + 1, of: dateOf },
    { range: slugs.values.length + 1, of: titleOf },
  ]);
  const starts = new Int32Array(rows.length + 1);
  let runs = 0;
  for (let i = 0; i < rows.length; i++) if (i === 0 || !sameEdge(rows[i - 1]!, rows[i]!)) starts[runs++] = i;
  starts[runs] = rows.length;
  const runStart = starts.slice(0, runs + 1);
  return { rows, runStart, runFirst: runStart.subarray(0, runs).map((i) => rows[i]!) };
}

export class CompactGraph implements GraphSource {
  readonly attributes: GraphAttributes;
  readonly order: number;
  readonly size: number;
  private docRank: Int32Array;

  constructor(
    private readonly s: BuilderState,
    private readonly final: FinalNodes,
    private readonly sortedNodes: Int32Array,
    private readonly finalOf: (r: number) => number,
    private readonly merged: MergedEdges,
    private readonly degree: Int32Array,
  ) {
    this.attributes = { articles: s.articles, generator: 'kg-diplomacy' };
    this.order = final.key.length;
    this.size = merged.runFirst.length;
    this.docRank = ranks(s.docs.values.length, (a, b) => compareStrings(s.docs.values[a]!, s.docs.values[b]!));
  }

  nodes(sentences: SentenceNeed = 'all'): Generator<SourceNode> {
    return this.batched(this.order, (i, fill) => {
      const node = this.sortedNodes[i]!;
      return { key: this.final.key[node]!, attributes: this.nodeAttributes(node, sentences, fill), degree: this.degree[node]! };
    });
  }

  edges(sentences: SentenceNeed = 'all'): Generator<SourceEdge> {
    const { runStart, rows } = this.merged;
    return this.batched(this.size, (run, fill) => this.edge(rows.subarray(runStart[run]!, runStart[run + 1]!), sentences, fill));
  }

  /**
   * Items 0..count-1 made by `make`, in batches whose evidence sentences are read together (see SentenceStore.getMany):
   * `make` leaves each sentence empty and registers it with `fill`.
   */
  private *batched<T>(count: number, make: (i: number, fill: SentenceFill) => T): Generator<T> {
    const batch: T[] = [];
    const fill = new SentenceFill();
    for (let i = 0; i < count; i++) {
      batch.push(make(i, fill));
      if (fill.size >= BATCH_SENTENCES || batch.length >= BATCH_ITEMS || i === count - 1) {
        fill.run(this.s.sentences);
        yield* batch;
        batch.length = 0;
      }
    }
  }

  /** The whole graph in graphology (memory grows with the graph: for queries and reports, not for writing files). */
  toGraphology(): KnowledgeGraph {
    const graph = emptyGraph();
    graph.replaceAttributes({ ...this.attributes });
    for (const n of this.nodes()) graph.addNode(n.key, n.attributes);
    for (const e of this.edges()) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
    return graph;
  }

  /** Nodes per label and edges per type, without materialising any node or edge. */
  counts(): { nodes: Map<string, number>; edges: Map<string, number> } {
    const nodes = new Map<string, number>();
    const edges = new Map<string, number>();
    for (let node = 0; node < this.order; node++) {
      const label = this.labelOf(this.final.members.values[this.final.members.start[node]!]!);
      nodes.set(label, (nodes.get(label) ?? 0) + 1);
    }
    for (const row of this.merged.runFirst) {
      const type = RELATION_TYPES[this.s.edges.col.type.get(row)]!;
      edges.set(type, (edges.get(type) ?? 0) + 1);
    }
    return { nodes, edges };
  }

  /** Releases the temporary sentence file, if the corpus needed one; nodes() and edges() no longer work. */
  close(): void {
    this.s.sentences.close();
  }

  private nodeAttributes(node: number, sentences: SentenceNeed, fill: SentenceFill): NodeAttributes {
    const s = this.s;
    const members = valuesOf(this.final.members, node);
    const first = members[0]!;
    let mentions = 0;
    let mode: string | undefined;
    let date: string | undefined;
    const rows: number[] = [];
    for (const m of members) {
      const id = refId(m);
      if (refKind(m) === RefKind.Keyed) {
        const k = s.keyed[id]!;
        mentions += k.mentions;
        mode ??= k.mode;
        date ??= k.date;
      } else if (refKind(m) === RefKind.Person) mentions += s.personMentions.get(id);
      else {
        mentions += s.occasions.rows.col.mentions.get(id);
        mode ??= occasionMode(s.occasions, id);
        date ??= occasionDate(s, id);
      }
      for (let row = s.evidenceHead.get(m); row >= 0; row = s.nodeEvidence.col.next.get(row)) rows.push(row);
    }
    const occasion = members.find((m) => refKind(m) === RefKind.Occasion);
    const { name, aliases } = occasion !== undefined ? { name: this.occasionName(refId(occasion)), aliases: [] } : refKind(first) === RefKind.Person ? s.persons.describe(refId(first)) : pickName(s.keyed[refId(first)]!.forms);
    const attrs: NodeAttributes = { label: this.labelOf(first), name, aliases, mentions, evidence: this.evidence(s.nodeEvidence, s.nodeEvidenceDates, rows, true, sentences, fill) as NodeAttributes['evidence'] };
    const kind = refKind(first) === RefKind.Keyed ? s.keyed[refId(first)]!.kind : refKind(first) === RefKind.Occasion ? occasionKind(s.occasions, refId(first)) : undefined;
    if (kind) attrs.kind = kind as NodeAttributes['kind'];
    if (mode) attrs.mode = mode as NodeAttributes['mode'];
    if (date) attrs.date = date;
    const ordinal = refKind(first) === RefKind.Keyed ? s.keyed[refId(first)]!.ordinal : undefined;
    if (ordinal) attrs.ordinal = ordinal;
    return attrs;
  }

  /** "Phone talks: A – B (date)", "Visit of A to X (date)": from an occasion's kind, mode, date, people and places. */
  private occasionName(id: number): string {
    const s = this.s;
    const keyOf = (r: number): string => this.final.key[this.finalOf(r)]!;
    const displayName = (r: number): string => (refKind(r) === RefKind.Person ? s.persons.displayName(refId(r)) : pickName(s.keyed[refId(r)]!.forms).name);
    const people = uniqueSortedBy(valuesOf(this.final.participants, id), keyOf).map(displayName);
    const places = uniqueSortedBy(valuesOf(this.final.places, id), keyOf).map(displayName);
    return occasionName(occasionKind(s.occasions, id), occasionMode(s.occasions, id), occasionDate(s, id), people, places);
  }

  private labelOf(holder: number): NodeAttributes['label'] {
    return refKind(holder) === RefKind.Keyed ? this.s.keyed[refId(holder)]!.label : refKind(holder) === RefKind.Person ? 'Person' : 'Event';
  }

  private edge(rows: Int32Array, sentences: SentenceNeed, fill: SentenceFill): SourceEdge {
    const s = this.s;
    const c = s.edges.col;
    const first = rows[0]!;
    const type = RELATION_TYPES[c.type.get(first)]!;
    const source = this.final.key[this.finalOf(c.source.get(first))]!;
    const target = this.final.key[this.finalOf(c.target.get(first))]!;
    const date = c.date.get(first) < 0 ? undefined : s.dates.values[c.date.get(first)]!;
    const title = c.title.get(first) < 0 ? undefined : s.titles.values[c.title.get(first)]!;
    const attributes: EdgeAttributes = { type, evidence: this.evidence(s.edges, s.edgeEvidenceDates, Array.from(rows), false, sentences, fill) as EdgeAttributes['evidence'] };
    if (date) attributes.date = date;
    const cameo = c.cameo.get(first) < 0 ? RELATION_TABLE[type].cameo : s.cameos.values[c.cameo.get(first)];
    if (cameo) attributes.cameo = cameo;
    if (title) attributes.title = title;
    // A title stated as former somewhere and as current elsewhere is current.
    if (c.former.get(first) >= 0) attributes.former = c.former.get(first) === 1 && !rows.some((row) => c.former.get(row) === 0);
    if (c.occasion.get(first) >= 0) attributes.occasion = this.final.key[this.finalOf(c.occasion.get(first))]!;
    const key = `${type}:${source}->${target}${date ? `@${date}` : ''}${title ? `#${slug(title)}` : ''}`;
    return { key, source, target, attributes };
  }

  /**
   * Evidence rows of a table as the contract's objects, sorted by article and offset; one per article for a node (its
   * first mention there), one per article and span for an edge.
   */
  private evidence(table: IntColumns<EvidenceColumn>, dates: Map<number, number>, rows: number[], onePerArticle: boolean, sentences: SentenceNeed, fill: SentenceFill): Evidence[] {
    const s = this.s;
    const c = table.col;
    const docs = rows.map((row) => s.docOfArticle.get(s.sentenceStarts.articleOf(c.sentence.get(row))));
    const order = rows.map((_, i) => i).sort((i, j) => this.docRank[docs[i]!]! - this.docRank[docs[j]!]! || c.start.get(rows[i]!) - c.start.get(rows[j]!) || rows[i]! - rows[j]!);
    const out: Evidence[] = [];
    let last = -1;
    for (const i of order) {
      const row = rows[i]!;
      if (last >= 0 && docs[i] === docs[last] && (onePerArticle || c.start.get(row) === c.start.get(rows[last]!))) continue;
      last = i;
      const wanted = sentences === 'all' || (sentences === 'first' && out.length === 0);
      const e: Evidence = { doc: s.docs.values[docs[i]!]!, sentence: '', start: c.start.get(row), end: c.end.get(row) };
      if (wanted) fill.add(c.sentence.get(row), e);
      const date = dates.get(row);
      if (date !== undefined) e.date = s.dates.values[date]!;
      out.push(e);
    }
    return out;
  }
}

/** Evidence waiting for its sentence, to be read with a batch's others. */
class SentenceFill {
  private ids: number[] = [];
  private into: Evidence[] = [];

  get size(): number {
    return this.ids.length;
  }

  add(sentence: number, evidence: Evidence): void {
    this.ids.push(sentence);
    this.into.push(evidence);
  }

  run(store: SentenceStore): void {
    store.getMany(this.ids).forEach((sentence, k) => (this.into[k]!.sentence = sentence));
    this.ids = [];
    this.into = [];
  }
}

/**
 * A batch's evidence sentences: enough for neighbours to share reads (writing the 128 MB bench corpus's graph: 14.2-14.4
 * s against 18.0-21.9 s reading them one by one), few enough to die young (at 16,384, 33 full collections against 20).
 */
const BATCH_SENTENCES = 4096;
/** Nodes or edges per batch when few need sentences. */
const BATCH_ITEMS = 1024;

/** The columns an evidence row has in either table. */
type EvidenceColumn = 'sentence' | 'start' | 'end';

/** Display name of a keyed node: its most frequent full form (record names count double), ties broken by spelling. */
function pickName(forms: Map<string, number>): { name: string; aliases: string[] } {
  const sorted = [...forms.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  return { name: sorted[0]![0], aliases: sorted.slice(1).map(([f]) => f).sort() };
}

function occasionName(kind: string, mode: string | undefined, date: string | undefined, people: string[], places: string[]): string {
  const when = date ? ` (${date})` : '';
  if (kind === 'visit') return `Visit of ${people.join(', ') || 'unknown'}${places.length ? ` to ${places.join(', ')}` : ''}${when}`;
  const what = mode === 'phone' ? 'Phone talks' : mode === 'letter' ? 'Letter' : 'Talks';
  return `${what}: ${people.join(' – ') || 'unknown'}${when}`;
}

/** Refs with distinct keys, sorted by key (the first ref of each key stands for it). */
function uniqueSortedBy(refs: Iterable<number>, keyOf: (r: number) => string): number[] {
  const byKey = new Map<string, number>();
  for (const r of refs) if (!byKey.has(keyOf(r))) byKey.set(keyOf(r), r);
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `rows` sorted by integer keys (each `of(row)` in 0..range-1), most significant first, ties kept in their order: a
 * stable counting pass per key, least significant first, between two buffers (the sorted rows come back in one of
 * them, maybe `rows` itself). Linear, and the same arrays for every pass: typed arrays live outside the heap, and a
 * fresh pair per pass would leave ten arrays the size of the relation table waiting for a collection.
 */
function sortByKeys(rows: Int32Array, keys: { range: number; of: (row: number) => number }[]): Int32Array {
  let from: Int32Array = rows;
  let to: Int32Array = new Int32Array(rows.length);
  const key = new Int32Array(rows.length);
  const next = new Int32Array(Math.max(...keys.map((k) => k.range)) + 1);
  for (const { range, of } of [...keys].reverse()) {
    next.fill(0, 0, range + 1);
    for (let i = 0; i < from.length; i++) next[(key[i] = of(from[i]!)) + 1]!++;
    for (let k = 0; k < range; k++) next[k + 1]! += next[k]!;
    for (let i = 0; i < from.length; i++) to[next[key[i]!]!++] = from[i]!;
    [from, to] = [to, from];
  }
  return from;
}

/** rank[i] = position of item i when 0..n-1 are sorted by `compare`. */
function ranks(n: number, compare: (a: number, b: number) => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(compare);
  return inverse(order);
}

function inverse(permutation: Int32Array): Int32Array {
  const out = new Int32Array(permutation.length);
  permutation.forEach((item, position) => (out[item] = position));
  return out;
}
