// Example: acts between one country (default Viet Nam) and each partner country, counted by year and type (TSV).
// Usage: node scripts/examples/acts-by-partner-year.mjs [out/graph.json] [country]
import { dyadReport, readGraphFile, resolveNode } from '../../dist/index.js';

const graph = readGraphFile(process.argv[2] ?? 'out/graph.json');
const home = resolveNode(graph, process.argv[3] ?? 'Viet Nam');
const partners = graph.filterNodes((key, a) => a.label === 'Country' && key !== home);

console.log(['partner', 'year', 'type', 'from home', 'to home'].join('\t'));
for (const partner of partners) {
  // A country dyad counts the acts of its people, parties and organisations too.
  const dyad = dyadReport(graph, { a: home, b: partner });
  const rows = new Map();
  for (const e of dyad.timeline) {
    if (e.entry !== 'act') continue;
    const year = /^\d{4}/.test(e.date ?? '') ? e.date.slice(0, 4) : 'undated';
    const key = `${year}\t${e.type}`;
    const row = rows.get(key) ?? { out: 0, in: 0 };
    e.direction === 'a->b' ? row.out++ : row.in++;
    rows.set(key, row);
  }
  for (const [key, row] of [...rows].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) console.log([dyad.b.node.name, key, row.out, row.in].join('\t'));
}
