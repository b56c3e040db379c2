// GEXF sink (Gephi): node label = name; label, kind, dates and evidence counts as typed attributes; colour per node
// label and edge type, size by degree. Written by hand, element by element, in the layout graphology-gexf's writer
// gives (which needs a whole graphology graph and builds one string).
import { GRAPH_OPTIONS, type GraphAttributes, type KnowledgeGraph } from '../graph/index.js';
import type { SourceEdge, SourceNode } from '../graph/source.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/index.js';
import { formatText, type GraphFileFormat } from './format.js';
import { articlesOf, xmlEscaper } from './xml.js';
import { LABEL_COLORS, TYPE_COLORS } from './style.js';

const escapeAttribute = xmlEscaper({ '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' });
const escapeText = xmlEscaper({ '&': '&amp;', '<': '&lt;', '>': '&gt;' });

interface Column<A> {
  id: string;
  type: 'string' | 'integer' | 'boolean';
  value: (a: A) => string | number | boolean | undefined;
}

// Every column is declared, in this order, whatever the graph holds: the header is written before the first node,
// and Gephi users get the same columns from every build.
const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.label },
  { id: 'aliases', type: 'string', value: (a) => a.aliases.join('; ') },
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'mode', type: 'string', value: (a) => a.mode },
  { id: 'date', type: 'string', value: (a) => a.date },
  { id: 'mentions', type: 'integer', value: (a) => a.mentions },
  { id: 'evidenceCount', type: 'integer', value: (a) => a.evidence.length },
  { id: 'articles', type: 'string', value: (a) => articlesOf(a.evidence) },
];

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'date', type: 'string', value: (a) => a.date },
  { id: 'cameo', type: 'string', value: (a) => a.cameo },
  { id: 'title', type: 'string', value: (a) => a.title },
  { id: 'former', type: 'boolean', value: (a) => a.former },
  { id: 'evidenceCount', type: 'integer', value: (a) => a.evidence.length },
  { id: 'articles', type: 'string', value: (a) => articlesOf(a.evidence) },
  { id: 'sentence', type: 'string', value: (a) => a.evidence[0].sentence },
];

/** ` name="value"`, or nothing when the value is empty once cleaned (as graphology-gexf omits empty values). */
function xmlAttribute(name: string, value: string | number | boolean): string {
  const text = escapeAttribute(String(value));
  return text ? ` ${name}="${text}"` : '';
}

function declarations<A>(modelClass: string, columns: Column<A>[]): string {
  const lines = columns.map((c) => `\n      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`);
  return `\n    <attributes class="${modelClass}">${lines.join('')}\n    </attributes>`;
}

/** The element's non-empty values (`type` always is one). */
function attvalues<A>(columns: Column<A>[], a: A): string {
  let out = '';
  for (const c of columns) {
    const v = c.value(a);
    const value = v === undefined ? '' : xmlAttribute('value', v);
    if (value) out += `\n          <attvalue for="${c.id}"${value}/>`;
  }
  return `\n        <attvalues>${out}\n        </attvalues>`;
}

function vizColor(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `\n        <viz:color r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"/>`;
}

const nodeElement = ({ key, attributes: a, degree }: SourceNode): string =>
  `\n      <node${xmlAttribute('id', key)}${xmlAttribute('label', a.name)}>${attvalues(NODE_COLUMNS, a)}${vizColor(LABEL_COLORS[a.label])}` +
  `\n        <viz:size value="${4 + Math.log2(1 + degree) * 4}"/>\n      </node>`;

const edgeElement = ({ key, source, target, attributes: a }: SourceEdge): string =>
  `\n      <edge${xmlAttribute('id', key)}${xmlAttribute('source', source)}${xmlAttribute('target', target)} weight="${a.evidence.length}"` +
  `${xmlAttribute('label', a.type)}>${attvalues(EDGE_COLUMNS, a)}${vizColor(TYPE_COLORS[a.type])}\n      </edge>`;

/** The graph's scalar attributes as <meta> children (GEXF has no place for others). */
function meta(attributes: GraphAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (scalar && /^[A-Za-z_][-.\w]*$/.test(name)) out += `\n    <${name}>${escapeText(String(value))}</${name}>`;
  }
  return out ? `\n  <meta>${out}\n  </meta>` : '\n  <meta/>';
}

/** GEXF 1.3 with typed attributes Gephi can filter and colour by, a node or an edge per chunk. */
export const gexfFormat: GraphFileFormat = {
  // An edge's first sentence is its `sentence` column; no other sentence is written.
  sentences: { nodes: 'none', edges: 'first' },
  head: (source) =>
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">' +
    `${meta(source.attributes)}\n  <graph defaultedgetype="${GRAPH_OPTIONS.type}">${declarations('node', NODE_COLUMNS)}${declarations('edge', EDGE_COLUMNS)}` +
    listStart('nodes', source.order),
  node: nodeElement,
  between: (source) => listEnd('nodes', source.order) + listStart('edges', source.size),
  edge: edgeElement,
  tail: (source) => `${listEnd('edges', source.size)}\n  </graph>\n</gexf>`,
};

/** The graph as GEXF, as one string. */
export const writeGexf = (graph: KnowledgeGraph): string => formatText(graph, gexfFormat);

// An empty list is one empty element (as graphology-gexf writes it).
const listStart = (tag: string, count: number): string => (count === 0 ? `\n    <${tag}/>` : `\n    <${tag}>`);
const listEnd = (tag: string, count: number): string => (count === 0 ? '' : `\n    </${tag}>`);
