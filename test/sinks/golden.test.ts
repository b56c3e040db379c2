// The three formats' exact bytes for a small hand-made graph, pinned in test/fixtures/sinks/: escapes (& < > " and a
// control character in article names, so in sentences and article lists), non-ASCII and astral names, a dated talks
// event, titles, a former title and aliases. A change to what a sink writes shows here, not only in a reader's parse.
// After an intended change, regenerate with KG_UPDATE_GOLDEN=1 and review the diff.
import fs from 'node:fs';
import { GraphBuilder, type CompactGraph } from '../../src/graph/index.js';
import { packagePath } from '../../src/paths.js';
import { GRAPH_FORMATS, graphChunks } from '../../src/sinks/index.js';
import { person, record } from '../graph/records.js';

const talks = { label: 'Event', key: 'event:talks:t', name: 'Phone talks', kind: 'talks', mode: 'phone', date: '2026-01-26', mentions: 0 } as const;
const vietnam = { label: 'Country' as const, key: 'country:vnm', name: 'Việt Nam', aliases: ['Vietnam'] };
const cpv = { label: 'Party' as const, key: 'party:cpv', name: 'Communist Party of Việt Nam', aliases: ['CPV'] };

function smallGraph(): CompactGraph {
  const builder = new GraphBuilder();
  builder.add(
    record('a&b "quoted" <x>\u0007.txt', [person('Tô Lâm'), person('Miguel Díaz-Canel 𝒳', ['Díaz-Canel']), vietnam, cpv, talks], [
      { type: 'HOLDS_POSITION', subject: 'e0', object: 'e3', title: 'General Secretary' },
      { type: 'PARTICIPATED_IN', subject: 'e0', object: 'e4' },
      { type: 'PARTICIPATED_IN', subject: 'e1', object: 'e4' },
      { type: 'CONGRATULATED', subject: 'e0', object: 'e1', date: '2026-01-26' },
    ]),
  );
  builder.add(
    record('second.txt', [person('To Lam'), vietnam], [
      { type: 'HOLDS_POSITION', subject: 'e0', object: 'e1', title: 'President', former: true },
      { type: 'VISITED', subject: 'e0', object: 'e1', date: '2026-02' },
    ]),
  );
  return builder.finish();
}

test.each(GRAPH_FORMATS)('graph.%s of a small graph is byte for byte the pinned file', (format) => {
  const file = packagePath('test', 'fixtures', 'sinks', `small.${format}`);
  const graph = smallGraph();
  const text = [...graphChunks(graph, format)].join('');
  graph.close();
  if (process.env.KG_UPDATE_GOLDEN) fs.writeFileSync(file, text);
  expect(text).toBe(fs.readFileSync(file, 'utf8'));
});
