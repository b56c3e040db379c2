// Stage 4: folds validated extraction records into one graphology graph with stable node keys.
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType } from 'graphology';
import { slug } from '../names.js';
import type { EdgeAttributes, Evidence, ExtractionRecord, GraphFile, NodeAttributes, RecordEntity, RelationType } from '../schema/index.js';
import { RELATION_TABLE } from '../schema/index.js';
import { PersonResolver } from './resolve.js';

const { MultiDirectedGraph } = graphology;

/** graphology options of every graph this tool builds (also written into graph.json). */
export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** The graph this tool builds: directed, multi-edges, node and edge attributes of the output contract. */
export type KnowledgeGraph = MultiDirectedGraphType<NodeAttributes, EdgeAttributes, GraphAttributes>;
export interface GraphAttributes {
  articles?: number;
  generator?: string;
  [k: string]: unknown;
}

interface NodeData {
  label: RecordEntity['label'];
  forms: Map<string, number>;
  kind?: RecordEntity['kind'];
  mode?: RecordEntity['mode'];
  date?: string;
  ordinal?: number;
  mentions: number;
  evidence: Evidence[];
}

/** An entity's place before final keys exist: a fixed key, or a person cluster resolved at the end. */
type Ref = { key: string } | { person: number } | { occasion: string };

interface PendingEdge {
  type: RelationType;
  source: Ref;
  target: Ref;
  date?: string;
  cameo?: string;
  title?: string;
  former?: boolean;
  occasion?: Ref;
  evidence: Evidence;
}

/** A talks or visit event of one article, keyed at the end from its final participants and date. */
interface Occasion {
  provisional: string;
  /** The extractor's key for it (unique within its article). */
  key: string;
  data: NodeData;
  participants: Ref[];
  place: Ref[];
}

/**
 * Builds the graph incrementally, one record at a time (O(mentions) per record), so a corpus can stream through.
 * Call add() for each record in article order, then finish() once.
 */
export class GraphBuilder {
  private persons = new PersonResolver();
  private personData = new Map<number, NodeData>();
  private nodes = new Map<string, NodeData>();
  private occasions = new Map<string, Occasion>();
  private edges: PendingEdge[] = [];
  private articles = 0;

  add(record: ExtractionRecord): void {
    this.articles++;
    const doc = record.article.id;
    const refs = new Map<string, Ref>();
    for (const e of record.entities) refs.set(e.id, this.addEntity(e, doc));
    for (const r of record.relations) {
      const source = refs.get(r.subject)!;
      const target = refs.get(r.object)!;
      const edge: PendingEdge = { type: r.type, source, target, evidence: r.evidence };
      if (r.date) edge.date = r.date;
      if (r.cameo) edge.cameo = r.cameo;
      if (r.title) edge.title = r.title;
      if (r.former !== undefined) edge.former = r.former;
      if (r.occasion) edge.occasion = refs.get(r.occasion)!;
      this.edges.push(edge);
      if ('occasion' in target && r.type === 'PARTICIPATED_IN') this.occasions.get(target.occasion)!.participants.push(source);
      if ('occasion' in source && r.type === 'TOOK_PLACE_IN') this.occasions.get(source.occasion)!.place.push(target);
    }
  }

  private addEntity(e: RecordEntity, doc: string): Ref {
    const fresh = (): NodeData => {
      const d: NodeData = { label: e.label, forms: new Map(), mentions: 0, evidence: [] };
      if (e.kind) d.kind = e.kind;
      if (e.mode) d.mode = e.mode;
      if (e.date) d.date = e.date;
      if (e.ordinal) d.ordinal = e.ordinal;
      return d;
    };
    let ref: Ref;
    let data: NodeData;
    if (e.label === 'Person') {
      const id = this.persons.add(e.name, e.aliases);
      ref = { person: id };
      data = this.personData.get(id) ?? fresh();
      this.personData.set(id, data);
    } else if (e.label === 'Event' && (e.kind === 'talks' || e.kind === 'visit')) {
      const provisional = `${e.key}@${doc}`;
      data = fresh();
      this.occasions.set(provisional, { provisional, key: e.key, data, participants: [], place: [] });
      ref = { occasion: provisional };
    } else {
      ref = { key: e.key };
      data = this.nodes.get(e.key) ?? fresh();
      this.nodes.set(e.key, data);
    }
    for (const form of [e.name, ...e.aliases]) data.forms.set(form, (data.forms.get(form) ?? 0) + (form === e.name ? 2 : 1));
    data.mentions += e.mentions;
    // Records arrive in article order, so evidence from this article can only be the last entry.
    if (data.evidence.at(-1)?.doc !== doc) data.evidence.push(e.evidence);
    return ref;
  }

