// The evaluation as text: a table per relation type and per part, dates and merging; with --verbose, every miss.
import type { EvalResult, Prf } from './score.js';

const PARTS = ['entities', 'relations', 'talks'] as const;
const f3 = (x: number): string => x.toFixed(3);
const row = (name: string, c: Prf): string =>
  `${name.padEnd(24)}${[c.tp, c.fp, c.fn].map((n) => String(n).padStart(6)).join('')}${[c.p, c.r, c.f1].map((x) => f3(x).padStart(8)).join('')}`;
const head = (name: string): string =>
  `${name.padEnd(24)}${['TP', 'FP', 'FN'].map((s) => s.padStart(6)).join('')}${['P', 'R', 'F1'].map((s) => s.padStart(8)).join('')}`;
const ratio = (a: number, b: number, acc: number | null): string => `${a}/${b}${acc == null ? ' (n/a)' : ` (${f3(acc)})`}`;

/** Human-readable report, line for line the referee's; its last line is always `overall F1 <x.xxx>`. */
export function formatReport(res: EvalResult, { verbose = false }: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  const docs = Object.keys(res.perDoc);
  if (verbose) {
    for (const doc of docs) {
      const d = res.perDoc[doc]!;
      out.push(`== ${doc}`);
      for (const part of PARTS) {
        const c = d[part];
        out.push(`  ${part}: TP ${c.tp} FP ${c.fp} FN ${c.fn}`);
        for (const s of c.fps) out.push(`    FP ${s}`);
        for (const s of c.fns) out.push(`    FN ${s}`);
      }
      out.push(`  dates: ${d.dates.correct}/${d.dates.total}`);
      for (const s of d.dates.errors) out.push(`    wrong date ${s}`);
    }
    out.push('');
    for (const f of res.merging.failures) out.push(`not merged: ${f.name} (${f.id}) -> ${f.nodes.length} nodes${f.nodes.length ? ` [${f.nodes.join(', ')}]` : ''}`);
    if (res.merging.failures.length) out.push('');
  }
  out.push(`scored ${docs.length} article${docs.length === 1 ? '' : 's'}`, '', head('relation type'));
  for (const [type, c] of Object.entries(res.byType)) out.push(row(type, c));
  out.push('', head('part'));
  for (const part of [...PARTS, 'overall'] as const) out.push(row(part, res[part]));
  out.push(`dates correct: ${ratio(res.dates.correct, res.dates.total, res.dates.accuracy)}`);
  out.push(`merging: ${ratio(res.merging.merged, res.merging.total, res.merging.accuracy)}`);
  out.push(`overall F1 ${f3(res.overall.f1)}`);
  return `${out.join('\n')}\n`;
}
