// Locates the package's own data files (schema/, lexicons) from both src/ (tests) and dist/ (installed CLI).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: src/ and dist/ both sit one level below it. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Absolute path of a file shipped with the package, e.g. `packagePath('schema', 'graph.schema.json')`. */
export function packagePath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}
