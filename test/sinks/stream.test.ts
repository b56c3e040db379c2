// The sinks as chunk generators: streamed to a file they give the string writers' bytes; chunks stay small however
// big the graph, and come lazily, so a graph is never held as text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphSource, type GraphSource } from '../../src/graph/source.js';
import type { Evidence } from '../../src/schema/index.js';
import { GRAPH_FORMATS, graphChunks, serializeGraph, writeFilesAtomic } from '../../src/sinks/index.js';
import { STREAMED_EVIDENCE } from '../../src/sinks/json.js';
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';

const evidence = (i: number): [Evidence] => [{ doc: `doc${i}.txt`, sentence: `Sentence ${i}: Việt Nam & Laos <agreed>.`, start: 0, end: 8 }];

/** A ring of `nodeCount` people linked to their next neighbours, generated on the fly; edges() throws at edge `failAt`. */
function ringSource(nodeCount: number, edgeCount: number, failAt = Infinity): GraphSource {
  const key = (i: number): string => `person:p${i}`;
  return {
    attributes: { generator: 'test' },
    order: nodeCount,
    size: edgeCount,
    *nodes() {
      for (let i = 0; i < nodeCount; i++) yield { key: key(i), attributes: { label: 'Person', name: `Person ${i}`, aliases: [], mentions: 1, evidence: evidence(i) }, degree: 2 };
    },
    *edges() {
      for (let i = 0; i < edgeCount; i++) {
        if (i === failAt) throw new Error('evidence store unreadable');
        yield { key: `visit-${i}`, source: key(i % nodeCount), target: key((i + 1) % nodeCount), attributes: { type: 'VISITED', evidence: evidence(i) } };
      }
    },
  };
}

/** The first `count` chunks, without asking for more. */
function firstChunks(chunks: Iterable<string>, count: number): string[] {
  const out: string[] = [];
  for (const chunk of chunks) {
    out.push(chunk);
    if (out.length === count) break;
  }
  return out;
}

describe.each(GRAPH_FORMATS)('%s', (format) => {
  test('streamed to a file, it is byte for byte what the string writer gives', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-stream-'));
    try {
      const graph = fixtureGraph();
      const file = path.join(dir, `graph.${format}`);
      writeFilesAtomic([{ path: file, content: graphChunks(graphSource(graph), format) }]);
      expect(fs.readFileSync(file).equals(Buffer.from(serializeGraph(graph, format)))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('chunks stay small however big the graph', () => {
    let total = 0;
    let largest = 0;
    for (const chunk of graphChunks(ringSource(20_000, 40_000), format)) {
      total += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    expect(total).toBeGreaterThan(8_000_000);
    expect(largest).toBeLessThan(4_000);
  });

  test('chunks come lazily: an endless source still gives its first chunks', () => {
    const chunks = firstChunks(graphChunks(ringSource(Infinity, 0), format), 1_000);
    expect(chunks.join('')).toContain('person:p900');
  });

  test('a source failing at its 6th edge still lets every chunk before it be written', () => {
    const seen: string[] = [];
    expect(() => {
      for (const chunk of graphChunks(ringSource(10, 100, 5), format)) seen.push(chunk);
    }).toThrow('evidence store unreadable');
    const text = seen.join('');
    expect(text).toContain('person:p9');
    expect(text).toContain('visit-4');
    expect(text).not.toContain('visit-5');
  });
});

test('a node or edge with thousands of evidence entries is written an entry at a time, with JSON.stringify bytes', () => {
  const many: Evidence[] = Array.from({ length: 3 * STREAMED_EVIDENCE }, (_, i) => ({ doc: `d${i}.txt`, sentence: `Tô Lâm "${i}" 😀`, start: i, end: i + 5 }));
  const country = { key: 'country:vnm', attributes: { label: 'Country' as const, name: 'Việt Nam', aliases: ['Vietnam'], mentions: 9, evidence: many as [Evidence], kind: undefined } };
  const edge = { key: 'BASED_IN:party:cpv->country:vnm', source: 'party:cpv', target: 'country:vnm', attributes: { type: 'BASED_IN' as const, evidence: many as [Evidence], date: '2024-01' } };
  const source: GraphSource = {
    attributes: {},
    order: 2,
    size: 1,
    *nodes() {
      yield { ...country, degree: 1 };
      yield { key: 'party:cpv', attributes: { label: 'Party', name: 'CPV', aliases: [], mentions: 1, evidence: evidence(1) }, degree: 1 };
    },
    *edges() {
      yield edge;
    },
  };
  const chunks = [...graphChunks(source, 'json')];
  expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200);
  const data = JSON.parse(chunks.join(''));
  expect(data.nodes[0]).toEqual({ key: country.key, attributes: { ...country.attributes, kind: undefined } });
  expect(chunks.join('')).toContain(`\n${JSON.stringify(country)},\n`);
  expect(chunks.join('')).toContain(`\n${JSON.stringify(edge)}\n`);
});
