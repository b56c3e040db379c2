// Pass 7: the extraction record: entities that are mentioned or related, their mentions, and relations with evidence.
import { RELATION_TABLE, type ArticleInfo, type Evidence, type ExtractionRecord, type Mention as RecordMention, type RecordEntity, type RecordRelation } from '../schema/index.js';
import type { Doc, Ent } from './doc.js';

/** Assembles the schema-shaped record from the working state. */
export function toRecord(doc: Doc): ExtractionRecord {
  const { article } = doc;
  // Many entities and relations cite the same sentence: slice (and later serialise) one string for each.
  const sentenceTexts = new Map<number, string>();
  const evidence = (first: number, last: number): Evidence => {
    const a = doc.tokens[first]!;
    const b = doc.tokens[Math.max(first, last - 1)]!;
    const span = a.sentence * doc.sentences.length + b.sentence;
    let sentence = sentenceTexts.get(span);
    if (sentence === undefined) {
      sentence = doc.text.slice(doc.sentences[a.sentence]!.start, doc.sentences[b.sentence]!.end);
      sentenceTexts.set(span, sentence);
    }
    return { doc: article.id, sentence, start: a.start, end: b.end };
  };
  const ids = recordIds(doc);
  const entities: RecordEntity[] = [];
  for (const e of doc.ents) {
    const id = ids[e.id]!;
    if (!id) continue;
    const at = e.firstAt ?? { first: 0, last: 1 };
    const out: RecordEntity = { id, label: e.label, key: e.key, name: e.name, aliases: aliasesOf(e), mentions: e.mentions, evidence: evidence(at.first, at.last) };
    if (e.kind) out.kind = e.kind;
    if (e.mode) out.mode = e.mode;
    if (e.date) out.date = e.date;
    if (e.ordinal) out.ordinal = e.ordinal;
    entities.push(out);
  }
  const mentions = recordMentions(doc, ids);
  const relations: RecordRelation[] = [];
  // Relations told twice (same type, ends, date and title, evidence from the same offset) are kept once.
  const keptAt = new Map<number, RecordRelation[]>();
  for (const r of doc.relations) {
    const subject = ids[r.subject.id]!;
    const object = ids[r.object.id]!;
    if (!subject || !object || r.subject === r.object) continue;
    const out: RecordRelation = { type: r.type, subject, object, evidence: evidence(r.first, r.last) };
    if (r.date) out.date = r.date;
    const cameo = r.cameo ?? RELATION_TABLE[r.type].cameo;
    if (cameo) out.cameo = cameo;
    if (r.title) out.title = r.title;
    if (r.former !== undefined) out.former = r.former;
    if (r.occasion && ids[r.occasion.id]) out.occasion = ids[r.occasion.id]!;
    const sameStart = keptAt.get(out.evidence.start);
    if (!sameStart) keptAt.set(out.evidence.start, [out]);
    else if (hasTwin(sameStart, out)) continue;
    else sameStart.push(out);
    relations.push(out);
  }
  const info: ArticleInfo = article.date ? { id: article.id, date: article.date, chars: article.text.length } : { id: article.id, chars: article.text.length };
  return { article: info, entities, mentions, relations };
}

/**
 * Record ids ("e1", ...) by entity id, '' for an entity left out. An entity appears when the article names it, or
 * when a relation needs it (events, countries of parties).
 */
function recordIds(doc: Doc): string[] {
  const related = new Uint8Array(doc.ents.length + 1);
  for (const r of doc.relations) {
    related[r.subject.id] = 1;
    related[r.object.id] = 1;
  }
  const ids: string[] = new Array<string>(doc.ents.length + 1).fill('');
  let kept = 0;
  for (const e of doc.ents) {
    if ((e.mentions > 0 && e.label !== 'Event') || related[e.id] || (e.kind === 'congress' && e.mentions > 0)) ids[e.id] = `e${++kept}`;
  }
  return ids;
}

function aliasesOf(e: Ent): string[] {
  // Map keys are distinct already: the aliases need no de-duplication.
  const aliases: string[] = [];
  for (const f of e.forms.keys()) if (f && f !== e.name) aliases.push(f);
  return aliases.sort();
}

/** The mentions of kept entities, in text order. */
function recordMentions(doc: Doc, ids: string[]): RecordMention[] {
  const kept = doc.mentions.filter((m) => ids[m.ent.id]);
  kept.sort((a, b) => a.first - b.first);
  const out: RecordMention[] = [];
  for (const m of kept) {
    const start = doc.tokens[m.first]!.start;
    const end = doc.tokens[m.last - 1]!.end;
    out.push({ entity: ids[m.ent.id]!, text: doc.text.slice(start, end), start, end, sentence: doc.tokens[m.first]!.sentence, via: m.via });
  }
  return out;
}

// The same relation already kept: every field the record tells apart relations by (evidence start already equal).
function hasTwin(kept: RecordRelation[], r: RecordRelation): boolean {
  for (const k of kept) if (k.type === r.type && k.subject === r.subject && k.object === r.object && k.date === r.date && k.title === r.title) return true;
  return false;
}
