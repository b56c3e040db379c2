// GraphML sink: the contract's attributes as typed <key>s (graphology-graphml parses it back; yEd, Cytoscape, networkx read it).
import type { KnowledgeGraph } from '../graph/index.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/index.js';
import { formatText, type GraphFileFormat } from './format.js';
import { articlesOf, xmlEscaper } from './xml.js';

const escapeXml = xmlEscaper({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' });

type Scalar = string | number | boolean;
interface KeySpec<A> {
  name: string;
  type: 'string' | 'int' | 'boolean';
  value: (a: A) => Scalar | undefined;
}

const NODE_KEYS: KeySpec<NodeAttributes>[] = [
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'name', type: 'string', value: (a) => a.name },
  { name: 'aliases', type: 'string', value: (a) => a.aliases.join('; ') },
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'mode', type: 'string', value: (a) => a.mode },
  { name: 'date', type: 'string', value: (a) => a.date },
  { name: 'mentions', type: 'int', value: (a) => a.mentions },
  { name: 'evidenceCount', type: 'int', value: (a) => a.evidence.length },
  { name: 'articles', type: 'string', value: (a) => articlesOf(a.evidence) },
];

const EDGE_KEYS: KeySpec<EdgeAttributes>[] = [
  { name: 'type', type: 'string', value: (a) => a.type },
  { name: 'date', type: 'string', value: (a) => a.date },
  { name: 'cameo', type: 'string', value: (a) => a.cameo },
  { name: 'title', type: 'string', value: (a) => a.title },
  { name: 'former', type: 'boolean', value: (a) => a.former },
  { name: 'evidenceCount', type: 'int', value: (a) => a.evidence.length },
  { name: 'articles', type: 'string', value: (a) => articlesOf(a.evidence) },
  { name: 'sentence', type: 'string', value: (a) => a.evidence[0]?.sentence },
];

function data<A>(keys: KeySpec<A>[], prefix: string, a: A): string {
  let out = '';
  keys.forEach((k, i) => {
    const v = k.value(a);
    if (v !== undefined && v !== '') out += `<data key="${prefix}${i}">${escapeXml(String(v))}</data>`;
  });
  return out;
}

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ...NODE_KEYS.map((k, i) => `  <key id="n${i}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
  ...EDGE_KEYS.map((k, i) => `  <key id="e${i}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`),
  '  <graph id="G" edgedefault="directed" parse.nodeids="free" parse.edgeids="free" parse.order="nodesfirst">',
  '',
].join('\n');

/** GraphML 1.0 (directed, parallel edges allowed), a line per node and per edge. */
export const graphmlFormat: GraphFileFormat = {
  // An edge's first sentence is its `sentence` column; no other sentence is written.
  sentences: { nodes: 'none', edges: 'first' },
  head: () => HEADER,
  node: ({ key, attributes }) => `    <node id="${escapeXml(key)}">${data(NODE_KEYS, 'n', attributes)}</node>\n`,
  between: () => '',
  edge: ({ key, source, target, attributes }) =>
    `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data(EDGE_KEYS, 'e', attributes)}</edge>\n`,
  tail: () => '  </graph>\n</graphml>\n',
};

/** The graph as GraphML, as one string. */
export const writeGraphml = (graph: KnowledgeGraph): string => formatText(graph, graphmlFormat);
