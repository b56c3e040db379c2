// XML text helpers shared by the GEXF and GraphML sinks.
import type { Evidence } from '../schema/index.js';

// XML 1.0 forbids these even as character references: Gephi and expat (networkx) reject a file holding one.
const FORBIDDEN_XML_CHARS = '\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff';

/** An escaper that replaces each character of `entities` by its entity and drops the characters XML 1.0 forbids, in one pass. */
export function xmlEscaper(entities: Record<string, string>): (s: string) => string {
  const pattern = new RegExp(`[${FORBIDDEN_XML_CHARS}${Object.keys(entities).join('')}]`, 'g');
  return (s) => s.replace(pattern, (c) => entities[c] ?? '');
}

/** The documents an element's evidence comes from, once each, in order. */
export const articlesOf = (evidence: Evidence[]): string => [...new Set(evidence.map((e) => e.doc))].join('; ');
