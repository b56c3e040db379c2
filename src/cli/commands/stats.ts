// `kg stats <graph.json>`: counts by label and type, and the most connected actors.
import type { Argv } from 'yargs';
import { ExitCode, type Io } from '../io.js';

export const statsCommand = (io: Io) => ({
  command: 'stats <graph>',
  describe: 'Counts by node label and edge type, and the top actors by degree',
  builder: (y: Argv) =>
    y
      .positional('graph', { type: 'string', describe: 'A graph JSON file (kg extract / kg build)' })
      .option('top', { type: 'number', default: 10, describe: 'How many actors to list' })
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON' }),
  handler: async (argv: { graph: string; top: number; json: boolean }) => {
    const { countGraph } = await import('../../pipeline/summary.js');
    const { readGraphFile } = await import('../graph-input.js');
    const graph = readGraphFile(argv.graph);
    const counts = countGraph(graph);
    const actors = graph
      .filterNodes((_k, a) => a.label !== 'Event')
      .map((k) => ({ key: k, name: graph.getNodeAttribute(k, 'name'), label: graph.getNodeAttribute(k, 'label'), degree: graph.degree(k) }))
      .sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : 1))
      .slice(0, argv.top);
    if (argv.json) {
      io.out(`${JSON.stringify({ nodes: graph.order, edges: graph.size, byLabel: counts.nodes, byType: counts.edges, topActors: actors }, null, 2)}\n`);
      return new ExitCode(0);
    }
    const lines = [`nodes ${graph.order}`, ...Object.entries(counts.nodes).map(([k, n]) => `  ${k.padEnd(24)}${String(n).padStart(6)}`)];
    lines.push(`edges ${graph.size}`, ...Object.entries(counts.edges).filter(([, n]) => n).map(([k, n]) => `  ${k.padEnd(24)}${String(n).padStart(6)}`));
    lines.push(`top ${actors.length} actors by degree`, ...actors.map((a) => `  ${String(a.degree).padStart(4)}  ${a.name} (${a.label}, ${a.key})`));
    io.out(`${lines.join('\n')}\n`);
    return new ExitCode(0);
  },
});
