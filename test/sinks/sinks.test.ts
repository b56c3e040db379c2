// The file sinks: JSON passes the graph schema; GEXF and GraphML parse back (graphology's own parsers) with the same content.
// (test/sinks/stream.test.ts covers the chunked, streaming side.)
import { createRequire } from 'node:module';
import graphology from 'graphology';
import type { MultiDirectedGraph as Graph } from 'graphology';
import { buildGraph, type KnowledgeGraph } from '../../src/graph/index.js';
import { checkGraph, type EdgeAttributes, type NodeAttributes } from '../../src/schema/index.js';
import { writeGexf, writeGraphml, writeJson } from '../../src/sinks/index.js';
import { LABEL_COLORS, TYPE_COLORS } from '../../src/sinks/style.js';
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';
import { person, record } from '../graph/records.js';

const require = createRequire(import.meta.url);
const gexf = require('graphology-gexf') as typeof import('graphology-gexf');
const graphml = require('graphology-graphml') as typeof import('graphology-graphml');
const { MultiDirectedGraph } = graphology;

const graph = fixtureGraph();
const readGexf = (s: string): Graph => gexf.parse(MultiDirectedGraph as never, s) as unknown as Graph;
const readGraphml = (s: string): Graph => graphml.parse(MultiDirectedGraph as never, s) as unknown as Graph;

/** Sorted [key, name] of a graph's nodes, read through `nameOf` (sinks store the name under different attributes). */
const names = (g: Graph, nameOf: (a: Record<string, unknown>) => unknown): [string, unknown][] => g.mapNodes((k, a) => [k, nameOf(a)] as [string, unknown]).sort();
const edgeTypes = (g: Graph): [string, string, unknown][] => g.mapEdges((_k, a, s, t) => [s, t, a.type] as [string, string, unknown]).sort();

const expectedNames = names(graph as unknown as Graph, (a) => a.name);
const expectedTypes = edgeTypes(graph as unknown as Graph);

test('the fixture graph is big enough to mean something', () => {
  expect(graph.order).toBeGreaterThan(10);
  expect(graph.size).toBeGreaterThan(10);
});

test('writeJson output parses and passes checkGraph', () => {
  const data = JSON.parse(writeJson(graph));
  expect(checkGraph(data)).toEqual([]);
  expect([data.nodes.length, data.edges.length]).toEqual([graph.order, graph.size]);
  expect(data.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
});

test('GEXF parses back with the same nodes, names (labels) and edge types', () => {
  const back = readGexf(writeGexf(graph));
  expect([back.order, back.size]).toEqual([graph.order, graph.size]);
  expect(names(back, (a) => a.label)).toEqual(expectedNames);
  expect(edgeTypes(back)).toEqual(expectedTypes);
});

describe('GEXF round trip through graphology-gexf', () => {
  const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
  const articles = (a: NodeAttributes | EdgeAttributes): string => [...new Set(a.evidence.map((e) => e.doc))].join('; ');
  /** The attributes minus the empty ones, which GEXF leaves out. */
  const present = (attributes: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined && v !== ''));
  const back = readGexf(writeGexf(graph));

  test('every node comes back with its label, typed attributes, colour and size', () => {
    graph.forEachNode((key, a) => {
      expect(back.getNodeAttributes(key)).toEqual(
        present({
          label: a.name, type: a.label, aliases: a.aliases.join('; '), kind: a.kind, mode: a.mode, date: a.date, mentions: a.mentions,
          evidenceCount: a.evidence.length, articles: articles(a), color: rgb(LABEL_COLORS[a.label]), size: 4 + Math.log2(1 + graph.degree(key)) * 4,
        }),
      );
    });
  });

  test('every edge comes back with its ends, label, weight, typed attributes and colour', () => {
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((key, a, source, target) => {
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
      expect(back.getEdgeAttributes(key)).toEqual(
        present({
          label: a.type, weight: a.evidence.length, type: a.type, date: a.date, cameo: a.cameo, title: a.title, former: a.former,
          evidenceCount: a.evidence.length, articles: articles(a), sentence: a.evidence[0].sentence, color: rgb(TYPE_COLORS[a.type]),
        }),
      );
    });
  });

  test('the fixture exercises every attribute, so the comparisons above mean something', () => {
    for (const name of ['aliases', 'kind', 'mode', 'date']) expect(back.someNode((_k, a) => a[name] !== undefined)).toBe(true);
    for (const name of ['date', 'cameo', 'title', 'former']) expect(back.someEdge((_k, a) => a[name] !== undefined)).toBe(true);
  });
});

