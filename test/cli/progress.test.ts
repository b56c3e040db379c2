// Progress reporting: plain periodic lines off a terminal, a redrawn bar on one, and the CLI wiring.
import { createProgress, describe as describeProgress, formatDuration } from '../../src/cli/progress.js';
import { run } from '../../src/cli/run.js';
import { packagePath } from '../../src/paths.js';

function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('progress reporter', () => {
  test('not a terminal: one plain line per interval with articles/s, MB/s and ETA', () => {
    const out: string[] = [];
    const clock = fakeClock();
    const p = createProgress({ write: (s) => out.push(s), isTTY: false, every: 5000, now: clock.now });
    for (let done = 1; done <= 100; done++) {
      clock.advance(200); // 5 articles/s, 10 kB each
      p.update({ done, total: 100, bytes: done * 10_000, file: `a${done}.txt` });
    }
    p.end();
    expect(out).toHaveLength(4);
    expect(out[0]).toBe('kg: 25/100 articles (25%), 5 articles/s, 0.1 MB/s, ETA 0:15\n');
    expect(out[3]).toBe('kg: 100/100 articles (100%), 5 articles/s, 0.1 MB/s, ETA 0:00\n');
    expect(out.every((l) => !l.includes('\r') && !l.includes('\x1b'))).toBe(true);
  });

  test('terminal: the bar redraws in place at most every 100 ms, always at the end, and is cleared', () => {
    const out: string[] = [];
    const clock = fakeClock();
    const p = createProgress({ write: (s) => out.push(s), isTTY: true, now: clock.now, width: 10 });
    for (let done = 1; done <= 50; done++) {
      clock.advance(10);
      p.update({ done, total: 50, bytes: done * 2_000_000, file: 'x.txt' });
    }
    p.end();
    expect(out[0]).toBe('\r\x1b[K[----------] 1/50 articles (2%), 100 articles/s, 200.0 MB/s, ETA 0:00');
    expect(out.at(-2)).toBe('\r\x1b[K[##########] 50/50 articles (100%), 100 articles/s, 200.0 MB/s, ETA 0:00');
    expect(out.at(-1)).toBe('\r\x1b[K');
    expect(out.length).toBeLessThanOrEqual(2 + 50 / 10 + 1);
  });

  test('durations and a line with nothing done yet', () => {
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(Infinity)).toBe('?');
    expect(describeProgress({ done: 0, total: 10, bytes: 0, file: '' }, 1)).toBe('0/10 articles (0%), 0 articles/s, 0.0 MB/s, ETA ?');
  });
});

describe('kg extract progress', () => {
  const runWith = async (isTTY: boolean, ...args: string[]): Promise<string> => {
    let err = '';
    await run(['extract', packagePath('corpus'), '-o', '/dev/null', ...args], { out: () => undefined, err: (s) => void (err += s), isTTY });
    return err;
  };

  test('a terminal gets the bar, then the summary on a clean line', async () => {
    const err = await runWith(true);
    expect(err).toMatch(/^\r\x1b\[K\[#*-*\] 1\/5 articles \(20%\), \d+ articles\/s, [\d.]+ MB\/s, ETA /);
    expect(err).toContain('\r\x1b[Karticles: 5 read');
  });

  test('--no-progress and --quiet print no bar', async () => {
    expect(await runWith(true, '--no-progress')).toMatch(/^articles: 5 read/);
    expect(await runWith(true, '--quiet')).toBe('');
  });

  test('--workers 0 is a usage error', async () => {
    expect(await runWith(false, '--workers', '0')).toMatch(/^kg\/cli: --workers must be a whole number >= 1/);
  });
});
