// Stage 1: finds article files and reads each as checked UTF-8 text with its optional dateline.
import fs from 'node:fs';
import path from 'node:path';
import { ArticleError } from '../errors.js';

/** One article as read from disk. Offsets elsewhere index into `text`. */
export interface Article {
  /** File name without directories: the `doc` of every evidence entry. */
  id: string;
  path: string;
  text: string;
  /** Publication date from a ` date YYYY-MM-DD` dateline, when present. */
  date?: string;
  /** Offset where the body starts (after the dateline). */
  bodyStart: number;
  /** Non-fatal notes about the file (no dateline, CRLF line ends). */
  warnings: string[];
}

/** A path given by the user that yields no article, with the reason. */
export interface PathProblem {
  file: string;
  error: string;
}

/**
 * Expands files and folders into a sorted list of article paths: every `*.txt` under a folder;
 * a file named directly is taken whatever its extension. Missing paths are returned as problems.
 */
export function listArticlePaths(paths: string[]): { files: string[]; problems: PathProblem[] } {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ file: p, error: new ArticleError(p, code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code})`).message });
      continue;
    }
    // A loop, not push(...spread): a folder may hold more files than a call has argument slots.
    if (stat.isDirectory()) for (const f of walkTxt(p)) files.push(f);
    else files.push(p);
  }
  return { files: [...new Set(files)], problems };
}

function walkTxt(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) for (const f of walkTxt(full)) out.push(f);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) out.push(full);
  }
  return out;
}

const DATELINE = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*(?:\r?\n)?/;
const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes and checks raw bytes; throws ArticleError with a one-line cause for anything that is not a plain-text article. */
export function parseArticle(file: string, bytes: Uint8Array): Article {
  const id = path.basename(file);
  if (bytes.length === 0) throw new ArticleError(file, 'empty file');
  if (bytes.includes(0)) throw new ArticleError(file, 'binary file (contains NUL bytes), not a text article');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArticleError(file, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new ArticleError(file, 'empty file (only whitespace)');
  if (HTML_START.test(text) || (text.match(/<\/?(p|div|span|a|script|br)\b[^>]*>/gi)?.length ?? 0) > 3) {
    throw new ArticleError(file, 'looks like an HTML page, not plain text (convert it to text first)');
  }
  const warnings: string[] = [];
  if (text.includes('\r\n')) warnings.push(`${file}: CRLF line ends (read as LF)`);
  const m = DATELINE.exec(text);
  let date: string | undefined;
  let bodyStart = 0;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
      warnings.push(`${file}: dateline ${m[1]}-${m[2]}-${m[3]} is not a calendar date (ignored)`);
    } else date = `${m[1]}-${m[2]}-${m[3]}`;
    bodyStart = m[0].length;
  } else {
    warnings.push(`${file}: no dateline (relative dates such as "on Monday" stay unresolved)`);
  }
  if (text.slice(bodyStart).trim() === '') throw new ArticleError(file, 'no text after the dateline');
  return { id, path: file, text, ...(date ? { date } : {}), bodyStart, warnings };
}

/** Reads one article file from disk (see parseArticle for the checks). */
export function readArticle(file: string): Article {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ArticleError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`);
  }
  return parseArticle(file, bytes);
}

/** Offset of the first byte that starts a malformed UTF-8 sequence (for the message; the decoder decides validity). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i]!;
    const more = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return 0;
}
