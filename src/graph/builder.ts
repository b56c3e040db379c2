// Stage 4: folds validated extraction records, one at a time and in article order, into compact tables; finish()
// resolves persons and talks across articles and returns the graph.
import type { ExtractionRecord, RecordEntity } from '../schema/index.js';
import { EVENT_KINDS, RELATION_TYPES, TALKS_MODES } from '../schema/index.js';
import { detach, foldTokens } from '../names.js';
import { ArticleStarts, IntArray, IntColumns, Interner } from './columns.js';
import { CompactGraph, finishGraph } from './compact.js';
import { PersonResolver } from './resolve.js';
import { SentenceStore } from './sentences.js';

/** An entity's place before final keys exist, as one integer: `id * 4 + kind`. */
export const enum RefKind {
  /** A node with a fixed key (country, party, organisation, congress...). */
  Keyed = 0,
  /** A person cluster, keyed when clusters are settled. */
  Person = 1,
  /** A talks or visit event of one article, keyed from its final participants and date. */
  Occasion = 2,
}
export const ref = (id: number, kind: RefKind): number => id * 4 + kind;
export const refKind = (r: number): RefKind => r & 3;
export const refId = (r: number): number => r >>> 2;

/** A node with a fixed key: few of them, so an object each. */
export interface KeyedNode {
  key: string;
  label: RecordEntity['label'];
  kind?: RecordEntity['kind'];
  mode?: RecordEntity['mode'];
  date?: string;
  ordinal?: number;
  mentions: number;
  /** Every spelling seen and its weight (a record's name counts double). */
  forms: Map<string, number>;
}

/** Talks or visits: one per article that tells them, merged at the end. */
export interface Occasions {
  /** The key the article gave them (kept when they have no date or no people). */
  key: string[];
  /** Kind (index in EVENT_KINDS), mode (index in TALKS_MODES, -1: none), interned date (-1: none), mentions. */
  rows: IntColumns<'kind' | 'mode' | 'date' | 'mentions'>;
}

export const occasionKind = (o: Occasions, id: number): string => EVENT_KINDS[o.rows.col.kind.get(id)]!;
export const occasionMode = (o: Occasions, id: number): string | undefined => TALKS_MODES[o.rows.col.mode.get(id)];
export function occasionDate(s: BuilderState, id: number): string | undefined {
  const date = s.occasions.rows.col.date.get(id);
  return date < 0 ? undefined : s.dates.values[date];
}

export interface BuilderOptions {
  /** Bytes of evidence sentences kept in memory before they go to a temporary file (default 16 MB). */
  sentenceMemory?: number;
}

/** Everything add() accumulates; finishGraph() reads it. */
export interface BuilderState {
  articles: number;
  /** Article names (evidence `doc`). */
  docs: Interner;
  /** The doc id of each article added (0, 1, 2... in the order added). */
  docOfArticle: IntArray;
  dates: Interner;
  titles: Interner;
  cameos: Interner;
  /** Evidence sentences, stored article by article: a row's article (and doc) follows from its sentence id. */
  sentences: SentenceStore;
  sentenceStarts: ArticleStarts;
  /** One row per node evidence (a holder's first mention in an article): sentence, span, next row of the same holder's list (-1: end). */
  nodeEvidence: IntColumns<'sentence' | 'start' | 'end' | 'next'>;
  /** The interned date of the few node evidence rows that carry one. */
  nodeEvidenceDates: Map<number, number>;
  /** First and last node evidence row of each holder (indexed by ref, -1: none). */
  evidenceHead: IntArray;
  evidenceTail: IntArray;
  persons: PersonResolver;
  /** Mentions per person cluster id (ids are handed out in first-seen order). */
  personMentions: IntArray;
  keyed: KeyedNode[];
  keyedIndex: Map<string, number>;
  occasions: Occasions;
  /**
   * One row per relation: type (index in RELATION_TYPES), source/target/occasion refs (occasion -1: none), interned
   * date, title and cameo (-1: none), former (-1 unset, 0, 1), and its evidence: sentence and span.
   */
  edges: IntColumns<'type' | 'source' | 'target' | 'occasion' | 'date' | 'title' | 'cameo' | 'former' | 'sentence' | 'start' | 'end'>;
  /** The interned date of the few relation evidences that carry one, by relation row. */
  edgeEvidenceDates: Map<number, number>;
}

const TYPE_INDEX = new Map(RELATION_TYPES.map((t, i) => [t, i]));

/**
 * Builds the graph incrementally (O(mentions) per record, a few integers per mention), so a corpus streams through.
 * Call add() for each record in article order, then finish() once.
 */
export class GraphBuilder {
  private s: BuilderState;

  constructor(options: BuilderOptions = {}) {
    this.s = {
      articles: 0,
      docs: new Interner(),
      docOfArticle: new IntArray(),
      dates: new Interner(),
      titles: new Interner(),
      cameos: new Interner(),
      sentences: new SentenceStore(options.sentenceMemory),
      sentenceStarts: new ArticleStarts(),
      nodeEvidence: new IntColumns({ sentence: Int32Array, start: Int32Array, end: Int32Array, next: Int32Array }),
      nodeEvidenceDates: new Map(),
      evidenceHead: new IntArray(-1),
      evidenceTail: new IntArray(-1),
      persons: new PersonResolver(),
      personMentions: new IntArray(),
      keyed: [],
      keyedIndex: new Map(),
      occasions: { key: [], rows: new IntColumns({ kind: Uint8Array, mode: Int8Array, date: Int32Array, mentions: Int32Array }) },
      // Validated records hold at most 11,000 CAMEO codes (three or four digits): they fit 16 bits.
      edges: new IntColumns({
        type: Uint8Array,
        source: Int32Array,
        target: Int32Array,
        occasion: Int32Array,
        date: Int32Array,
        title: Int32Array,
        cameo: Int16Array,
        former: Int8Array,
        sentence: Int32Array,
        start: Int32Array,
        end: Int32Array,
      }),
      edgeEvidenceDates: new Map(),
    };
  }

