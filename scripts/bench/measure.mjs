// Measuring helpers shared by the benchmark's parent and child processes: peak RSS, sizes, table formatting.
import fs from 'node:fs';

let sampledPeak = 0;
const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 50);
sampler.unref();

/** Peak resident set size of this process in bytes (all threads): VmHWM on Linux, else the sampled maximum. */
export function peakRss() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // Not Linux: fall back to sampling.
  }
  return Math.max(sampledPeak, process.memoryUsage().rss);
}

/** Parses `8MB`, `1GB`, `500kB`, `1.5GB` (decimal units) into bytes. */
export function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(String(text).trim());
  if (!m) throw new Error(`bench: --size ${text}: expected a size such as 8MB or 1GB`);
  return Math.round(Number(m[1]) * { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 }[(m[2] ?? 'b').toLowerCase()]);
}

/** `12.3 MB`, `1.02 GB`. */
export function formatBytes(n) {
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(0)} kB`;
}

/** A plain-text table, or a Markdown one (for the README), from a header row and data rows. */
export function table(header, rows, markdown = false) {
  const cells = [header, ...rows].map((r) => r.map(String));
  if (markdown) return [cells[0], cells[0].map(() => '---'), ...cells.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
