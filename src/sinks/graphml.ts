// GraphML sink: the contract's attributes as typed <key>s (graphology-graphml parses it back; yEd, Cytoscape, networkx read it).
import type { KnowledgeGraph } from '../graph/index.js';
import type { EdgeAttributes, NodeAttributes } from '../schema/index.js';

type Scalar = string | number | boolean;
interface KeySpec<A> {
  name: string;
  type: 'string' | 'int' | 'boolean';
  value: (a: A) => Scalar | undefined;
}

const docsOf = (evidence: { doc: string }[]): string => [...new Set(evidence.map((e) => e.doc))].join('; ');

const NODE_KEYS: KeySpec<NodeAttributes>[] = [
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'name', type: 'string', value: (a) => a.name },
  { name: 'aliases', type: 'string', value: (a) => a.aliases.join('; ') },
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'mode', type: 'string', value: (a) => a.mode },
  { name: 'date', type: 'string', value: (a) => a.date },
  { name: 'mentions', type: 'int', value: (a) => a.mentions },
  { name: 'evidenceCount', type: 'int', value: (a) => a.evidence.length },
  { name: 'articles', type: 'string', value: (a) => docsOf(a.evidence) },
];

const EDGE_KEYS: KeySpec<EdgeAttributes>[] = [
  { name: 'type', type: 'string', value: (a) => a.type },
  { name: 'date', type: 'string', value: (a) => a.date },
  { name: 'cameo', type: 'string', value: (a) => a.cameo },
  { name: 'title', type: 'string', value: (a) => a.title },
  { name: 'former', type: 'boolean', value: (a) => a.former },
  { name: 'evidenceCount', type: 'int', value: (a) => a.evidence.length },
  { name: 'articles', type: 'string', value: (a) => docsOf(a.evidence) },
  { name: 'sentence', type: 'string', value: (a) => a.evidence[0]?.sentence },
];

// XML 1.0 forbids most control characters even when escaped; they are dropped.
const xml = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function data<A>(keys: KeySpec<A>[], prefix: string, a: A): string {
  let out = '';
  keys.forEach((k, i) => {
    const v = k.value(a);
    if (v !== undefined && v !== '') out += `<data key="${prefix}${i}">${xml(String(v))}</data>`;
  });
  return out;
}

/** Writes the graph as GraphML 1.0 (directed, parallel edges allowed). */
export function writeGraphml(graph: KnowledgeGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  NODE_KEYS.forEach((k, i) => out.push(`  <key id="n${i}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`));
  EDGE_KEYS.forEach((k, i) => out.push(`  <key id="e${i}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`));
  out.push('  <graph id="G" edgedefault="directed" parse.nodeids="free" parse.edgeids="free" parse.order="nodesfirst">');
  graph.forEachNode((key, a) => out.push(`    <node id="${xml(key)}">${data(NODE_KEYS, 'n', a)}</node>`));
  graph.forEachEdge((key, a, source, target) => out.push(`    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">${data(EDGE_KEYS, 'e', a)}</edge>`));
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
