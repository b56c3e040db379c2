// Writes dist/schema/validators.cjs, the schema validators as ajv standalone code, from the compiled
// dist/schema/compile.js: `npm run build` runs this after tsc, and a test checks the file is current.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { validatorsModuleSource } = await import(pathToFileURL(path.join(root, 'dist/schema/compile.js')).href);
const outFile = path.join(root, 'dist/schema/validators.cjs');
// Written beside and renamed into place, so a failed build leaves no half-written file.
const tmpFile = `${outFile}.${process.pid}.tmp`;
fs.writeFileSync(tmpFile, validatorsModuleSource());
fs.renameSync(tmpFile, outFile);