  /** Resolves persons and occasions to final keys and returns the graph (nodes and edges in key order). */
  finish(): KnowledgeGraph {
    this.persons.settle();
    const final = new Map<string, NodeData>(this.nodes);
    const personKey = new Map<number, string>();
    const names = new Map<string, { name: string; aliases: string[] }>();
    // Persons: clusters become nodes; a key claimed by two clusters gets a numeric suffix in first-seen order.
    for (const [id, data] of this.personData) {
      const root = this.persons.root(id);
      const { key: base, name, aliases } = this.persons.describe(root);
      let key = personKey.get(root);
      if (!key) {
        key = base;
        for (let n = 2; final.has(key) && !isSameCluster(this.persons, personKey, key, root); n++) key = `${base}-${n}`;
        personKey.set(root, key);
        names.set(key, { name, aliases });
      }
      const into = final.get(key);
      final.set(key, into ? mergeData(into, data) : data);
    }
    const keyOf = (ref: Ref): string => ('key' in ref ? ref.key : 'person' in ref ? personKey.get(this.persons.root(ref.person))! : occasionKey.get(ref.occasion)!);
    // Occasions: the same talks (same date, same people) told by two articles is one event.
    const occasionKey = new Map<string, string>();
    const usedKeys = new Set<string>();
    for (const occ of this.occasions.values()) {
      const people = [...new Set(occ.participants.map(keyOf))].sort();
      const places = [...new Set(occ.place.map(keyOf))].sort();
      const kind = occ.data.kind!;
      const when = occ.data.date && /^\d{4}-\d{2}-\d{2}$/.test(occ.data.date) ? occ.data.date : undefined;
      const who = people.map((k) => k.replace(/^person:/, '')).join('+') || 'unknown';
      // Dated talks get a key from their date and people, so two articles telling them meet; others keep the article's key.
      let key = when && people.length ? `event:${kind}:${when}:${who}${kind === 'visit' ? `:${places.map((p) => p.replace(/^country:/, '')).join('+')}` : ''}` : occ.key;
      if (!when || !people.length) for (let n = 2; usedKeys.has(key); n++) key = `${occ.key}-${n}`;
      usedKeys.add(key);
      occasionKey.set(occ.provisional, key);
      const into = final.get(key);
      final.set(key, into ? mergeData(into, occ.data) : occ.data);
      if (!names.has(key)) names.set(key, { name: occasionName(kind, occ.data, people.map((k) => displayName(final, names, k)), places.map((k) => displayName(final, names, k))), aliases: [] });
    }

    const graph: KnowledgeGraph = new MultiDirectedGraph(GRAPH_OPTIONS);
    graph.replaceAttributes({ articles: this.articles, generator: 'kg-diplomacy' });
    for (const key of [...final.keys()].sort()) {
      const d = final.get(key)!;
      const named = names.get(key) ?? pickName(d);
      const attrs: NodeAttributes = { label: d.label, name: named.name, aliases: named.aliases, mentions: d.mentions, evidence: sortEvidence(d.evidence) as NodeAttributes["evidence"] };
      if (d.kind) attrs.kind = d.kind;
      if (d.mode) attrs.mode = d.mode;
      if (d.date) attrs.date = d.date;
      if (d.ordinal) attrs.ordinal = d.ordinal;
      graph.addNode(key, attrs);
    }
    // Edges: one per (type, ends, date, title); the articles that state it are its evidence.
    const merged = new Map<string, EdgeAttributes & { source: string; target: string }>();
    const stated = new Set<string>();
    for (const e of this.edges) {
      const source = keyOf(e.source);
      const target = keyOf(e.target);
      if (source === target) continue;
      const key = `${e.type}:${source}->${target}${e.date ? `@${e.date}` : ''}${e.title ? `#${slug(e.title)}` : ''}`;
      const cur = merged.get(key);
      const where = `${key}\u0000${e.evidence.doc}\u0000${e.evidence.start}`;
      const fresh = !stated.has(where);
      stated.add(where);
      if (cur) {
        if (fresh) cur.evidence.push(e.evidence);
        if (cur.former && e.former === false) cur.former = false;
        continue;
      }
      const attrs: EdgeAttributes & { source: string; target: string } = { source, target, type: e.type, evidence: [e.evidence] };
      if (e.date) attrs.date = e.date;
      const cameo = e.cameo ?? RELATION_TABLE[e.type].cameo;
      if (cameo) attrs.cameo = cameo;
      if (e.title) attrs.title = e.title;
      if (e.former !== undefined) attrs.former = e.former;
      if (e.occasion) attrs.occasion = keyOf(e.occasion);
      merged.set(key, attrs);
    }
    for (const key of [...merged.keys()].sort()) {
      const { source, target, ...attrs } = merged.get(key)!;
      attrs.evidence = sortEvidence(attrs.evidence) as EdgeAttributes['evidence'];
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
    }
    return graph;
  }
}

