// dist/schema/validators.cjs is what src/schema/compile.ts renders from the schemas today (no stale build).
import fs from 'node:fs';
import { packagePath } from '../../src/paths.js';
import { validatorsModuleSource } from '../../src/schema/compile.js';

test('validators.cjs is up to date with compile.ts and schema/*.json (run `npm run build` if this fails)', () => {
  const expected = validatorsModuleSource();
  for (const name of ['record', 'graph', 'recordCheck', 'gold']) expect(expected).toContain(`exports.${name} = `);
  expect(fs.readFileSync(packagePath('dist', 'schema', 'validators.cjs'), 'utf8')).toBe(expected);
});