  add(record: ExtractionRecord): void {
    const s = this.s;
    const article = s.articles++;
    s.docOfArticle.set(article, s.docs.id(record.article.id));
    const firstSentence = s.sentences.count;
    s.sentenceStarts.add(article, firstSentence);
    const sentenceIds = new Map<string, number>();
    const sentenceId = (sentence: string): number => {
      let id = sentenceIds.get(sentence);
      if (id === undefined) sentenceIds.set(sentence, (id = s.sentences.add(sentence)));
      return id;
    };
    const refs = new Map<string, number>();
    const n = s.nodeEvidence.col;
    for (const e of record.entities) {
      const r = this.addEntity(e, record);
      refs.set(e.id, r);
      // Records arrive in article order, so evidence from this article can only be the holder's last row.
      const tail = s.evidenceTail.get(r);
      if (tail >= 0 && n.sentence.get(tail) >= firstSentence) continue;
      const row = s.nodeEvidence.push();
      n.sentence.set(row, sentenceId(e.evidence.sentence));
      n.start.set(row, e.evidence.start);
      n.end.set(row, e.evidence.end);
      n.next.set(row, -1);
      if (e.evidence.date !== undefined) s.nodeEvidenceDates.set(row, s.dates.id(e.evidence.date));
      if (tail < 0) s.evidenceHead.set(r, row);
      else n.next.set(tail, row);
      s.evidenceTail.set(r, row);
    }
    const c = s.edges.col;
    for (const r of record.relations) {
      const row = s.edges.push();
      c.type.set(row, TYPE_INDEX.get(r.type)!);
      c.source.set(row, refs.get(r.subject)!);
      c.target.set(row, refs.get(r.object)!);
      c.occasion.set(row, r.occasion === undefined ? -1 : refs.get(r.occasion)!);
      c.date.set(row, r.date === undefined ? -1 : s.dates.id(r.date));
      c.title.set(row, r.title === undefined ? -1 : s.titles.id(r.title));
      c.cameo.set(row, r.cameo === undefined ? -1 : s.cameos.id(r.cameo));
      c.former.set(row, r.former === undefined ? -1 : Number(r.former));
      c.sentence.set(row, sentenceId(r.evidence.sentence));
      c.start.set(row, r.evidence.start);
      c.end.set(row, r.evidence.end);
      if (r.evidence.date !== undefined) s.edgeEvidenceDates.set(row, s.dates.id(r.evidence.date));
    }
  }

  private addEntity(e: RecordEntity, record: ExtractionRecord): number {
    const s = this.s;
    if (e.label === 'Person') {
      const id = s.persons.add(e.name, e.aliases, isNamedApart(e, record));
      s.personMentions.set(id, s.personMentions.get(id) + e.mentions);
      return ref(id, RefKind.Person);
    }
    if (e.label === 'Event' && (e.kind === 'talks' || e.kind === 'visit')) {
      const o = s.occasions;
      const id = o.rows.push();
      o.key.push(e.key);
      o.rows.col.kind.set(id, EVENT_KINDS.indexOf(e.kind));
      o.rows.col.mode.set(id, e.mode === undefined ? -1 : TALKS_MODES.indexOf(e.mode));
      o.rows.col.date.set(id, e.date === undefined ? -1 : s.dates.id(e.date));
      o.rows.col.mentions.set(id, e.mentions);
      return ref(id, RefKind.Occasion);
    }
    let id = s.keyedIndex.get(e.key);
    if (id === undefined) {
      id = s.keyed.length;
      const node: KeyedNode = { key: e.key, label: e.label, mentions: 0, forms: new Map() };
      if (e.kind) node.kind = e.kind;
      if (e.mode) node.mode = e.mode;
      if (e.date) node.date = e.date;
      if (e.ordinal) node.ordinal = e.ordinal;
      s.keyed.push(node);
      s.keyedIndex.set(e.key, id);
    }
    const node = s.keyed[id]!;
    countForm(node.forms, e.name, 2);
    for (const alias of e.aliases) countForm(node.forms, alias, 1);
    node.mentions += e.mentions;
    return ref(id, RefKind.Keyed);
  }

  /** Resolves persons and occasions to final keys and returns the graph; the builder is spent afterwards. */
  finish(): CompactGraph {
    return finishGraph(this.s);
  }
}

function countForm(forms: Map<string, number>, form: string, weight: number): void {
  const n = forms.get(form);
  if (n === undefined) forms.set(detach(form), weight);
  else forms.set(form, n + weight);
}

// "Sultan Ibrahim" beside "Anwar Ibrahim" in one article: the extractor kept a one-word name apart from a fuller name
// holding it, so no later step may join them.
function isNamedApart(e: RecordEntity, record: ExtractionRecord): boolean {
  if (e.name.includes(' ')) return false;
  const token = foldTokens(e.name)[0];
  return record.entities.some((o) => o !== e && o.label === 'Person' && o.name.includes(' ') && foldTokens(o.name).includes(token!));
}
