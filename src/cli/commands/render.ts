// `kg render`: a static picture of the whole graph, SVG (drawn here) or PNG (the HTML view screenshotted in Chromium).
import path from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { writeFilesAtomic } from '../../sinks/write.js';
import { ExitCode, type Io } from '../io.js';

export const renderCommand = (io: Io) => ({
  command: 'render [paths..]',
  describe: 'Draw the graph to an SVG, PNG or HTML file (same layout and colours as the HTML reports)',
  builder: (y: Argv) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'Article files or folders (or use --graph)' })
      .option('graph', { alias: 'g', type: 'string', describe: 'A graph JSON file' })
      .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'out/graph.svg, out/graph.png or out/graph.html' })
      .example('$0 render --graph out/graph.json -o out/graph.svg', 'a static picture'),
  handler: async (argv: { paths?: string[]; graph?: string; output: string }) => {
    const ext = path.extname(argv.output).slice(1).toLowerCase();
    if (!['svg', 'png', 'html'].includes(ext)) throw new UsageError(`-o ${argv.output}: give a .svg, .png or .html file`);
    const { graphHtml } = await import('../../reports/format/html.js');
    const { screenshotHtml } = await import('../../reports/format/screenshot.js');
    const { pictureSvg } = await import('../../reports/format/svg.js');
    const { graphPicture } = await import('../../reports/picture.js');
    const { loadGraph } = await import('../graph-input.js');
    const graph = await loadGraph({ ...(argv.graph ? { graph: argv.graph } : {}), paths: argv.paths ?? [] });
    const title = `Knowledge graph (${graph.order} nodes, ${graph.size} edges)`;
    const content = ext === 'svg' ? pictureSvg(graphPicture(graph), title) : ext === 'html' ? graphHtml(graph, title) : await screenshotHtml(graphHtml(graph, title));
    writeFilesAtomic([{ path: argv.output, content }]);
    io.err(`wrote ${argv.output}\n`);
    return new ExitCode(0);
  },
});
