// Atomic file output: every file is written to a temporary sibling and renamed only when all are complete, so that a
// failure (of the disk, or of a content's own chunks) leaves the files that were there untouched.
import fs from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';

/** A file's content: text, bytes, or text chunks written as they come (for output too big to hold as one string). */
export type FileContent = string | Uint8Array | Iterable<string>;

// Chunks are gathered into writes of this size: a system call per megabyte rather than per chunk, at little memory.
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Writes several files so that either all appear complete or none is touched. A file system error becomes an IoError;
 * an error thrown by a content's chunks is rethrown as it is, after the temporary files are removed.
 */
export function writeFilesAtomic(files: { path: string; content: FileContent }[]): void {
  const temps: { tmp: string; final: string }[] = [];
  let current = files[0]?.path ?? '?';
  try {
    for (const f of files) {
      current = f.path;
      fs.mkdirSync(path.dirname(path.resolve(f.path)), { recursive: true });
      const tmp = `${f.path}.tmp-${process.pid}-${temps.length}`;
      temps.push({ tmp, final: f.path });
      writeContent(tmp, f.content);
    }
    for (const t of temps) {
      current = t.final;
      fs.renameSync(t.tmp, t.final);
    }
  } catch (e) {
    for (const t of temps) fs.rmSync(t.tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    if (err.syscall === undefined) throw e;
    throw new IoError(err.path ?? current, `cannot write (${err.code ?? err.message})`);
  }
}

function writeContent(file: string, content: FileContent): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    fs.writeFileSync(file, content);
    return;
  }
  const fd = fs.openSync(file, 'w');
  try {
    writeChunks(fd, content);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes the chunks through one buffer, flushed when the next chunk might not fit. */
function writeChunks(fd: number, chunks: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  for (const chunk of chunks) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: a safe bound without measuring the chunk.
    const maxBytes = chunk.length * 3;
    if (used + maxBytes > buffer.length) {
      writeAll(fd, buffer.subarray(0, used));
      used = 0;
    }
    if (maxBytes > buffer.length) writeLongChunk(fd, chunk, buffer);
    else used += buffer.write(chunk, used);
  }
  writeAll(fd, buffer.subarray(0, used));
}

/**
 * Writes a chunk bigger than the buffer through it, piece by piece (a country's node line in a big corpus is
 * hundreds of MB: encoding it whole would double that). Pieces never split a surrogate pair.
 */
function writeLongChunk(fd: number, chunk: string, buffer: Buffer): void {
  const piece = Math.floor(buffer.length / 3);
  for (let start = 0; start < chunk.length; ) {
    let end = Math.min(start + piece, chunk.length);
    if (end < chunk.length && isHighSurrogate(chunk.charCodeAt(end - 1))) end--;
    writeAll(fd, buffer.subarray(0, buffer.write(chunk.slice(start, end), 0)));
    start = end;
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written);
}
