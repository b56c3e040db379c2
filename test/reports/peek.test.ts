import fs from 'node:fs';
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';
import { runReport } from '../../src/reports/index.js';
import { formatMarkdown } from '../../src/reports/format/md.js';
test('peek', () => {
  const g = fixtureGraph();
  let s = '';
  s += formatMarkdown(runReport(g, 'dyad', { a: 'Viet Nam', b: 'Cuba' }));
  s += formatMarkdown(runReport(g, 'actor', { name: 'Diaz-Canel' }));
  s += formatMarkdown(runReport(g, 'matrix', { type: 'CONGRATULATED', by: 'country' }));
  s += formatMarkdown(runReport(g, 'matrix', { type: 'CONGRATULATED' }));
  s += formatMarkdown(runReport(g, 'timeline', { from: '2024', to: '2025' }));
  s += formatMarkdown(runReport(g, 'network', {}));
  fs.writeFileSync('/tmp/rp/peek.md', s);
  try { runReport(g, 'actor', { name: 'Castro' }); } catch (e) { fs.appendFileSync('/tmp/rp/peek.md', String((e as Error).message) + '\n'); }
  try { runReport(g, 'actor', { name: 'Obama' }); } catch (e) { fs.appendFileSync('/tmp/rp/peek.md', String((e as Error).message) + '\n'); }
  try { runReport(g, 'actor', { name: 'Vladimir Putn' }); } catch (e) { fs.appendFileSync('/tmp/rp/peek.md', String((e as Error).message) + '\n'); }
});
