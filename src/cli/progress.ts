// Progress of a long extraction on stderr: a redrawn bar on a terminal, a plain line now and then otherwise (logs, CI).
import type { Progress } from '../pipeline/index.js';

export interface ProgressOptions {
  write: (s: string) => void;
  /** A terminal gets the bar; anything else gets plain lines. */
  isTTY: boolean;
  /** Milliseconds between plain lines (default 5000); the bar redraws at most every 100 ms. */
  every?: number;
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
  /** Bar width in characters. */
  width?: number;
}

/** Receives pipeline progress and prints it; call end() before printing anything else. */
export interface ProgressReporter {
  update: (p: Progress) => void;
  end: () => void;
}

/** Rates and ETA since the first update: `articles/s`, `MB/s`, and seconds left at the current article rate. */
export function rates(p: Progress, seconds: number): { articlesPerSecond: number; mbPerSecond: number; eta: number } {
  const s = Math.max(seconds, 1e-3);
  const articlesPerSecond = p.done / s;
  return { articlesPerSecond, mbPerSecond: p.bytes / 1e6 / s, eta: articlesPerSecond > 0 ? (p.total - p.done) / articlesPerSecond : Infinity };
}

/** `1:05`, `1:02:03` or `?` for an unknown time. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const t = Math.round(seconds);
  const [h, m, s] = [Math.floor(t / 3600), Math.floor((t % 3600) / 60), t % 60];
  const two = (n: number): string => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** One progress line without the bar: counts, rates and ETA. */
export function describe(p: Progress, seconds: number): string {
  const r = rates(p, seconds);
  const pct = p.total ? Math.floor((100 * p.done) / p.total) : 100;
  return `${p.done}/${p.total} articles (${pct}%), ${Math.round(r.articlesPerSecond)} articles/s, ${r.mbPerSecond.toFixed(1)} MB/s, ETA ${formatDuration(r.eta)}`;
}

/** A reporter for the pipeline's onProgress. */
export function createProgress(options: ProgressOptions): ProgressReporter {
  const now = options.now ?? Date.now;
  const every = options.isTTY ? 100 : (options.every ?? 5000);
  const width = options.width ?? 24;
  const start = now();
  let last = start;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      const finished = p.done === p.total;
      if (options.isTTY) {
        if (drawn && t - last < every && !finished) return;
        const filled = p.total ? Math.round((width * p.done) / p.total) : width;
        options.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${describe(p, (t - start) / 1000)}`);
      } else {
        if (t - last < every) return;
        options.write(`kg: ${describe(p, (t - start) / 1000)}\n`);
      }
      drawn = true;
      last = t;
    },
    end() {
      if (options.isTTY && drawn) options.write('\r\x1b[K');
    },
  };
}

/** The yargs options `kg extract` and `kg build` share for running the pipeline. */
export const PIPELINE_OPTIONS = {
  workers: { alias: 'j', type: 'number', describe: 'Threads that read and extract, the calling one included (default: the number of cores; one for small inputs). Output is the same for any number' },
  progress: { type: 'boolean', default: true, describe: 'Progress on stderr: a bar on a terminal, a line every 5 s otherwise (--no-progress: none)' },
} as const;

/** The reporter for a command's stderr, or undefined when progress is off. */
export function progressFor(io: { err: (s: string) => void; isTTY: boolean }, show: boolean): ProgressReporter | undefined {
  return show ? createProgress({ write: io.err, isTTY: io.isTTY }) : undefined;
}
