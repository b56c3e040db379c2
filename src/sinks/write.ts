// Atomic file output: every file is written to a temporary sibling and renamed only when all are complete.
import fs from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';

/** Writes several files so that either all appear complete or none is touched. */
export function writeFilesAtomic(files: { path: string; content: string | Uint8Array }[]): void {
  const temps: { tmp: string; final: string }[] = [];
  try {
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.resolve(f.path)), { recursive: true });
      const tmp = `${f.path}.tmp-${process.pid}-${temps.length}`;
      fs.writeFileSync(tmp, f.content);
      temps.push({ tmp, final: f.path });
    }
    for (const t of temps) fs.renameSync(t.tmp, t.final);
  } catch (e) {
    for (const t of temps) fs.rmSync(t.tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    throw new IoError(err.path ?? files[0]?.path ?? '?', `cannot write (${err.code ?? err.message})`);
  }
}
