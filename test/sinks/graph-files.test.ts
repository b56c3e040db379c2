// writeGraphFiles: the three formats written in one pass over the graph are byte for byte what graphChunks gives for
// each format alone (a real graph, an empty one, one whose elements are streamed in pieces), each element is
// materialised once, and the writing is atomic.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphBuilder, type CompactGraph } from '../../src/graph/index.js';
import type { GraphSource, SentenceNeed } from '../../src/graph/source.js';
import { IoError } from '../../src/errors.js';
import { runPipeline } from '../../src/pipeline/index.js';
import type { Evidence } from '../../src/schema/index.js';
import { GRAPH_FORMATS, graphChunks, writeGraphFiles, type GraphFormat } from '../../src/sinks/index.js';
import { STREAMED_EVIDENCE } from '../../src/sinks/json.js';
import { record } from '../graph/records.js';

let dir: string;
beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-graph-files-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every file under dir, relative, sorted. */
const listing = (): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();

const filesIn = (formats: readonly GraphFormat[]) => formats.map((format) => ({ path: path.join(dir, `graph.${format}`), format }));

/** Writes the formats in one pass and expects each file to hold graphChunks' text for its format. */
function expectSameAsOneByOne(source: GraphSource, formats: readonly GraphFormat[] = GRAPH_FORMATS): void {
  const files = filesIn(formats);
  writeGraphFiles(source, files);
  for (const f of files) expect(fs.readFileSync(f.path).equals(Buffer.from([...graphChunks(source, f.format)].join('')))).toBe(true);
}

/**
 * 1,200 articles each stating that the CPV is based in Việt Nam: both nodes and the edge hold more than
 * STREAMED_EVIDENCE entries. Article names of 2,000 two-byte characters make the GEXF and GraphML `articles` values
 * megabytes long (longer than the write buffer) and the sentences spill to the store's temporary file.
 */
function crowdedGraph(): CompactGraph {
  const builder = new GraphBuilder({ sentenceMemory: 1 });
  for (let i = 0; i < 1200; i++) {
    const doc = `Tài liệu ${'ư'.repeat(2000)} ${i}.txt`;
    builder.add(record(doc, [{ label: 'Party', key: 'party:cpv', name: 'CPV' }, { label: 'Country', key: 'country:vnm', name: 'Việt Nam' }], [{ type: 'BASED_IN', subject: 'e0', object: 'e1' }]));
  }
  return builder.finish();
}

test('a graph built from corpus/: each file is what graphChunks gives, for the three formats and for any subset', async () => {
  const { compact } = await runPipeline(['corpus']);
  try {
    expect([compact.order, compact.size]).toEqual([expect.any(Number), expect.any(Number)]);
    expect(compact.order * compact.size).toBeGreaterThan(0);
    expectSameAsOneByOne(compact);
    expectSameAsOneByOne(compact, ['graphml', 'gexf']);
    expectSameAsOneByOne(compact, ['json']);
  } finally {
    compact.close();
  }
});

test('an empty graph gives the empty forms (<nodes/>, "nodes":[])', () => {
  const empty = new GraphBuilder().finish();
  expectSameAsOneByOne(empty);
  expect(fs.readFileSync(path.join(dir, 'graph.gexf'), 'utf8')).toContain('<nodes/>');
  expect(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')).toContain('"nodes":[],\n"edges":[]}');
});

test('elements with more than STREAMED_EVIDENCE entries and megabyte-long values come out the same', () => {
  const graph = crowdedGraph();
  try {
    const [country] = [...graph.nodes('none')].filter((n) => n.key === 'country:vnm');
    expect(country!.attributes.evidence.length).toBeGreaterThan(STREAMED_EVIDENCE);
    expectSameAsOneByOne(graph);
    expect(fs.statSync(path.join(dir, 'graph.gexf')).size).toBeGreaterThan(3 * (1 << 20));
  } finally {
    graph.close();
  }
});

test('each node and edge is read once, with the sentences the widest format needs', () => {
  const graph = crowdedGraph();
  const calls: string[] = [];
  const counting: GraphSource = {
    attributes: graph.attributes,
    order: graph.order,
    size: graph.size,
    nodes: (need?: SentenceNeed) => (calls.push(`nodes ${need}`), graph.nodes(need)),
    edges: (need?: SentenceNeed) => (calls.push(`edges ${need}`), graph.edges(need)),
  };
  try {
    writeGraphFiles(counting, filesIn(GRAPH_FORMATS));
    writeGraphFiles(counting, filesIn(['gexf', 'graphml']));
    expect(calls).toEqual(['nodes all', 'edges all', 'nodes none', 'edges first']);
  } finally {
    graph.close();
  }
});

/** Two people and `edgeCount` visits between them; edges() throws at edge `failAt`. */
function failingSource(edgeCount: number, failAt: number): GraphSource {
  const evidence: [Evidence] = [{ doc: 'a.txt', sentence: 'Tô Lâm visited Havana.', start: 0, end: 6 }];
  const person = (key: string) => ({ key, attributes: { label: 'Person' as const, name: key, aliases: [], mentions: 1, evidence }, degree: edgeCount });
  return {
    attributes: {},
    order: 2,
    size: edgeCount,
    *nodes() {
      yield person('person:a');
      yield person('person:b');
    },
    *edges() {
      for (let i = 0; i < edgeCount; i++) {
        if (i === failAt) throw new Error('evidence store unreadable');
        yield { key: `visit-${i}`, source: 'person:a', target: 'person:b', attributes: { type: 'VISITED' as const, evidence } };
      }
    },
  };
}

test('a source failing midway leaves the files that were there untouched and no temporary file', () => {
  const files = filesIn(GRAPH_FORMATS);
  for (const f of files) fs.writeFileSync(f.path, `old ${f.format}`);
  // Past the first buffered write of every file.
  expect(() => writeGraphFiles(failingSource(40_000, 30_000), files)).toThrow(new Error('evidence store unreadable'));
  expect(listing()).toEqual(['graph.gexf', 'graph.graphml', 'graph.json']);
  for (const f of files) expect(fs.readFileSync(f.path, 'utf8')).toBe(`old ${f.format}`);
});

test('a target under a regular file fails with IoError and leaves the other files untouched', () => {
  fs.writeFileSync(path.join(dir, 'graph.json'), 'old');
  fs.writeFileSync(path.join(dir, 'plain'), 'x');
  const files = [...filesIn(['json', 'gexf']), { path: path.join(dir, 'plain', 'graph.graphml'), format: 'graphml' as const }];
  expect(() => writeGraphFiles(failingSource(3, Infinity), files)).toThrow(IoError);
  expect(listing()).toEqual(['graph.json', 'plain']);
  expect(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')).toBe('old');
});
