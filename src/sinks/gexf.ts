// GEXF sink (Gephi) through graphology-gexf: node label = name; label, kind, dates and evidence counts as attributes.
import { createRequire } from 'node:module';
import type { KnowledgeGraph } from '../graph/index.js';
import { LABEL_COLORS, TYPE_COLORS } from './style.js';

const require = createRequire(import.meta.url);
const gexf = require('graphology-gexf') as typeof import('graphology-gexf');

const hexToRgb = (hex: string): string => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};
const docsOf = (evidence: { doc: string }[]): string => clean([...new Set(evidence.map((e) => e.doc))].join('; '));
// XML 1.0 forbids most control characters even when escaped; graphology-gexf passes strings through, so they go here.
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Writes GEXF 1.3 with typed attributes Gephi can filter and colour by. */
export function writeGexf(graph: KnowledgeGraph): string {
  return gexf.write(graph as never, {
    version: '1.3',
    formatNode: (key: string, a: Record<string, unknown>) => {
      const attrs = a as unknown as import('../schema/index.js').NodeAttributes;
      return {
        label: clean(attrs.name),
        attributes: {
          type: attrs.label,
          aliases: clean(attrs.aliases.join('; ')),
          kind: attrs.kind ?? '',
          mode: attrs.mode ?? '',
          date: attrs.date ?? '',
          mentions: attrs.mentions,
          evidenceCount: attrs.evidence.length,
          articles: docsOf(attrs.evidence),
        },
        viz: { color: hexToRgb(LABEL_COLORS[attrs.label]), size: 4 + Math.log2(1 + graph.degree(key)) * 4 },
      };
    },
    formatEdge: (_key: string, a: Record<string, unknown>) => {
      const attrs = a as unknown as import('../schema/index.js').EdgeAttributes;
      return {
        label: attrs.type,
        weight: attrs.evidence.length,
        attributes: {
          type: attrs.type,
          date: attrs.date ?? '',
          cameo: attrs.cameo ?? '',
          title: clean(attrs.title ?? ''),
          ...(attrs.former !== undefined ? { former: attrs.former } : {}),
          evidenceCount: attrs.evidence.length,
          articles: docsOf(attrs.evidence),
          sentence: clean(attrs.evidence[0]?.sentence ?? ''),
        },
        viz: { color: hexToRgb(TYPE_COLORS[attrs.type]) },
      };
    },
  });
}
