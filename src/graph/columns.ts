// Growable columns of integers: a corpus's millions of evidence rows and pending edges cost a few bytes each,
// where an object per row costs a hundred and more.
import { detach } from '../names.js';

const CHUNK_BITS = 16;
const CHUNK_ROWS = 1 << CHUNK_BITS;
const ROW_IN_CHUNK = CHUNK_ROWS - 1;

type IntArrayType = Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Int32ArrayConstructor;

/** One column of an IntColumns table, in fixed-size chunks of the column's own integer width. */
export class IntColumn {
  readonly chunks: (Int8Array | Uint8Array | Int16Array | Int32Array)[] = [];

  constructor(readonly type: IntArrayType) {}

  get(row: number): number {
    return this.chunks[row >>> CHUNK_BITS]![row & ROW_IN_CHUNK]!;
  }

  set(row: number, value: number): void {
    this.chunks[row >>> CHUNK_BITS]![row & ROW_IN_CHUNK] = value;
  }
}

/**
 * A table of integer columns sharing one row count; rows are appended and never removed. Columns grow by fixed
 * chunks, not by copying into a larger array: a table of a few hundred megabytes never needs twice that to grow.
 * A column is 32-bit unless its values are known to be small (a relation type, a flag).
 */
export class IntColumns<Name extends string> {
  length = 0;
  readonly col: Record<Name, IntColumn>;

  constructor(types: Record<Name, IntArrayType>) {
    this.col = Object.fromEntries(Object.entries<IntArrayType>(types).map(([name, type]) => [name, new IntColumn(type)])) as Record<Name, IntColumn>;
  }

  /** Appends a row of zeros and returns its index. */
  push(): number {
    if ((this.length & ROW_IN_CHUNK) === 0) for (const column of Object.values<IntColumn>(this.col)) column.chunks.push(new column.type(CHUNK_ROWS));
    return this.length++;
  }
}

/**
 * Where each article's rows start in a table filled article by article: the article of a row without a column for it.
 * (An article with no rows starts where the next one does.)
 */
export class ArticleStarts {
  private first = new IntArray();
  private count = 0;

  /** Records that article number `article` (0, 1, 2...) starts at `row`. */
  add(article: number, row: number): void {
    this.first.set(article, row);
    this.count = article + 1;
  }

  /** The article of a row: the last article starting at or before it. */
  articleOf(row: number): number {
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.first.get(mid) <= row) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/** A growable array of integers indexed by id, reading 0 (or `fill`) where never set. */
export class IntArray {
  private data: Int32Array;

  constructor(private readonly fill = 0) {
    this.data = new Int32Array(1024).fill(fill);
  }

  get(i: number): number {
    return i < this.data.length ? this.data[i]! : this.fill;
  }

  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const next = new Int32Array(Math.max(i + 1, Math.ceil(this.data.length * 1.5))).fill(this.fill);
      next.set(this.data);
      this.data = next;
    }
    this.data[i] = value;
  }
}

/** Strings to small integer ids and back; ids start at 0 in first-seen order. */
export class Interner {
  private ids = new Map<string, number>();
  readonly values: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      const own = detach(s);
      this.values.push(own);
      this.ids.set(own, id);
    }
    return id;
  }
}
