// writeFilesAtomic: all files or none, and no temporary files left behind on failure, whether the content is text,
// bytes or chunks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { IoError } from '../../src/errors.js';
import { writeFilesAtomic } from '../../src/sinks/index.js';

let dir: string;
beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-write-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every file under dir, relative, sorted. */
const listing = (): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();

test('writes every file, creating folders', () => {
  writeFilesAtomic([{ path: path.join(dir, 'a.json'), content: '{}' }, { path: path.join(dir, 'sub', 'b.gexf'), content: new Uint8Array([60, 62]) }]);
  expect(listing()).toEqual(['a.json', 'sub', path.join('sub', 'b.gexf')]);
  expect(fs.readFileSync(path.join(dir, 'sub', 'b.gexf'), 'utf8')).toBe('<>');
});

test('a target under a regular file fails with IoError and leaves no file and no temp file', () => {
  fs.writeFileSync(path.join(dir, 'plain'), 'x');
  const files = [
    { path: path.join(dir, 'graph.json'), content: '{}' },
    { path: path.join(dir, 'graph.gexf'), content: '<gexf/>' },
    { path: path.join(dir, 'plain', 'graph.graphml'), content: '<graphml/>' },
  ];
  expect(() => writeFilesAtomic(files)).toThrow(IoError);
  expect(() => writeFilesAtomic(files)).toThrow(/^kg\/io: .*cannot write \((ENOTDIR|EEXIST)\)$/);
  expect(listing()).toEqual(['plain']);
});

test('a failing target leaves files that existed before untouched', () => {
  fs.writeFileSync(path.join(dir, 'graph.json'), 'old');
  fs.writeFileSync(path.join(dir, 'plain'), 'x');
  expect(() => writeFilesAtomic([{ path: path.join(dir, 'graph.json'), content: 'new' }, { path: path.join(dir, 'plain', 'x'), content: '' }])).toThrow(IoError);
  expect(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')).toBe('old');
  expect(listing()).toEqual(['graph.json', 'plain']);
});

test('chunks of any size and script are written as they come, byte for byte', () => {
  // Chunks around the 1 MB write buffer, in one-, two-, three- and four-byte UTF-8 characters.
  const big = fc.constantFrom('x'.repeat(400_000), 'é'.repeat(349_525), 'Việt Nam '.repeat(50_000), '😀'.repeat(300_000));
  const chunk = fc.oneof({ arbitrary: fc.string({ unit: 'binary' }), weight: 10 }, { arbitrary: big, weight: 1 });
  fc.assert(
    fc.property(fc.array(chunk, { maxLength: 12 }), (chunks) => {
      const file = path.join(dir, 'out.txt');
      writeFilesAtomic([{ path: file, content: chunks }]);
      expect(fs.readFileSync(file).equals(Buffer.from(chunks.join('')))).toBe(true); // (toEqual is slow on megabytes)
    }),
    { numRuns: 60 },
  );
});

test("an error thrown by a content's chunks is rethrown as it is and leaves no file and no temp file", () => {
  fs.writeFileSync(path.join(dir, 'graph.json'), 'old');
  function* failing(): Generator<string> {
    for (let i = 0; i < 5_000; i++) yield `${'line '.repeat(100)}\n`; // well past the first buffered write
    throw new Error('evidence store unreadable');
  }
  const files = [
    { path: path.join(dir, 'graph.json'), content: 'new' },
    { path: path.join(dir, 'sub', 'graph.gexf'), content: failing() },
    { path: path.join(dir, 'graph.graphml'), content: ['<graphml/>'] },
  ];
  expect(() => writeFilesAtomic(files)).toThrow(new Error('evidence store unreadable'));
  expect(listing()).toEqual(['graph.json', 'sub']);
  expect(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')).toBe('old');
});

// Where /dev/null is no character device (not a Linux or macOS machine) the test says so by being skipped.
const hasDevNull = fs.existsSync('/dev/null') && fs.statSync('/dev/null').isCharacterDevice();
(hasDevNull ? test : test.skip)('a device target (-o /dev/null) is written as it is, not replaced by a renamed file', () => {
  writeFilesAtomic([{ path: '/dev/null', content: '{"nodes":[]}' }, { path: path.join(dir, 'graph.json'), content: '{}' }]);
  expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  expect(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')).toBe('{}');
  expect(fs.readdirSync('/dev').filter((f) => f.startsWith('null.tmp'))).toEqual([]);
});