/** The <attributes> declarations of a GEXF document. */
const gexfColumns = (xml: string): string[] => xml.match(/<attribute [^>]*>/g) ?? [];

test('GEXF declares the same typed columns whatever the graph holds (the header comes before any node)', () => {
  const empty = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
  expect(gexfColumns(writeGexf(empty))).toEqual(gexfColumns(writeGexf(graph)));
  expect(gexfColumns(writeGexf(graph))).toContain('<attribute id="former" title="former" type="boolean"/>');
});

test('GraphML parses back with the same nodes, names, edge types and typed attributes', () => {
  const back = readGraphml(writeGraphml(graph));
  expect([back.order, back.size]).toEqual([graph.order, graph.size]);
  expect(names(back, (a) => a.name)).toEqual(expectedNames);
  expect(edgeTypes(back)).toEqual(expectedTypes);
  graph.forEachNode((k, a) => {
    expect(back.getNodeAttribute(k, 'label')).toBe(a.label);
    expect(back.getNodeAttribute(k, 'mentions')).toBe(a.mentions);
  });
  graph.forEachEdge((k, a) => {
    expect(back.getEdgeAttribute(k, 'date')).toBe(a.date);
    expect(back.getEdgeAttribute(k, 'cameo')).toBe(a.cameo);
    expect(back.getEdgeAttribute(k, 'evidenceCount')).toBe(a.evidence.length);
  });
});

describe('names with XML specials and control characters', () => {
  const NASTY = 'A & B <Ltd> "Q" \'s';
  let g: KnowledgeGraph;
  beforeAll(() => {
    g = buildGraph([
      record('x&y.txt', [person(`${NASTY} Org\u0001`), { label: 'Country', key: 'country:vnm', name: 'Việt <Nam>' }], [{ type: 'VISITED', subject: 'e0', object: 'e1', date: '2024-09' }]),
    ]);
  });

  test('GraphML escapes them and drops the control character', () => {
    const xml = writeGraphml(g);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('A &amp; B &lt;Ltd&gt; &quot;Q&quot;');
    const back = readGraphml(xml);
    const key = g.filterNodes((_k, a) => a.label === 'Person')[0]!;
    expect(back.getNodeAttribute(key, 'name')).toBe(`${NASTY} Org`);
    expect(back.getNodeAttribute('country:vnm', 'name')).toBe('Việt <Nam>');
    expect(back.getEdgeAttribute(g.edges()[0]!, 'articles')).toBe('x&y.txt');
  });

  test('GEXF escapes them and parses back', () => {
    const xml = writeGexf(g);
    expect(xml).toContain('label="A &amp; B &lt;Ltd> &quot;Q&quot; \'s Org');
    const back = readGexf(xml);
    expect(back.getNodeAttribute('country:vnm', 'label')).toBe('Việt <Nam>');
    const key = g.filterNodes((_k, a) => a.label === 'Person')[0]!;
    expect(back.getNodeAttribute(key, 'label')).toBe(`${NASTY} Org`);
    expect(back.getEdgeAttribute(g.edges()[0]!, 'articles')).toBe('x&y.txt');
  });

  // XML 1.0 forbids these characters even escaped: expat (networkx) and Gephi would reject the file.
  test('GEXF output holds no control character XML 1.0 forbids', () => {
    expect(writeGexf(g)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  test('JSON keeps them verbatim and stays valid', () => {
    const data = JSON.parse(writeJson(g));
    expect(checkGraph(data)).toEqual([]);
    expect(data.nodes.map((n: { attributes: { name: string } }) => n.attributes.name)).toContain(`${NASTY} Org\u0001`);
  });
});
