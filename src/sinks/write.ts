// Atomic file output: every file is written to a temporary sibling and renamed only when all are complete, so that a
// failure (of the disk, or of a content's own chunks) leaves the files that were there untouched.
import fs from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';

/** A file's content: text, bytes, or text chunks written as they come (for output too big to hold as one string). */
export type FileContent = string | Uint8Array | Iterable<string>;

/** A piece of one of several files written together: the file's index, and the text or bytes appended to it. */
export type FileChunk = [file: number, chunk: string | Uint8Array];

// Chunks are gathered into writes of this size: a system call per megabyte rather than per chunk, at little memory.
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Writes several files so that either all appear complete or none is touched. A file system error becomes an IoError;
 * an error thrown by a content's chunks is rethrown as it is, after the temporary files are removed.
 */
export function writeFilesAtomic(files: { path: string; content: FileContent }[]): void {
  writeInterleavedAtomic(files.map((f) => f.path), contentChunks(files.map((f) => f.content)));
}

function* contentChunks(contents: FileContent[]): Generator<FileChunk> {
  for (const [file, content] of contents.entries()) {
    if (typeof content === 'string' || content instanceof Uint8Array) yield [file, content];
    else for (const chunk of content) yield [file, chunk];
  }
}

/**
 * writeFilesAtomic for files whose chunks come in any order, each tagged with its file's index in `paths` (one pass
 * over a graph writes its text in every format at once). Every file exists, maybe empty, once all chunks are written.
 */
export function writeInterleavedAtomic(paths: string[], chunks: Iterable<FileChunk>): void {
  const files: TempFile[] = [];
  let current = paths[0] ?? '?';
  try {
    for (const final of paths) {
      current = final;
      // "-o /dev/null", "-o /dev/stdout", a named pipe: written as they are; renaming a file over them would replace the
      // device or the pipe itself.
      if (isStream(final)) files.push(new TempFile(final, final, true));
      else {
        fs.mkdirSync(path.dirname(path.resolve(final)), { recursive: true });
        files.push(new TempFile(final, `${final}.tmp-${process.pid}-${files.length}`, false));
      }
    }
    for (const [file, chunk] of chunks) {
      current = paths[file]!;
      files[file]!.append(chunk);
    }
    for (const f of files) {
      current = f.final;
      f.finish();
    }
    for (const f of files) {
      current = f.final;
      if (!f.direct) fs.renameSync(f.tmp, f.final);
    }
  } catch (e) {
    for (const f of files) f.discard();
    const err = e as NodeJS.ErrnoException;
    if (err.syscall === undefined) throw e;
    throw new IoError(err.path ?? current, `cannot write (${err.code ?? err.message})`);
  }
}

// An existing target that is no regular file or directory: a character device, a pipe or a socket.
function isStream(file: string): boolean {
  try {
    const st = fs.statSync(file);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

/** A temporary file open for writing, text gathered in its own buffer (several are written at once). */
class TempFile {
  private readonly fd: number;
  private buffer?: Buffer;
  private used = 0;
  private closed = false;

  /** `direct`: the target itself is written (a device or pipe), with nothing to rename or remove. */
  constructor(
    readonly final: string,
    readonly tmp: string,
    readonly direct: boolean,
  ) {
    this.fd = fs.openSync(tmp, 'w');
  }

  append(chunk: string | Uint8Array): void {
    if (typeof chunk !== 'string') {
      this.flush();
      writeAll(this.fd, chunk);
      return;
    }
    // Allocated on the first text: a file given only bytes needs none.
    const buffer = (this.buffer ??= Buffer.allocUnsafe(WRITE_BUFFER_BYTES));
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: a safe bound without measuring the chunk.
    const maxBytes = chunk.length * 3;
    if (this.used + maxBytes > buffer.length) this.flush();
    if (maxBytes > buffer.length) writeLongChunk(this.fd, chunk, buffer);
    else this.used += buffer.write(chunk, this.used);
  }

  /** Writes what is buffered and closes the file. */
  finish(): void {
    this.flush();
    this.closed = true;
    fs.closeSync(this.fd);
  }

  /** Closes (if still open) and removes the file, after a failure. */
  discard(): void {
    // The first failure is the one reported: a close failing as well must not stop the other temporary files' removal.
    if (!this.closed) {
      try {
        fs.closeSync(this.fd);
      } catch {
        // Already failing; the descriptor is gone either way.
      }
    }
    this.closed = true;
    if (!this.direct) fs.rmSync(this.tmp, { force: true });
  }

  private flush(): void {
    if (this.buffer) writeAll(this.fd, this.buffer.subarray(0, this.used));
    this.used = 0;
  }
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
