// corpus: the reader refuses what is not a plain-text article with one line naming the file, and reads datelines, BOM and CRLF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticleError } from '../../src/errors.js';
import { listArticlePaths, readArticle } from '../../src/corpus/index.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-corpus-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a fresh file of the temp folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

/** The one-line message readArticle refuses the file with. */
function refusal(p: string): string {
  try {
    readArticle(p);
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleError);
    const message = (e as Error).message;
    expect(message).not.toMatch(/[\r\n]/);
    return message;
  }
  throw new Error(`${p} was read`);
}

const BODY = 'HÀ NỘI — General Secretary Tô Lâm held phone talks with President Miguel Díaz-Canel late Monday evening.';

test.each([
  ['an empty file', 'empty.txt', '', 'empty file'],
  ['a file of blanks', 'blank.txt', ' \n\t\r\n ', 'empty file (only whitespace)'],
  ['a BOM and nothing else', 'bom-only.txt', '\uFEFF', 'empty file (only whitespace)'],
  ['a binary file', 'image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'binary file (contains NUL bytes), not a text article'],
  ['Latin-1 instead of UTF-8', 'latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x48, 0x61]), 'invalid UTF-8 at byte 3'],
  ['a lone continuation byte', 'cont.txt', Uint8Array.from([0x61, 0x62, 0x80, 0x63]), 'invalid UTF-8 at byte 2'],
  ['a multi-byte character cut at the end', 'cut.txt', Uint8Array.from([0x54, 0xc3, 0xb4, 0x20, 0xe1, 0xba]), 'invalid UTF-8 at byte 4'],
  ['an HTML page', 'page.txt', '<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Tô Lâm</p></body></html>', 'looks like an HTML page, not plain text (convert it to text first)'],
  ['HTML paragraphs without a doctype', 'frag.txt', `<div><p>${BODY}</p><p>More.</p><br></div>`, 'looks like an HTML page, not plain text (convert it to text first)'],
  ['a dateline and no body', 'dateline-only.txt', 'date 2026-01-27\n  \n', 'no text after the dateline'],
])('corpus: %s is refused with one line naming the file', (_what, name, content, cause) => {
  const p = file(name, content);
  expect(refusal(p)).toBe(`kg/corpus: ${p}: ${cause}`);
});

test('corpus: a missing path and a folder are refused by name', () => {
  const missing = path.join(dir, 'nope', 'missing.txt');
  expect(refusal(missing)).toBe(`kg/corpus: ${missing}: no such file`);
  const folder = path.join(dir, 'folder.txt');
  fs.mkdirSync(folder, { recursive: true });
  expect(refusal(folder)).toBe(`kg/corpus: ${folder}: is a folder`);
  expect(listArticlePaths([missing]).problems).toEqual([{ file: missing, error: `kg/corpus: ${missing}: no such file or folder` }]);
});

test('corpus: a dateline with the body on the same line', () => {
  const p = file('same-line.txt', ` date 2026-01-27 ${BODY}\n`);
  const a = readArticle(p);
  expect(a.date).toBe('2026-01-27');
  expect(a.text.slice(a.bodyStart)).toBe(`${BODY}\n`);
  expect(a.id).toBe('same-line.txt');
  expect(a.path).toBe(p);
  expect(a.warnings).toEqual([]);
});

test('corpus: a dateline with the body on the next line', () => {
  const a = readArticle(file('next-line.txt', `date 2026-01-27\n${BODY}`));
  expect(a.date).toBe('2026-01-27');
  expect(a.text.slice(a.bodyStart)).toBe(BODY);
});

test('corpus: no dateline gives a note, no date, and the body from the start', () => {
  const p = file('no-dateline.txt', BODY);
  const a = readArticle(p);
  expect(a.date).toBeUndefined();
  expect(a.bodyStart).toBe(0);
  expect(a.warnings).toEqual([`${p}: no dateline (relative dates such as "on Monday" stay unresolved)`]);
});

test('corpus: a dateline that is not a calendar date is ignored with a note', () => {
  const p = file('feb30.txt', `date 2026-02-30 ${BODY}`);
  const a = readArticle(p);
  expect(a.date).toBeUndefined();
  expect(a.text.slice(a.bodyStart)).toBe(BODY);
  expect(a.warnings).toEqual([`${p}: dateline 2026-02-30 is not a calendar date (ignored)`]);
});

test('corpus: CRLF line ends are noted and the dateline still read', () => {
  const p = file('crlf.txt', `date 2026-01-27\r\n${BODY}\r\nSecond paragraph.\r\n`);
  const a = readArticle(p);
  expect(a.date).toBe('2026-01-27');
  expect(a.text.slice(a.bodyStart).startsWith(BODY)).toBe(true);
  expect(a.warnings).toEqual([`${p}: CRLF line ends (read as LF)`]);
});

test('corpus: a UTF-8 byte-order mark is dropped before the dateline', () => {
  const a = readArticle(file('bom.txt', `\uFEFFdate 2026-01-27 ${BODY}`));
  expect(a.text.charCodeAt(0)).not.toBe(0xfeff);
  expect(a.date).toBe('2026-01-27');
  expect(a.text.slice(a.bodyStart)).toBe(BODY);
});

test('corpus: folders give their *.txt files, sorted, recursively; a file named directly is taken whatever its extension', () => {
  const root = path.join(dir, 'tree');
  file('tree/b.txt', BODY);
  file('tree/a.TXT', BODY);
  file('tree/sub/c.txt', BODY);
  file('tree/notes.md', BODY);
  const md = path.join(root, 'notes.md');
  expect(listArticlePaths([root, md])).toEqual({
    files: [path.join(root, 'a.TXT'), path.join(root, 'b.txt'), path.join(root, 'sub', 'c.txt'), md],
    problems: [],
  });
});
