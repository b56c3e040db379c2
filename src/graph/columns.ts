// Growable columns of 32-bit integers: a corpus's millions of evidence rows and pending edges cost a few bytes each,
// where an object per row costs a hundred and more.
import { detach } from '../names.js';

/** A table of integer columns sharing one row count; rows are appended and never removed. */
export class IntColumns<Name extends string> {
  private capacity = 1024;
  length = 0;
  readonly col: Record<Name, Int32Array>;

  constructor(names: readonly Name[]) {
    this.col = Object.fromEntries(names.map((n) => [n, new Int32Array(this.capacity)])) as Record<Name, Int32Array>;
  }

  /** Appends a row of zeros and returns its index. */
  push(): number {
    if (this.length === this.capacity) this.grow();
    return this.length++;
  }

  // Growth by half (not doubling) keeps the unused tail of a large table small.
  private grow(): void {
    this.capacity = Math.ceil(this.capacity * 1.5);
    for (const name of Object.keys(this.col) as Name[]) {
      const next = new Int32Array(this.capacity);
      next.set(this.col[name]);
      this.col[name] = next;
    }
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
