// Evidence sentences, stored once as UTF-8 and read back by id when the graph is written. Past a memory budget they
// move to an anonymous temporary file, so a large corpus's text does not stay on the heap.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IoError } from '../errors.js';
import { IntColumns } from './columns.js';

const CHUNK_BYTES = 1 << 20;

interface Chunk {
  bytes: Buffer;
  used: number;
  /** Where the chunk was written in the spill file, once it was. */
  fileOffset?: number;
}

export class SentenceStore {
  private chunks: Chunk[] = [];
  private where = new IntColumns({ chunk: Int32Array, offset: Int32Array, length: Int32Array });
  private inMemory = 0;
  private spill?: { fd: number; size: number };

  /**
   * @param memoryBytes sentence bytes kept in memory before older chunks go to a temporary file
   * @param tempDir where that file goes (the system's temporary folder: TMPDIR)
   */
  constructor(
    private readonly memoryBytes = 16 << 20,
    private readonly tempDir = os.tmpdir(),
  ) {}

  get count(): number {
    return this.where.length;
  }

  /** Stores a sentence and returns its id. */
  add(sentence: string): number {
    const length = Buffer.byteLength(sentence);
    let chunk = this.chunks.at(-1);
    if (!chunk || chunk.fileOffset !== undefined || chunk.used + length > chunk.bytes.length) chunk = this.newChunk(length);
    chunk.bytes.write(sentence, chunk.used);
    const id = this.where.push();
    this.where.col.chunk.set(id, this.chunks.length - 1);
    this.where.col.offset.set(id, chunk.used);
    this.where.col.length.set(id, length);
    chunk.used += length;
    return id;
  }

  /**
   * The sentences stored under `ids`, in that order. Those in the temporary file are read in file order, and sentences
   * less than GAP_BYTES apart in one read: a read call costs several microseconds however short, and writing a graph
   * reads each sentence about four times (once per node and edge it is evidence for), mostly near the others of a batch.
   */
  getMany(ids: readonly number[]): string[] {
    const out = new Array<string>(ids.length);
    const position = new Float64Array(ids.length);
    const length = new Int32Array(ids.length);
    const spilled: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const chunk = this.chunks[this.where.col.chunk.get(id)]!;
      const offset = this.where.col.offset.get(id);
      length[i] = this.where.col.length.get(id);
      if (chunk.fileOffset === undefined) {
        out[i] = chunk.bytes.toString('utf8', offset, offset + length[i]!);
      } else {
        position[i] = chunk.fileOffset + offset;
        spilled.push(i);
      }
    }
    spilled.sort((a, b) => position[a]! - position[b]!);
    for (let first = 0; first < spilled.length; ) {
      const start = position[spilled[first]!]!;
      let end = start + length[spilled[first]!]!;
      let last = first + 1;
      for (; last < spilled.length; last++) {
        const i = spilled[last]!;
        const to = Math.max(end, position[i]! + length[i]!);
        if (position[i]! - end > GAP_BYTES || to - start > scratch.length) break;
        end = to;
      }
      const bytes = this.read(start, end - start);
      for (let k = first; k < last; k++) {
        const i = spilled[k]!;
        out[i] = bytes.toString('utf8', position[i]! - start, position[i]! - start + length[i]!);
      }
      first = last;
    }
    return out;
  }

  /** Closes the temporary file, if any; the store is unusable afterwards. */
  close(): void {
    if (this.spill) fs.closeSync(this.spill.fd);
    this.spill = undefined;
    this.chunks = [];
  }

  /** `length` bytes of the temporary file from `position` (in a shared buffer: decode them before the next read). */
  private read(position: number, length: number): Buffer {
    const buffer = length <= scratch.length ? scratch : Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = fs.readSync(this.spill!.fd, buffer, done, length - done, position + done);
      if (n === 0) throw new IoError(this.tempDir, 'the evidence sentence store ended early');
      done += n;
    }
    return buffer;
  }

  private newChunk(atLeast: number): Chunk {
    if (this.inMemory + CHUNK_BYTES > this.memoryBytes) this.spillFullChunks();
    const chunk: Chunk = { bytes: Buffer.allocUnsafe(Math.max(CHUNK_BYTES, atLeast)), used: 0 };
    this.chunks.push(chunk);
    this.inMemory += chunk.bytes.length;
    return chunk;
  }

  private spillFullChunks(): void {
    this.spill ??= openAnonymousFile(this.tempDir);
    for (const chunk of this.chunks) {
      if (chunk.fileOffset !== undefined) continue;
      try {
        for (let written = 0; written < chunk.used; ) written += fs.writeSync(this.spill.fd, chunk.bytes, written, chunk.used - written, this.spill.size + written);
      } catch (e) {
        throw new IoError(this.tempDir, `cannot write the evidence sentence store (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
      chunk.fileOffset = this.spill.size;
      this.spill.size += chunk.used;
      this.inMemory -= chunk.bytes.length;
      chunk.bytes = EMPTY;
    }
  }
}

const EMPTY = Buffer.alloc(0);
/** The longest read of several sentences at once. */
const scratch = Buffer.allocUnsafe(1 << 20);
/** Bytes between two sentences still read in one call (copying them costs less than a second call). */
const GAP_BYTES = 16 << 10;

/** A temporary file that is already unlinked: it disappears when closed or when the process ends, however it ends. */
function openAnonymousFile(tempDir: string): { fd: number; size: number } {
  try {
    const dir = fs.mkdtempSync(path.join(tempDir, 'kg-sentences-'));
    const fd = fs.openSync(path.join(dir, 'sentences'), 'w+');
    fs.rmSync(dir, { recursive: true, force: true });
    return { fd, size: 0 };
  } catch (e) {
    throw new IoError(tempDir, `cannot create the evidence sentence store (${(e as NodeJS.ErrnoException).code ?? String(e)}); set TMPDIR to a writable folder`);
  }
}