function isSameCluster(persons: PersonResolver, personKey: Map<number, string>, key: string, root: number): boolean {
  for (const [r, k] of personKey) if (k === key) return persons.root(r) === root;
  return false;
}

const docSets = new WeakMap<NodeData, Set<string>>();
function docsOf(d: NodeData): Set<string> {
  let set = docSets.get(d);
  if (!set) docSets.set(d, (set = new Set(d.evidence.map((x) => x.doc))));
  return set;
}

function mergeData(into: NodeData, from: NodeData): NodeData {
  for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
  into.mentions += from.mentions;
  const docs = docsOf(into);
  for (const ev of from.evidence) if (!docs.has(ev.doc)) docs.add(ev.doc), into.evidence.push(ev);
  into.date ??= from.date;
  into.mode ??= from.mode;
  return into;
}

/** Display name of a non-person node: its most frequent full form (record names count double), ties broken by spelling. */
function pickName(d: NodeData): { name: string; aliases: string[] } {
  const forms = [...d.forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const name = forms[0]![0];
  return { name, aliases: forms.slice(1).map(([f]) => f).sort() };
}

function displayName(final: Map<string, NodeData>, names: Map<string, { name: string }>, key: string): string {
  return names.get(key)?.name ?? (final.get(key) ? pickName(final.get(key)!).name : key);
}

function occasionName(kind: string, d: NodeData, people: string[], places: string[]): string {
  const when = d.date ? ` (${d.date})` : '';
  if (kind === 'visit') return `Visit of ${people.join(', ') || 'unknown'}${places.length ? ` to ${places.join(', ')}` : ''}${when}`;
  const what = d.mode === 'phone' ? 'Phone talks' : d.mode === 'letter' ? 'Letter' : 'Talks';
  return `${what}: ${people.join(' – ') || 'unknown'}${when}`;
}

function sortEvidence(list: Evidence[]): Evidence[] {
  return [...list].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
}

/** Builds the graph from records in one call. */
export function buildGraph(records: Iterable<ExtractionRecord>): KnowledgeGraph {
  const b = new GraphBuilder();
  for (const r of records) b.add(r);
  return b.finish();
}

/** The graph as the graph-file JSON (graphology's export form). */
export function toGraphFile(graph: KnowledgeGraph): GraphFile {
  return graph.export() as unknown as GraphFile;
}

/** Reads a graph file (already validated) back into a graphology graph. */
export function fromGraphFile(file: GraphFile): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph(GRAPH_OPTIONS);
  graph.import(file as never);
  return graph;
}
