// Pass 7: the extraction record: entities that are mentioned or related, their mentions, and relations with evidence.
import { RELATION_TABLE, type Evidence, type ExtractionRecord, type Mention as RecordMention, type RecordEntity, type RecordRelation } from '../schema/index.js';
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
  const related = new Set<Ent>();
  for (const r of doc.relations) {
    related.add(r.subject);
    related.add(r.object);
  }
  // An entity appears when the article names it, or when a relation needs it (events, countries of parties).
  const kept = doc.ents.filter((e) => (e.mentions > 0 && e.label !== 'Event') || related.has(e) || (e.kind === 'congress' && e.mentions > 0));
  const ids = new Map<Ent, string>(kept.map((e, i) => [e, `e${i + 1}`]));
  const entities: RecordEntity[] = kept.map((e) => {
    const at = e.firstAt ?? { first: 0, last: 1 };
    // Map keys are distinct already: the aliases need no de-duplication.
    const aliases = [...e.forms.keys()].filter((f) => f && f !== e.name).sort();
    const out: RecordEntity = { id: ids.get(e)!, label: e.label, key: e.key, name: e.name, aliases, mentions: e.mentions, evidence: evidence(at.first, at.last) };
    if (e.kind) out.kind = e.kind;
    if (e.mode) out.mode = e.mode;
    if (e.date) out.date = e.date;
    if (e.ordinal) out.ordinal = e.ordinal;
    return out;
  });
  const mentions: RecordMention[] = doc.mentions
    .filter((m) => ids.has(m.ent))
    .sort((a, b) => a.first - b.first)
    .map((m) => ({ entity: ids.get(m.ent)!, text: doc.text.slice(doc.tokens[m.first]!.start, doc.tokens[m.last - 1]!.end), start: doc.tokens[m.first]!.start, end: doc.tokens[m.last - 1]!.end, sentence: doc.tokens[m.first]!.sentence, via: m.via }));
  const seen = new Set<string>();
  const relations: RecordRelation[] = [];
  for (const r of doc.relations) {
    if (!ids.has(r.subject) || !ids.has(r.object) || r.subject === r.object) continue;
    const out: RecordRelation = { type: r.type, subject: ids.get(r.subject)!, object: ids.get(r.object)!, evidence: evidence(r.first, r.last) };
    if (r.date) out.date = r.date;
    const cameo = r.cameo ?? RELATION_TABLE[r.type].cameo;
    if (cameo) out.cameo = cameo;
    if (r.title) out.title = r.title;
    if (r.former !== undefined) out.former = r.former;
    if (r.occasion && ids.has(r.occasion)) out.occasion = ids.get(r.occasion)!;
    // Fields joined by NUL (article text has none: the reader rejects NUL bytes); a missing date or title is '' and a
    // present one is prefixed, so the key tells them apart as the JSON array key it replaces did.
    const key = `${out.type}\0${out.subject}\0${out.object}\0${out.date === undefined ? '' : `d${out.date}`}\0${out.title === undefined ? '' : `t${out.title}`}\0${out.evidence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push(out);
  }
  return { article: { id: article.id, ...(article.date ? { date: article.date } : {}), chars: article.text.length }, entities, mentions, relations };
}
