// Bundles the HTML reports' browser code (sigma + graphology) into one IIFE, dist/viewer.js, inlined into each report page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [path.join(root, 'src/reports/format/viewer/main.js')],
  outfile: path.join(root, 'dist/viewer.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
