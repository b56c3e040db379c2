// src/schema/generated.ts is what scripts/gen-types.mjs renders from the schemas today (no hand edits, no stale file).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('generated.ts is up to date with schema/*.json (run `npm run gen` if this fails)', async () => {
  // A URL import keeps the untyped .mjs script out of the type checker; jest loads it as native ESM.
  const { render } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'gen-types.mjs')).href)) as { render: () => Promise<string> };
  const expected = await render();
  expect(expected).toContain('export const RELATION_TYPES = ');
  expect(fs.readFileSync(path.join(ROOT, 'src', 'schema', 'generated.ts'), 'utf8')).toBe(expected);
});
