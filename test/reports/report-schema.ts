// Test helper: validates report JSON against schema/report.schema.json with ajv 2020 (as src/schema/index.ts does).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
const read = (name: string): object => JSON.parse(fs.readFileSync(path.join('schema', name), 'utf8')) as object;

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addVocabulary(['x-cameo', 'x-plover', 'x-from', 'x-to']);
ajv.addSchema(read('vocabulary.schema.json'));
const validate = ajv.compile(read('report.schema.json'));

/** The schema errors of a report (JSON round trip first, as a script would read it); [] when valid. */
export function reportSchemaErrors(report: unknown): string[] {
  return validate(JSON.parse(JSON.stringify(report))) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
