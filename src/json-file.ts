// Reading a JSON file with one-line errors that name the file (cannot read, invalid JSON).
import fs from 'node:fs';
import { IoError } from './errors.js';

/** Parsed JSON of a file. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new IoError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new IoError(file, `invalid JSON (${(e as Error).message})`);
  }
}
