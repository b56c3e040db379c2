// writeFilesAtomic: all files or none, and no temporary files left behind on failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
