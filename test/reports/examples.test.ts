// The example scripts in scripts/examples/ run against the built library (dist/) and print the expected lines.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toGraphFile } from '../../src/graph/index.js';
import { fixtureGraph } from '../fixtures/diplomacy-graph.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-examples-'));
const graphFile = path.join(dir, 'graph.json');
fs.writeFileSync(graphFile, JSON.stringify(toGraphFile(fixtureGraph())));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const example = (name: string, ...args: string[]): string => {
  if (!fs.existsSync('dist/index.js')) throw new Error('dist/index.js missing: run npm run build first (npm ci does)');
  return execFileSync(process.execPath, [path.join('scripts/examples', name), ...args], { encoding: 'utf8' });
};

test('accepted invitations: Trọng invited Putin, who accepted', () => {
  const out = example('accepted-invitations.mjs', graphFile);
  expect(out.split('\n')[0]).toBe('2021-04-05\tNguyễn Phú Trọng invited Vladimir Putin; accepted 2021-04-05');
  expect(out).toContain('> The Russian President accepted the invitation with pleasure. (004_9ea85121afcd3242.txt)');
  // Díaz-Canel and Raúl Castro were invited but no acceptance is recorded.
  expect(out).not.toContain('invited Raul Castro');
});

test('acts between Viet Nam and each partner by year', () => {
  const lines = example('acts-by-partner-year.mjs', graphFile, 'Vietnam').trim().split('\n');
  expect(lines[0]).toBe('partner\tyear\ttype\tfrom home\tto home');
  expect(lines).toContain('Cuba\t2026\tCONGRATULATED\t0\t2');
  expect(lines).toContain('Cuba\t2026\tTHANKED\t1\t1');
  expect(lines).toContain('Cuba\t1973\tVISITED\t0\t1');
  expect(lines).toContain('Russia\t2021\tACCEPTED_INVITATION_OF\t0\t1');
  expect(lines).toContain('Russia\t2021\tINVITED\t1\t0');
});
